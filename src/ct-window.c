/* ct-window.c: the main window: graph, details and timeline of one project
 *
 * The project is read, its labels measured with Pango and the Graphviz
 * layout made in a GTask worker: with a thousand documents reading alone
 * takes most of a second.  Each request carries a generation number and
 * results of stale requests are dropped, so quick engine changes never show
 * an old layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-background.h"
#include "ct-cli.h"
#include "ct-curation.h"
#include "ct-document-view.h"
#include "ct-documents-page.h"
#include "ct-export.h"
#include "ct-export-data.h"
#include "ct-export-dialog.h"
#include "ct-gazetteer.h"
#include "ct-graph-view.h"
#include "ct-import-job.h"
#include "ct-importer.h"
#include "ct-layout.h"
#include "ct-library.h"
#include "ct-project-actions.h"
#include "ct-render.h"
#include "ct-report-dialog.h"
#include "ct-store.h"
#include "ct-timeline.h"
#include "ct-window.h"

struct _CtWindow
{
  AdwApplicationWindow parent_instance;

  AdwViewSwitcherTitle *window_title;
  AdwViewStack *view_stack;
  CtDocumentsPage *documents_page;
  GtkDropDown *engine_dropdown;
  GtkSpinner *spinner;
  GtkIconPaintable *spinner_icon;     /* loaded ahead, see preload_spinner_icon() */
  AdwToastOverlay *toast_overlay;
  GtkRevealer *import_bar;
  GtkRevealer *read_only_bar;
  GMenu *recent_section;
  GtkLabel *import_label;
  GtkProgressBar *import_progress;
  GtkSearchEntry *search_entry;
  GtkPaned *vertical_paned;
  GtkPaned *horizontal_paned;
  CtGraphView *graph_view;
  GtkLabel *details;
  CtTimeline *timeline;
  GtkCheckButton *undated_check;

  GSettings *settings;      /* NULL when the schema is not installed (running from a build tree) */
  char *project;
  GCancellable *import_cancellable;   /* while an import runs */
  char *import_report;                /* of the last import */
  guint generation;
  guint layouts_running;
  CtCuration *curation;
  GCancellable *alive;                /* cancelled when the window goes: work it started then leaves it be */
};

G_DEFINE_FINAL_TYPE (CtWindow, ct_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  char *project;
  char *engine;         /* the one chosen */
  const char *used;     /* the one the graph's size allowed */
  CtGraph *graph;       /* NULL when the project could not be read */
  guint generation;
} CtLayoutJob;

static void
free_job (gpointer data)
{
  CtLayoutJob *job = data;

  g_free (job->project);
  g_free (job->engine);
  g_clear_pointer (&job->graph, ct_graph_unref);
  g_free (job);
}

static CtGraph *
load_graph (const char *project, GError **error)
{
  g_autoptr(CtStore) store = ct_store_open (project, error);
  g_autoptr(JsonNode) export = NULL;

  if (store == NULL)
    return NULL;
  export = ct_store_export (store, ct_gazetteer_get_default (), error);
  return export ? ct_graph_new_from_export (export) : NULL;
}

/* @engine, unless the graph is too big for it to finish in reasonable time
 * (GRAPHVIZ.md §4: neato and fdp are quadratic or worse, dot takes seconds
 * from a few thousand nodes); then sfdp. */
static const char *
engine_for (const char *engine, guint n_nodes)
{
  guint limit = g_str_equal (engine, "sfdp") ? G_MAXUINT : g_str_equal (engine, "dot") ? 2000 : 1000;

  return n_nodes <= limit ? engine : "sfdp";
}

