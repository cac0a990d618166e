/* ct-curation.c: correcting the graph from the window: rename, merge, mark as wrong, add a tie, undo, redo
 *
 * Each correction is an edit stored in the project (ct-edits.c), applied
 * whenever the graph is read and again after re-extraction; the window
 * reloads its graph after each.  The actions are the window's "edit"
 * group, enabled by what is selected: one place or grouping to rename or
 * mark as wrong, a tie to mark as wrong, two of a kind to merge or to tie
 * by hand.  Undo and redo are the store's, so they outlive the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "ct-curation.h"
#include "ct-graph-view.h"
#include "ct-reextract.h"
#include "ct-review-window.h"

struct _CtCuration
{
  CtWindow *window;     /* owns this */
  GSimpleActionGroup *actions;
};

#define GROUPING_PREFIX "grouping:"

static CtGraph *
graph_of (CtCuration *self)
{
  return ct_graph_view_get_graph (ct_window_get_graph_view (self->window));
}

static const CtGraphNode *
node_at (CtCuration *self, gint index)
{
  CtGraph *graph = graph_of (self);

  return graph != NULL && index >= 0 && index < (gint) graph->nodes->len ? g_ptr_array_index (graph->nodes, index)
                                                                        : NULL;
}

/* An edit's target and key for a node: a place by its code, a grouping by its name. */
static void
target_of (const CtGraphNode *node, CtEdit *edit)
{
  edit->target = node->kind == CT_NODE_PLACE ? CT_EDIT_PLACE : CT_EDIT_GROUPING;
  edit->key = (char *) (g_str_has_prefix (node->id, GROUPING_PREFIX) ? node->id + strlen (GROUPING_PREFIX)
                                                                     : node->id);
}

/* The two nodes of a two-node selection: the earlier one and the one shown. */
static gboolean
selected_pair (CtCuration *self, const CtGraphNode **first, const CtGraphNode **second)
{
  CtGraphView *view = ct_window_get_graph_view (self->window);
  gint nodes[2];

  if (ct_graph_view_get_selected_nodes (view, nodes, 2) != 2)
    return FALSE;
  *first = node_at (self, nodes[0]);
  *second = node_at (self, nodes[1]);
  return *first != NULL && *second != NULL && (*first)->kind == (*second)->kind;
}

static const CtGraphEdge *
selected_tie (CtCuration *self)
{
  CtGraph *graph = graph_of (self);
  gint edge = ct_graph_view_get_selected_edge (ct_window_get_graph_view (self->window));
  const CtGraphEdge *e = graph != NULL && edge >= 0 ? g_ptr_array_index (graph->edges, edge) : NULL;

  return e != NULL && !e->membership ? e : NULL;
}

static void
enable (CtCuration *self, const char *name, gboolean enabled)
{
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), name)),
                               enabled);
}

/* After a selection change or a reload. */
void
ct_curation_update (CtCuration *self)
{
  const char *project = ct_window_get_project (self->window);
  g_autoptr(CtStore) store = project != NULL ? ct_store_open (project, NULL) : NULL;
  CtGraphView *view = ct_window_get_graph_view (self->window);
  const CtGraphNode *first = NULL, *second = NULL;
  gboolean pair = selected_pair (self, &first, &second);
  gboolean one = ct_graph_view_count_selected (view) == 1;
  gboolean writable = store != NULL && !ct_store_is_read_only (store);

  enable (self, "undo", writable && ct_store_can_undo (store));
  enable (self, "redo", writable && ct_store_can_redo (store));
  enable (self, "rename", writable && one);
  enable (self, "mark-wrong", writable && (one || selected_tie (self) != NULL));
  enable (self, "merge", writable && pair);
  enable (self, "add-tie", writable && pair && first->kind == CT_NODE_PLACE);
  enable (self, "review", store != NULL);
}

