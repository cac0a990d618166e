/* ct-review-window.c: the least certain places and ties, to confirm or reject one key at a time
 *
 * The store lists what the extractor was least sure of first (a short name,
 * an abbreviation, a contraction before a full name), each with its
 * sentence.  Y confirms the selected item, N or Delete marks it as
 * wrong; either way it leaves the list and the next is selected, so a
 * review is a run of single keys.  Both are edits: Ctrl+Z in the main
 * window takes them back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "ct-graph-view.h"
#include "ct-review-window.h"
#include "ct-review.h"

struct _CtReviewWindow
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkListBox *list;

  CtWindow *window;
  CtCuration *curation;
  GPtrArray *items;     /* CtReviewItem */
};

G_DEFINE_FINAL_TYPE (CtReviewWindow, ct_review_window, ADW_TYPE_WINDOW)

#define REVIEW_LIMIT 500

/* A place's name as the graph shows it (after renames), else the gazetteer's. */
static const char *
name_of (CtReviewWindow *self, const char *code)
{
  CtGraph *graph = ct_graph_view_get_graph (ct_window_get_graph_view (self->window));
  gint node = graph != NULL ? ct_graph_find_node (graph, code) : -1;
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  gint division = ct_gazetteer_lookup_code (gazetteer, code);

  if (node >= 0)
    return ((CtGraphNode *) g_ptr_array_index (graph->nodes, node))->label;
  return division >= 0 ? ct_gazetteer_get_division (gazetteer, division)->name : code;
}

/* A row's button decides for its own row, not the selected one. */
static void
on_decide_clicked (GtkButton *button, CtReviewWindow *self)
{
  gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                                  GTK_TYPE_LIST_BOX_ROW)));
  ct_review_window_decide (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "right")));
}

static GtkWidget *
new_row (CtReviewWindow *self, const CtReviewItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = item->kind == CT_REVIEW_TIE
    ? g_strdup_printf ("%s — %s", name_of (self, item->code), name_of (self, item->other))
    : g_strdup (name_of (self, item->code));
  g_autofree char *subtitle = g_markup_printf_escaped ("<small>%s · %s</small>\n%s", ct_how_to_string (item->how),
                                                       item->document ? item->document : "", item->sentence);
  static const struct { const char *icon; const char *tooltip; gboolean right; } buttons[] = {
    { "emblem-ok-symbolic", N_("Right (Y)"), TRUE }, { "user-trash-symbolic", N_("Wrong (N)"), FALSE },
  };
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  g_object_set_data (G_OBJECT (row), "item", (gpointer) item);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (buttons[i].icon);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _(buttons[i].tooltip));
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "right", GINT_TO_POINTER (buttons[i].right));
      g_signal_connect (button, "clicked", G_CALLBACK (on_decide_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
update_count (CtReviewWindow *self)
{
  guint n = ct_review_window_count (self);
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%u item · Y right · N wrong", "%u items · Y right · N wrong",
                                                         n), n);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "items" : "done");
}

static void
load (CtReviewWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (ct_window_get_project (self->window), &error);

  self->items = store != NULL ? ct_store_list_review (store, REVIEW_LIMIT, &error) : NULL;
  if (self->items == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Nothing to review: %s"), error->message);

      ct_window_toast (self->window, text, FALSE);
      self->items = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (self->list, new_row (self, g_ptr_array_index (self->items, i)));
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  update_count (self);
}

guint
ct_review_window_count (CtReviewWindow *self)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* Confirms (@right) or rejects the selected item; FALSE when none is selected. */
gboolean
ct_review_window_decide (CtReviewWindow *self,
                         gboolean        right)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  const CtReviewItem *item = row ? g_object_get_data (G_OBJECT (row), "item") : NULL;
  CtEdit edit = { .op = right ? CT_EDIT_CONFIRM : CT_EDIT_HIDE, .key = item ? item->code : NULL };
  g_autofree char *done = NULL;
  gint index;

  if (item == NULL)
    return FALSE;
  edit.target = item->kind == CT_REVIEW_TIE ? CT_EDIT_TIE : CT_EDIT_PLACE;
  edit.other = item->other;
  /* a confirmation holds for the mention in its document; wrong is wrong everywhere */
  edit.document = right ? item->content_hash : NULL;
  done = g_strdup_printf (right ? _("“%s” confirmed") : _("“%s” is marked as wrong"),
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  if (!ct_curation_apply (self->curation, &edit, done))
    return FALSE;
  index = gtk_list_box_row_get_index (row);
  gtk_list_box_remove (self->list, GTK_WIDGET (row));
  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row == NULL && index > 0)
    row = gtk_list_box_get_row_at_index (self->list, index - 1);
  gtk_list_box_select_row (self->list, row);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  update_count (self);
  return TRUE;
}

static void
action_decide (GtkWidget *widget, const char *name, GVariant *parameter)
{
  ct_review_window_decide (CT_REVIEW_WINDOW (widget), g_str_equal (name, "review.right"));
}

static void
ct_review_window_dispose (GObject *object)
{
  CtReviewWindow *self = CT_REVIEW_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_REVIEW_WINDOW);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (ct_review_window_parent_class)->dispose (object);
}

static void
ct_review_window_class_init (CtReviewWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ct_review_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cityties/CityTies/ct-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtReviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CtReviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CtReviewWindow, list);
  gtk_widget_class_install_action (widget_class, "review.right", NULL, action_decide);
  gtk_widget_class_install_action (widget_class, "review.wrong", NULL, action_decide);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, 0, "review.right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "review.wrong", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "review.wrong", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ct_review_window_init (CtReviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtReviewWindow *
ct_review_window_new (CtWindow   *window,
                      CtCuration *curation)
{
  CtReviewWindow *self = g_object_new (CT_TYPE_REVIEW_WINDOW, "transient-for", window, NULL);

  self->window = window;
  self->curation = curation;
  load (self);
  return self;
}