static void
layout_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  CtLayoutJob *job = data;
  GError *error = NULL;

  job->graph = load_graph (job->project, &error);
  if (job->graph == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  ct_render_measure (job->graph);
  job->used = engine_for (job->engine, job->graph->nodes->len);
  if (ct_layout_run (job->graph, job->used, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
layout_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CtWindow *self = CT_WINDOW (source);
  CtLayoutJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (self->alive))
    return;
  self->layouts_running--;
  if (self->layouts_running == 0)
    gtk_spinner_stop (self->spinner);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (job->graph == NULL && job->generation == self->generation)
        {
          g_autofree char *text = g_markup_printf_escaped ("<b>%s</b>\n%s", _("Cannot open the project"),
                                                           error->message);

          gtk_label_set_markup (self->details, text);
        }
      else if (job->graph != NULL)
        g_warning ("%s", error->message);
      return;
    }
  if (job->generation != self->generation)
    return;  /* a newer request is on its way */
  if (!g_str_equal (job->used, job->engine))
    {
      g_autofree char *text = g_strdup_printf (_("%u nodes: laid out with sfdp, as %s would take minutes"),
                                               job->graph->nodes->len, job->engine);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  ct_timeline_set_graph (self->timeline, job->graph);
  ct_graph_view_set_graph (self->graph_view, g_steal_pointer (&job->graph));
  ct_curation_update (self->curation);
}

/* The spinner's icon is the app's only SVG one, and the first SVG loads
 * librsvg: 30 ms in the frame that first shows the spinner, which was the
 * end of an import.  GTK loads it now in a worker instead. */
static void
preload_spinner_icon (CtWindow *self)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

  self->spinner_icon = gtk_icon_theme_lookup_icon (theme, "process-working-symbolic", NULL, 16,
                                                   gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                                   GTK_TEXT_DIR_NONE, GTK_ICON_LOOKUP_PRELOAD);
}

static void
request_layout (CtWindow *self)
{
  CtLayoutJob *job = g_new0 (CtLayoutJob, 1);
  g_autoptr(GTask) task = NULL;

  job->project = g_strdup (self->project);
  job->engine = g_strdup (ct_window_get_engine (self));
  job->generation = ++self->generation;
  self->layouts_running++;
  gtk_spinner_start (self->spinner);
  task = g_task_new (self, NULL, layout_done, NULL);
  g_task_set_task_data (task, job, free_job);
  ct_background_run (task, layout_in_thread);
}

/* ------------------------------------------------------------------------ */
/* Details                                                                   */

static void
append_reason (GString *out, const CtGraphReason *r, const char *a, const char *b, guint edge, guint k)
{
  g_autofree char *date = ct_date_format (&r->date);
  g_autofree char *sentence = g_markup_escape_text (r->sentence ? r->sentence : "", -1);
  g_autofree char *via = g_markup_escape_text (r->via ? r->via : _("named together"), -1);
  g_autofree char *doc = g_markup_escape_text (r->document ? r->document : "", -1);

  /* the names of the two places in bold inside the sentence */
  for (guint side = 0; side < 2; side++)
    {
      const char *name = side == 0 ? a : b;
      g_autofree char *bare = g_strndup (name, strlen (name) - (g_str_has_suffix (name, "市") || g_str_has_suffix (name, "省") || g_str_has_suffix (name, "区") ? 3 : 0));
      g_auto(GStrv) parts = g_strsplit (sentence, bare, -1);
      g_autofree char *bold = g_strdup_printf ("<b>%s</b>", bare);

      if (g_utf8_strlen (bare, -1) >= 2)
        {
          g_free (sentence);
          sentence = g_strjoinv (bold, parts);
        }
    }
  g_string_append_printf (out, "\n<b>%s</b> · %s%s%s\n<small>%s</small>\n<span size=\"small\" alpha=\"70%%\">%s</span>",
                          via, r->kind, date ? " · " : "", date ? date : "", sentence, doc);
  if (r->document != NULL)
    g_string_append_printf (out, "  <small><a href=\"evidence:%u:%u\">%s</a></small>", edge, k, _("Show in document"));
  g_string_append_c (out, '\n');
}