/* Stores @edit and shows the graph with it; @done is said in a toast that offers Undo. */
gboolean
ct_curation_apply (CtCuration   *self,
                   const CtEdit *edit,
                   const char   *done)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (ct_window_get_project (self->window), &error);

  if (store == NULL || ct_store_add_edit (store, edit, &error) < 0)
    {
      g_autofree char *text = g_strdup_printf (_("Not changed: %s"), error->message);

      ct_window_toast (self->window, text, FALSE);
      return FALSE;
    }
  g_clear_pointer (&store, ct_store_close);
  ct_window_reload (self->window);
  ct_window_toast (self->window, done, TRUE);
  return TRUE;
}

/* A publication date set or unset changes what the document's relative
 * dates mean: the document is read again against the date now in force. */
static void
reread_if_dated (CtStore *store, gint64 id)
{
  g_autoptr(GPtrArray) edits = ct_store_list_edits (store, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; edits != NULL && i < edits->len; i++)
    {
      const CtEdit *edit = g_ptr_array_index (edits, i);

      if (edit->id == id && edit->op == CT_EDIT_SET_DATE && !ct_reextract (store, edit->key, NULL, NULL, &error))
        g_warning ("%s", error->message);
    }
}

static void
step_history (CtCuration *self, gboolean redo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (ct_window_get_project (self->window), &error);
  gint64 id = store == NULL ? -1 : redo ? ct_store_redo_edit (store, &error) : ct_store_undo_edit (store, &error);

  if (id < 0)
    {
      g_autofree char *text = g_strdup_printf (_("Not changed: %s"), error->message);

      ct_window_toast (self->window, text, FALSE);
      return;
    }
  if (id == 0)
    return;
  reread_if_dated (store, id);
  g_clear_pointer (&store, ct_store_close);
  ct_window_reload (self->window);
  ct_window_toast (self->window, redo ? _("Redone") : _("Undone"), FALSE);
}

static void
on_undo (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  step_history (data, FALSE);
}

static void
on_redo (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  step_history (data, TRUE);
}

/* A question with a line of text to answer, as a message dialog. */
static AdwMessageDialog *
ask (CtCuration *self, const char *heading, const char *body, const char *accept, GtkWidget *extra)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self->window), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "accept", accept, NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  return dialog;
}

static GtkEntry *
new_entry (AdwMessageDialog *dialog, const char *text, const char *placeholder)
{
  GtkEntry *entry = GTK_ENTRY (gtk_entry_new ());

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_placeholder_text (entry, placeholder);
  gtk_entry_set_activates_default (entry, TRUE);
  return entry;
}

typedef struct
{
  CtCuration *self;
  CtEdit edit;          /* strings owned below */
  char *key, *other;
  char *done;
  GtkEntry *entry;      /* the answer goes into edit.value, or NULL */
} Pending;

static void
free_pending (gpointer data, GClosure *closure)
{
  Pending *p = data;

  g_free (p->key);
  g_free (p->other);
  g_free (p->done);
  g_free (p);
}

static Pending *
new_pending (CtCuration *self, CtEditOp op, const CtGraphNode *node, const CtGraphNode *other, char *done)
{
  Pending *p = g_new0 (Pending, 1);

  p->self = self;
  p->edit.op = op;
  target_of (node, &p->edit);
  p->key = g_strdup (p->edit.key);
  p->edit.key = p->key;
  if (other != NULL)
    {
      CtEdit second = { 0 };

      target_of (other, &second);
      p->other = g_strdup (second.key);
      p->edit.other = p->other;
    }
  p->done = done;
  return p;
}

static void
on_answer (AdwMessageDialog *dialog, const char *response, Pending *p)
{
  g_autofree char *value = NULL;

  if (!g_str_equal (response, "accept"))
    return;
  if (p->entry != NULL)
    {
      value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (p->entry))));
      p->edit.value = value;
    }
  ct_curation_apply (p->self, &p->edit, p->done);
}