/* A name in the details pane that selects its node when clicked. */
static char *
node_link (CtGraph *graph, const CtGraphNode *node)
{
  for (guint i = 0; i < graph->nodes->len; i++)
    if (g_ptr_array_index (graph->nodes, i) == node)
      return g_markup_printf_escaped ("<a href=\"node:%s\">%s</a>", node->id, node->label);
  return g_markup_escape_text (node->label, -1);
}

/* "evidence:EDGE:REASON": the document behind a reason, at its sentence. */
static void
show_evidence (CtWindow *self, const char *ref)
{
  CtGraph *graph = ct_graph_view_get_graph (self->graph_view);
  guint edge, k;
  const CtGraphReason *r;

  if (graph == NULL || sscanf (ref, "%u:%u", &edge, &k) != 2 || edge >= graph->edges->len ||
      k >= ((CtGraphEdge *) g_ptr_array_index (graph->edges, edge))->reasons->len)
    return;
  r = &g_array_index (((CtGraphEdge *) g_ptr_array_index (graph->edges, edge))->reasons, CtGraphReason, k);
  ct_window_show_document (self, r->document, r->sentence);
}

static gboolean
on_details_link (CtWindow *self, const char *uri)
{
  if (g_str_has_prefix (uri, "evidence:"))
    show_evidence (self, uri + strlen ("evidence:"));
  else if (g_str_has_prefix (uri, "node:"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-node", "s", uri + 5);
  else
    return FALSE;
  return TRUE;
}

static void
show_node_details (CtWindow *self, CtGraph *graph, gint index)
{
  const CtGraphNode *n = g_ptr_array_index (graph->nodes, index);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (n->label, -1);
  g_autofree char *detail = g_markup_escape_text (n->detail ? n->detail : "", -1);

  g_string_append_printf (out, "<big><b>%s</b></big>\n%s\n", title, detail);
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      const CtGraphNode *other;

      if (e->source != (guint) index && e->target != (guint) index)
        continue;
      other = g_ptr_array_index (graph->nodes, e->source == (guint) index ? e->target : e->source);
      {
        g_autofree char *name = node_link (graph, other);

        if (e->membership)
          g_string_append_printf (out, "\n%s <b>%s</b>\n", n->kind == CT_NODE_PLACE ? "∈" : "∋", name);
        else
          {
            g_string_append_printf (out, "\n<big>— %s</big>\n", name);
            for (guint k = 0; k < e->reasons->len; k++)
              append_reason (out, &g_array_index (e->reasons, CtGraphReason, k), n->label, other->label, i, k);
          }
      }
    }
  gtk_label_set_markup (self->details, out->str);
}

static void
show_edge_details (CtWindow *self, CtGraph *graph, gint index)
{
  const CtGraphEdge *e = g_ptr_array_index (graph->edges, index);
  const CtGraphNode *a = g_ptr_array_index (graph->nodes, e->source);
  const CtGraphNode *b = g_ptr_array_index (graph->nodes, e->target);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *link_a = node_link (graph, a);
  g_autofree char *link_b = node_link (graph, b);
  g_autofree char *title = g_strdup_printf ("<big><b>%s — %s</b></big>\n", link_a, link_b);

  g_string_append (out, title);
  for (guint k = 0; k < e->reasons->len; k++)
    append_reason (out, &g_array_index (e->reasons, CtGraphReason, k), a->label, b->label, index, k);
  gtk_label_set_markup (self->details, out->str);
}

static void
show_overview (CtWindow *self)
{
  gtk_label_set_markup (self->details,
                        _("<big><b>City Ties</b></big>\n\nClick a place, a grouping or a tie to see the agreements, "
                          "events and sentences behind it. Click an item on the timeline to see who took part."));
}

static void
on_selection_changed (CtWindow *self)
{  ct_curation_update (self->curation);

  CtGraph *graph = ct_graph_view_get_graph (self->graph_view);
  gint node = ct_graph_view_get_selected_node (self->graph_view);
  gint edge = ct_graph_view_get_selected_edge (self->graph_view);

  if (graph != NULL && node >= 0)
    show_node_details (self, graph, node);
  else if (graph != NULL && edge >= 0)
    show_edge_details (self, graph, edge);
  else
    show_overview (self);
}

static void
on_timeline_item (CtWindow *self)
{
  CtGraph *graph = ct_graph_view_get_graph (self->graph_view);
  gint index = ct_timeline_get_selected (self->timeline);
  const CtGraphItem *item;
  g_autoptr(GHashTable) nodes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *date = NULL, *title = NULL, *sentence = NULL;

  if (graph == NULL || index < 0)
    {
      ct_graph_view_set_highlight (self->graph_view, NULL);
      return;
    }
  item = g_ptr_array_index (graph->items, index);
  nodes = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < item->codes->len; i++)
    {
      gint node = ct_graph_find_node (graph, g_ptr_array_index (item->codes, i));

      if (node >= 0)
        g_hash_table_add (nodes, GINT_TO_POINTER (node));
    }
  ct_graph_view_set_highlight (self->graph_view, nodes);

  date = ct_date_format (&item->start);
  title = g_markup_escape_text (item->title, -1);
  sentence = g_markup_escape_text (item->sentence ? item->sentence : "", -1);
  g_string_append_printf (out, "<big><b>%s</b></big>\n%s%s%s\n\n<small>%s</small>\n", title,
                          item->is_event ? _("Event") : _("Agreement"), date ? " · " : "", date ? date : "", sentence);
  gtk_label_set_markup (self->details, out->str);
}

static void
on_range_changed (CtWindow *self)
{
  double from = 0, to = 0;
  gboolean active = ct_timeline_get_range (self->timeline, &from, &to);

  ct_graph_view_set_time_filter (self->graph_view, active, from, to,
                                 gtk_check_button_get_active (self->undated_check));
}

/* ------------------------------------------------------------------------ */

/* Finds a place or grouping by name, else an agreement or event by title,
 * and selects the first found: a node in the graph, an item on the timeline. */
static void
on_search (CtWindow *self)
{
  CtGraph *graph = ct_graph_view_get_graph (self->graph_view);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (graph == NULL || text[0] == '\0')
    return;
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *node = g_ptr_array_index (graph->nodes, i);

      if (strstr (node->label, text) != NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "win.select-node", "s", node->id);
          return;
        }
    }
  for (guint i = 0; i < graph->items->len; i++)
    if (strstr (((CtGraphItem *) g_ptr_array_index (graph->items, i))->title, text) != NULL)
      {
        ct_timeline_select (self->timeline, i);
        return;
      }
}

/* win.select-node("CODE"): selects a place by division code, or a grouping
 * by "grouping:NAME", and shows its details. */
static void
action_select_node (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  CtGraph *graph = ct_graph_view_get_graph (self->graph_view);
  gint node = graph ? ct_graph_find_node (graph, g_variant_get_string (parameter, NULL)) : -1;

  if (node < 0)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "graph");
  gtk_window_present (GTK_WINDOW (self));
  ct_graph_view_select_node (self->graph_view, node);
}

static void
on_engine_changed (CtWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "layout-engine", ct_window_get_engine (self));
  request_layout (self);
}

static void
action_fit (GtkWidget *widget, const char *name, GVariant *parameter)
{
  ct_graph_view_fit (CT_WINDOW (widget)->graph_view);
}

static void
action_zoom (GtkWidget *widget, const char *name, GVariant *parameter)
{
  ct_graph_view_zoom (CT_WINDOW (widget)->graph_view, g_str_equal (name, "win.zoom-in") ? 1.25 : 0.8);
}

static void
action_search (GtkWidget *widget, const char *name, GVariant *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (CT_WINDOW (widget)->search_entry));
}