static void
ask_then_apply (CtCuration *self, AdwMessageDialog *dialog, Pending *pending)
{
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_answer), pending, free_pending, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_rename (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  CtCuration *self = data;
  const CtGraphNode *node = node_at (self, ct_graph_view_get_selected_node (ct_window_get_graph_view (self->window)));
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  Pending *pending;

  if (node == NULL)
    return;
  heading = g_strdup_printf (_("Rename “%s”"), node->label);
  pending = new_pending (self, CT_EDIT_RENAME, node, NULL, g_strdup_printf (_("Renamed “%s”"), node->label));
  dialog = ask (self, heading, _("The new name is shown in the graph, the details and exports."), _("_Rename"), NULL);
  pending->entry = new_entry (dialog, node->label, "");
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (pending->entry));
  ask_then_apply (self, dialog, pending);
}

/* Hidden, not deleted: undo brings it back, and so does re-extraction's
 * evidence when the edit is undone. */
static void
on_mark_wrong (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  CtCuration *self = data;
  const CtGraphEdge *tie = selected_tie (self);
  const CtGraphNode *node = node_at (self, ct_graph_view_get_selected_node (ct_window_get_graph_view (self->window)));
  CtEdit edit = { .op = CT_EDIT_HIDE };
  g_autofree char *done = NULL;

  if (tie != NULL)
    {
      const CtGraphNode *a = node_at (self, tie->source), *b = node_at (self, tie->target);

      edit.target = CT_EDIT_TIE;
      edit.key = a->id;
      edit.other = b->id;
      done = g_strdup_printf (_("The tie %s — %s is marked as wrong"), a->label, b->label);
    }
  else if (node != NULL)
    {
      target_of (node, &edit);
      done = g_strdup_printf (_("“%s” is marked as wrong"), node->label);
    }
  else
    return;
  ct_curation_apply (self, &edit, done);
}

static void
on_merge (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  CtCuration *self = data;
  const CtGraphNode *first, *second;
  g_autofree char *heading = NULL, *body = NULL;

  if (!selected_pair (self, &first, &second))
    return;
  heading = g_strdup_printf (_("Merge “%s” into “%s”?"), first->label, second->label);
  body = g_strdup_printf (_("“%s” will be treated as another name of “%s”: its ties and memberships move there."),
                          first->label, second->label);
  ask_then_apply (self, ask (self, heading, body, _("_Merge"), NULL),
                  new_pending (self, CT_EDIT_MERGE, first, second,
                               g_strdup_printf (_("“%s” is merged into “%s”"), first->label, second->label)));
}

static void
on_add_tie (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  CtCuration *self = data;
  const CtGraphNode *first, *second;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  Pending *pending;

  if (!selected_pair (self, &first, &second) || first->kind != CT_NODE_PLACE)
    return;
  heading = g_strdup_printf (_("Tie “%s” and “%s”"), first->label, second->label);
  dialog = ask (self, heading, _("A tie the documents do not show. The note is kept as its evidence."), _("_Add Tie"),
                NULL);
  pending = new_pending (self, CT_EDIT_ADD_TIE, first, second,
                         g_strdup_printf (_("Tie %s — %s added"), first->label, second->label));
  pending->edit.target = CT_EDIT_TIE;
  pending->entry = new_entry (dialog, "", _("Source or reason"));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (pending->entry));
  ask_then_apply (self, dialog, pending);
}

static void
on_review (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  CtCuration *self = data;

  gtk_window_present (GTK_WINDOW (ct_review_window_new (self->window, self)));
}

CtCuration *
ct_curation_new (CtWindow *window)
{
  static const GActionEntry entries[] = {
    { "undo", on_undo }, { "redo", on_redo }, { "rename", on_rename }, { "mark-wrong", on_mark_wrong },
    { "merge", on_merge }, { "add-tie", on_add_tie }, { "review", on_review },
  };
  CtCuration *self = g_new0 (CtCuration, 1);

  self->window = window;
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (window), "edit", G_ACTION_GROUP (self->actions));
  return self;
}

void
ct_curation_free (CtCuration *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->actions);
  g_free (self);
}