/* The picture options for @choice: the view, filter and theme as on screen. */
static void
export_options (CtWindow *self, const CtExportChoice *choice, CtExportOptions *options)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gint scale_factor;

  ct_export_options_init (options);
  options->scale = choice->scale;
  options->legend = choice->legend;
  options->graph = choice->content != CT_EXPORT_TIMELINE_ONLY;
  options->timeline = choice->timeline || !options->graph;
  ct_graph_view_get_render_options (self->graph_view, &options->render, choice->highlight);
  /* labels follow the background they are drawn on */
  options->render.dark = choice->background == CT_EXPORT_BACKGROUND_THEME && dark;
  switch (choice->background)
    {
    case CT_EXPORT_BACKGROUND_THEME:
      memcpy (options->background, dark ? (double[4]) { 0.14, 0.14, 0.14, 1 } : (double[4]) { 0.98, 0.98, 0.98, 1 },
              sizeof options->background);
      break;
    case CT_EXPORT_BACKGROUND_TRANSPARENT:
      options->background[3] = 0;
      break;
    case CT_EXPORT_BACKGROUND_WHITE:
    default:
      break;
    }
  if (choice->content == CT_EXPORT_CURRENT_VIEW)
    {
      options->view = TRUE;
      options->view_width = gtk_widget_get_width (GTK_WIDGET (self->graph_view));
      options->view_height = gtk_widget_get_height (GTK_WIDGET (self->graph_view));
      ct_graph_view_get_transform (self->graph_view, &options->view_zoom, &options->view_x, &options->view_y);
      /* the picture on screen is reused only as it is: without focus drawn into it */
      if (choice->highlight ||
          !ct_graph_view_get_picture (self->graph_view, &options->picture_x, &options->picture_y,
                                      &options->picture_width, &options->picture_height, &scale_factor) ||
          scale_factor != (gint) choice->scale)
        options->picture_width = options->picture_height = 0;
    }
  if (ct_timeline_get_view (self->timeline, &options->timeline_view))
    {
      if (!choice->highlight)
        options->timeline_view.selected = options->timeline_view.hover = -1;
      if (options->graph)
        options->timeline_view.width = options->timeline_view.height = 0;  /* the picture's width */
    }
}

/* The graph as laid out on screen (or the timeline), in the format of
 * @choice; @path gets its extension when it lacks it.  Returns the path written. */
char *
ct_window_export_to (CtWindow             *self,
                     const char           *path,
                     const CtExportChoice *choice,
                     GError              **error)
{
  CtGraph *graph = ct_graph_view_get_graph (self->graph_view);
  g_autofree char *suffix = g_strconcat (".", choice->extension, NULL);
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *target = g_str_has_suffix (lower, suffix) ? g_strdup (path) : g_strconcat (path, suffix, NULL);
  CtExportOptions options;

  if (graph == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PENDING, _("the graph is still being laid out"));
      return NULL;
    }
  if (ct_export_data_format_known (target))
    return ct_export_data (graph, target, error) ? g_steal_pointer (&target) : NULL;
  export_options (self, choice, &options);
  return ct_export_picture (graph, target, &options, error) ? g_steal_pointer (&target) : NULL;
}

static void
export_response (GtkNativeDialog *chooser, int response, CtWindow *self)
{
  CtExportChoice *choice = g_object_get_data (G_OBJECT (chooser), "choice");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *written = ct_window_export_to (self, path, choice, &error);
      g_autofree char *message = written ? g_strdup_printf (_("Exported to %s"), written)
                                         : g_strdup_printf (_("%s was not written: %s"), name, error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  g_object_unref (chooser);
}

/* The options are chosen first: the format decides the file's name. */
static void
export_dialog_response (CtExportDialog *dialog, const char *response, CtWindow *self)
{
  GtkFileChooserNative *chooser;
  CtExportChoice *choice;
  g_autofree char *name = NULL;

  if (!g_str_equal (response, "export"))
    return;
  choice = g_new (CtExportChoice, 1);
  ct_export_dialog_get_choice (dialog, choice);
  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  g_object_set_data_full (G_OBJECT (chooser), "choice", choice, g_free);
  name = g_strdup_printf ("%s.%s", choice->content == CT_EXPORT_TIMELINE_ONLY ? "cityties-timeline" : "cityties",
                          choice->extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Ctrl+E: pictures (PNG, SVG, PDF) drawn as on screen, or the graph as data. */
static void
action_export (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  CtExportDialog *dialog = ct_export_dialog_new (GTK_WINDOW (self), self->settings);

  g_signal_connect (dialog, "response", G_CALLBACK (export_dialog_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */
/* Import                                                                    */

static void
import_progress (guint done, guint total, const char *path, gpointer data)
{
  CtWindow *self = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = g_strdup_printf (_("%u of %u: %s"), done + 1, total, name);

  if (g_cancellable_is_cancelled (self->alive))
    return;
  gtk_label_set_text (self->import_label, text);
  gtk_progress_bar_set_fraction (self->import_progress, total ? (double) done / total : 0);
}

/* The counts in a toast, the line for every file a click away.  Not a
 * dialog of its own: a new window's first frame (a new GL surface) took
 * 100 ms under software GL, just as the new graph was coming in.  With
 * failures the toast stays until it is dismissed. */
static void
show_import_counts (CtWindow *self,
                    GArray   *results)
{
  g_autofree char *counts = g_strndup (self->import_report, strcspn (self->import_report, "\n"));
  AdwToast *toast = adw_toast_new (counts);

  adw_toast_set_button_label (toast, _("Show Report"));
  adw_toast_set_action_name (toast, "win.import-report");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  for (guint i = 0; i < results->len; i++)
    if (g_array_index (results, CtImportResult, i).status == CT_IMPORT_FAILED)
      adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
action_import_report (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->import_report != NULL)
    gtk_window_present (GTK_WINDOW (ct_report_dialog_new (GTK_WINDOW (self), _("Import Report"), self->import_report)));
}

static void
import_done (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(CtWindow) self = data;  /* the job's reference */
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) results = ct_import_job_finish (result, &error);

  g_clear_object (&self->import_cancellable);
  if (g_cancellable_is_cancelled (self->alive))
    return;
  gtk_revealer_set_reveal_child (self->import_bar, FALSE);
  g_clear_pointer (&self->import_report, g_free);
  if (results == NULL)
    {
      g_autofree char *text = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                              ? g_strdup (_("Import cancelled; the project is as it was"))
                              : g_strdup_printf (_("Nothing was imported: %s"), error->message);

      self->import_report = g_strdup (text);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  else
    {
      self->import_report = ct_import_report (results);
      show_import_counts (self, results);
      ct_window_reload (self);
    }
}

/* Files and folders (recursively) into the project, in a worker, with progress. */
void
ct_window_import (CtWindow           *self,
                  const char * const *paths)
{
  if (self->import_cancellable != NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("An import is already running")));
      return;
    }
  self->import_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->import_label, _("Reading…"));
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_revealer_set_reveal_child (self->import_bar, TRUE);
  ct_import_job_run (self->project, paths, import_progress, self, self->import_cancellable, import_done,
                     g_object_ref (self));
}

gboolean
ct_window_is_importing (CtWindow *self)
{
  return self->import_cancellable != NULL;
}

const char *
ct_window_get_import_report (CtWindow *self)
{
  return self->import_report;
}

static void
action_cancel_import (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

static void
import_response (GtkNativeDialog *dialog, int response, CtWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          g_ptr_array_add (paths, g_file_get_path (file));
        }
      g_ptr_array_add (paths, NULL);
      ct_window_import (self, (const char * const *) paths->pdata);
    }
  g_object_unref (dialog);
}

static void
action_import (GtkWidget *widget, const char *name, GVariant *parameter)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Import Documents"), GTK_WINDOW (widget),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Files and folders dropped on the window are imported. */
static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, CtWindow *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  if (paths->len == 0)
    return FALSE;
  g_ptr_array_add (paths, NULL);
  ct_window_import (self, (const char * const *) paths->pdata);
  return TRUE;
}

static void
ct_window_dispose (GObject *object)
{
  CtWindow *self = CT_WINDOW (object);

  if (self->settings != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
    {
      g_settings_set_int (self->settings, "details-position", gtk_paned_get_position (self->horizontal_paned));
      g_settings_set_int (self->settings, "timeline-position", gtk_paned_get_position (self->vertical_paned));
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->spinner_icon);
  g_clear_pointer (&self->project, g_free);
  g_clear_pointer (&self->import_report, g_free);
  g_clear_pointer (&self->curation, ct_curation_free);
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_cancellable_cancel (self->alive);
  G_OBJECT_CLASS (ct_window_parent_class)->dispose (object);
}

static void
ct_window_finalize (GObject *object)
{
  g_object_unref (CT_WINDOW (object)->alive);
  G_OBJECT_CLASS (ct_window_parent_class)->finalize (object);
}

static void
ct_window_class_init (CtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_window_dispose;
  object_class->finalize = ct_window_finalize;
  g_type_ensure (CT_TYPE_GRAPH_VIEW);
  g_type_ensure (CT_TYPE_TIMELINE);
  g_type_ensure (CT_TYPE_DOCUMENTS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cityties/CityTies/ct-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, documents_page);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, engine_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, import_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, vertical_paned);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, horizontal_paned);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, details);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, undated_check);

  gtk_widget_class_install_action (widget_class, "win.fit", NULL, action_fit);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, action_search);
  gtk_widget_class_install_action (widget_class, "win.select-node", "s", action_select_node);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, action_import);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, action_cancel_import);
  gtk_widget_class_install_action (widget_class, "win.import-report", NULL, action_import_report);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "project.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "project.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "project.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "edit.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "edit.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "edit.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "edit.mark-wrong", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "edit.review", NULL);
}

static CtDocumentView *open_document (CtWindow *self, gint64 id);

static void
on_document_activated (CtWindow *self, gint64 id)
{
  open_document (self, id);
}

static GSettings *
settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema ? g_settings_new (APP_ID) : NULL;
}

static void
ct_window_init (CtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->alive = g_cancellable_new ();
  preload_spinner_icon (self);
  self->curation = ct_curation_new (self);
  ct_project_actions_install (self);
  self->settings = settings_if_installed ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_SET);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_SET);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_SET);
      ct_window_set_engine (self, g_settings_get_string (self->settings, "layout-engine"));
      gtk_paned_set_position (self->horizontal_paned, g_settings_get_int (self->settings, "details-position"));
      gtk_paned_set_position (self->vertical_paned, g_settings_get_int (self->settings, "timeline-position"));
    }
  else
    {
      ct_window_set_engine (self, "neato");
      gtk_paned_set_position (self->horizontal_paned, 860);
      gtk_paned_set_position (self->vertical_paned, 600);
    }
  show_overview (self);
  g_signal_connect_swapped (self->graph_view, "selection-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->timeline, "item-selected", G_CALLBACK (on_timeline_item), self);
  g_signal_connect_swapped (self->timeline, "range-changed", G_CALLBACK (on_range_changed), self);
  g_signal_connect_swapped (self->undated_check, "toggled", G_CALLBACK (on_range_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search), self);
  g_signal_connect_swapped (self->details, "activate-link", G_CALLBACK (on_details_link), self);
  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search), self);
  g_signal_connect_swapped (self->documents_page, "document-activated", G_CALLBACK (on_document_activated), self);
}

CtWindow *
ct_window_new (GtkApplication *application,
               const char     *project)
{
  CtWindow *self = g_object_new (CT_TYPE_WINDOW, "application", application, NULL);
  g_autofree char *base = NULL;
  g_autoptr(GMenuModel) recent = ct_project_actions_recent_menu ();
  g_autoptr(CtStore) store = NULL;

  self->project = g_strdup (project);
  base = g_path_get_basename (project);
  adw_view_switcher_title_set_subtitle (self->window_title, base);
  ct_documents_page_load (self->documents_page, project);
  ct_project_actions_remember (project);
  g_menu_remove_all (self->recent_section);
  g_menu_append_section (self->recent_section, NULL, recent);
  store = ct_store_open (project, NULL);
  gtk_revealer_set_reveal_child (self->read_only_bar, store != NULL && ct_store_is_read_only (store));
  g_signal_connect_swapped (self->engine_dropdown, "notify::selected", G_CALLBACK (on_engine_changed), self);
  request_layout (self);
  return self;
}

gboolean
ct_window_is_laying_out (CtWindow *self)
{
  return self->layouts_running > 0;
}

const char *
ct_window_get_engine (CtWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->engine_dropdown);

  return ct_layout_engines[MIN (i, g_strv_length ((GStrv) ct_layout_engines) - 1)];
}

void
ct_window_set_engine (CtWindow   *self,
                      const char *engine)
{
  for (guint i = 0; ct_layout_engines[i] != NULL; i++)
    if (g_str_equal (ct_layout_engines[i], engine))
      gtk_drop_down_set_selected (self->engine_dropdown, i);
}

const char *
ct_window_get_details_text (CtWindow *self)
{
  return gtk_label_get_text (self->details);
}

/* As if the user dragged from @from to @to (months since year 0) on the timeline. */
void
ct_window_set_time_range (CtWindow *self,
                          double    from,
                          double    to)
{
  ct_timeline_set_range (self->timeline, from, to);
}

CtGraphView *
ct_window_get_graph_view (CtWindow *self)
{
  return self->graph_view;
}

const char *
ct_window_get_project (CtWindow *self)
{
  return self->project;
}

/* Reads the graph from the project again, after it changed. */
void
ct_window_reload (CtWindow *self)
{
  request_layout (self);
  ct_documents_page_load (self->documents_page, self->project);
}

/* Says @message; with @undoable, offers to take back what was just done. */
void
ct_window_toast (CtWindow   *self,
                 const char *message,
                 gboolean    undoable)
{
  AdwToast *toast = adw_toast_new (message);

  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "edit.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Whether the project could only be opened for reading (the banner shows). */
gboolean
ct_window_is_read_only (CtWindow *self)
{
  return gtk_revealer_get_reveal_child (self->read_only_bar);
}

static CtDocumentView *
open_document (CtWindow *self, gint64 id)
{
  g_autoptr(GError) error = NULL;
  CtDocumentView *view = ct_document_view_new (self, id, &error);

  if (view == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The document cannot be shown: %s"), error->message);

      ct_window_toast (self, text, FALSE);
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (view));
  return view;
}

/* Opens the document imported as @name, at @sentence if given; returns its view. */
CtDocumentView *
ct_window_show_document (CtWindow   *self,
                         const char *name,
                         const char *sentence)
{
  g_autoptr(CtStore) store = ct_store_open (self->project, NULL);
  gint64 id = store && name ? ct_library_find_document (store, name, NULL) : 0;
  CtDocumentView *view;

  if (id <= 0)
    {
      ct_window_toast (self, _("The document is no longer in the project"), FALSE);
      return NULL;
    }
  g_clear_pointer (&store, ct_store_close);
  view = open_document (self, id);
  if (view != NULL && sentence != NULL)
    ct_document_view_show_sentence (view, sentence);
  return view;
}
