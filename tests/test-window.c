/* test-window.c: the window on the bundled project, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ct-cli.h"
#include "ct-document-view.h"
#include "ct-documents-page.h"
#include "ct-graph-view.h"
#include "ct-import-job.h"
#include "ct-render.h"
#include "ct-timeline.h"
#include "ct-review-window.h"
#include "ct-store.h"
#include "ct-texture.h"
#include "ct-test-util.h"
#include "ct-window.h"

static CtWindow *window;

static GtkWidget *find_widget (GType type);

static gboolean
is_loading (void)
{
  return ct_window_is_laying_out (window) ||
         ct_documents_page_is_loading (CT_DOCUMENTS_PAGE (find_widget (CT_TYPE_DOCUMENTS_PAGE)));
}

/* until the graph is laid out and the documents listed */
static void
wait_for_layout (void)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* the window must stay responsive: the main loop turns while Graphviz works */
  while (is_loading () && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (is_loading ());
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* the first widget of @type (and @name, if given) in @root's tree */
static GtkWidget *
find_named_in (GtkWidget *root, GType type, const char *name)
{
  GtkWidget *found = NULL;
  GSList *stack = g_slist_prepend (NULL, root);

  while (stack != NULL && found == NULL)
    {
      GtkWidget *top = stack->data;

      stack = g_slist_delete_link (stack, stack);
      if (G_TYPE_CHECK_INSTANCE_TYPE (top, type) && (name == NULL || g_str_equal (gtk_widget_get_name (top), name)))
        found = top;
      for (GtkWidget *c = gtk_widget_get_first_child (top); c != NULL; c = gtk_widget_get_next_sibling (c))
        stack = g_slist_prepend (stack, c);
    }
  g_slist_free (stack);
  g_assert_nonnull (found);
  return found;
}

/* whether a label in @root's tree shows @text */
static gboolean
shows_label (GtkWidget *root, const char *text)
{
  if (GTK_IS_LABEL (root) && g_str_equal (gtk_label_get_text (GTK_LABEL (root)), text))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_label (c, text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_named_widget (GType type, const char *name)
{
  return find_named_in (GTK_WIDGET (window), type, name);
}

static GtkWidget *
find_in (GtkWidget *root, GType type)
{
  return find_named_in (root, type, NULL);
}

static GtkWidget *
find_widget (GType type)
{
  return find_named_widget (type, NULL);
}

/* the message dialog the toast at the end of an import opens */
static GtkWidget *
report_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && g_str_equal (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                                                           "Import Report"))
        return toplevel;
    }
  g_assert_not_reached ();
}

static CtGraphView *
graph_view (void)
{
  return CT_GRAPH_VIEW (find_widget (CT_TYPE_GRAPH_VIEW));
}

static void
test_bundled_graph (void)
{
  CtGraph *graph;
  const char *expected[] = { "310000", "310101", "320106", "420100", "430100", "321100", "310107", NULL };

  wait_for_layout ();
  graph = ct_graph_view_get_graph (graph_view ());
  g_assert_nonnull (graph);
  g_assert_cmpuint (graph->nodes->len, >=, 25);
  g_assert_cmpuint (graph->edges->len, >=, 40);
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpint (ct_graph_find_node (graph, expected[i]), >=, 0);
  /* the timeline holds the 2020, 2022 and 2024 meetings */
  {
    guint years[3] = { 0 };

    for (guint i = 0; i < graph->items->len; i++)
      {
        const CtGraphItem *item = g_ptr_array_index (graph->items, i);

        if (item->is_event && item->start.year >= 2020 && item->start.year <= 2024 && item->start.year % 2 == 0)
          years[(item->start.year - 2020) / 2]++;
      }
    g_assert_cmpuint (years[0], >, 0);
    g_assert_cmpuint (years[1], >, 0);
    g_assert_cmpuint (years[2], >, 0);
  }
}

static void
test_switch_engine (void)
{
  ct_window_set_engine (window, "dot");
  g_assert_cmpstr (ct_window_get_engine (window), ==, "dot");
  wait_for_layout ();
  g_assert_cmpfloat (ct_graph_view_get_graph (graph_view ())->width, >, 0);
  ct_window_set_engine (window, "neato");
  wait_for_layout ();
}

static void
test_select_shows_evidence (void)
{
  CtGraphView *view = graph_view ();
  CtGraph *graph = ct_graph_view_get_graph (view);
  gint zhenjiang = ct_graph_find_node (graph, "321100");
  const char *text;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-node", "s", "321100"));
  g_assert_cmpint (ct_graph_view_get_selected_node (view), ==, zhenjiang);
  text = ct_window_get_details_text (window);
  g_assert_nonnull (strstr (text, "镇江市"));
  g_assert_nonnull (strstr (text, "普陀区"));
  /* the sentence behind the memorandum */
  g_assert_nonnull (strstr (text, "签署《沿沪宁产业创新带加强协同创新备忘录》"));

  /* a name in the pane selects its node */
  {
    gint putuo = ct_graph_find_node (graph, "310107");
    gboolean handled = FALSE;

    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (find_named_widget (GTK_TYPE_LABEL, "details"))),
                              "href=\"node:310107\""));
    g_signal_emit_by_name (find_named_widget (GTK_TYPE_LABEL, "details"), "activate-link", "node:310107", &handled);
    g_assert_true (handled);
    g_assert_cmpint (ct_graph_view_get_selected_node (view), ==, putuo);
    g_assert_nonnull (strstr (ct_window_get_details_text (window), "普陀区\n上海市/普陀区"));
  }
  ct_graph_view_add_to_selection (view, zhenjiang);
  g_assert_cmpuint (ct_graph_view_count_selected (view), ==, 2);
}

/* the search entry finds a place by name, then an agreement by title */
static void
test_search (void)
{
  GtkEditable *entry = GTK_EDITABLE (find_named_widget (GTK_TYPE_SEARCH_ENTRY, "find"));
  CtTimeline *timeline = CT_TIMELINE (find_widget (CT_TYPE_TIMELINE));
  CtGraph *graph = ct_graph_view_get_graph (graph_view ());
  const CtGraphItem *item;

  gtk_editable_set_text (entry, "普陀");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (ct_graph_view_get_selected_node (graph_view ()), ==, ct_graph_find_node (graph, "310107"));

  gtk_editable_set_text (entry, "加强协同创新");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (ct_timeline_get_selected (timeline), >=, 0);
  item = g_ptr_array_index (graph->items, ct_timeline_get_selected (timeline));
  g_assert_nonnull (strstr (item->title, "加强协同创新"));
  g_assert_nonnull (strstr (ct_window_get_details_text (window), item->title));
  gtk_editable_set_text (entry, "");
  ct_timeline_select (timeline, -1);
}

static gint
find_edge (CtGraph *graph, const char *a, const char *b)
{
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      const char *s = ((CtGraphNode *) g_ptr_array_index (graph->nodes, e->source))->id;
      const char *t = ((CtGraphNode *) g_ptr_array_index (graph->nodes, e->target))->id;

      if (!e->membership && ((g_str_equal (s, a) && g_str_equal (t, b)) || (g_str_equal (s, b) && g_str_equal (t, a))))
        return i;
    }
  return -1;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* a tie marked as wrong leaves the graph; undo brings it back; a rename shows */
static void
test_curation (void)
{
  CtGraph *graph = ct_graph_view_get_graph (graph_view ());
  gint edge = find_edge (graph, "321100", "310107");
  AdwMessageDialog *dialog;

  g_assert_cmpint (edge, >=, 0);
  ct_graph_view_select_edge (graph_view (), edge);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.mark-wrong", NULL));
  wait_for_layout ();
  g_assert_cmpint (find_edge (ct_graph_view_get_graph (graph_view ()), "321100", "310107"), <, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.undo", NULL));
  wait_for_layout ();
  g_assert_cmpint (find_edge (ct_graph_view_get_graph (graph_view ()), "321100", "310107"), >=, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-node", "s", "321100");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.rename", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "镇江（测试）");
  adw_message_dialog_response (dialog, "accept");   /* and it closes itself */
  wait_for_layout ();
  graph = ct_graph_view_get_graph (graph_view ());
  g_assert_cmpstr (((CtGraphNode *) g_ptr_array_index (graph->nodes, ct_graph_find_node (graph, "321100")))->label,
                   ==, "镇江（测试）");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.undo", NULL));
  wait_for_layout ();
}

/* the review list: least certain first; a decision takes the item off */
static void
test_review (void)
{
  GListModel *toplevels;
  CtReviewWindow *review = NULL;
  guint before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.review", NULL));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && review == NULL; i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (CT_IS_REVIEW_WINDOW (w))
        review = CT_REVIEW_WINDOW (w);
    }
  g_assert_nonnull (review);
  before = ct_review_window_count (review);
  g_assert_cmpuint (before, >, 0);
  g_assert_true (ct_review_window_decide (review, TRUE));
  g_assert_cmpuint (ct_review_window_count (review), ==, before - 1);
  wait_for_layout ();
  gtk_window_destroy (GTK_WINDOW (review));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.undo", NULL));
  wait_for_layout ();
}

/* a project that cannot be written opens for reading, with a banner saying so */
static void
test_read_only_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-window-ro-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (dir, "read-only.cityties", NULL);
  g_autoptr(GError) error = NULL;
  CtWindow *other;

  {
    g_autoptr(CtStore) store = ct_store_open (ct_window_get_project (window), &error);

    g_assert_no_error (error);
    g_assert_true (ct_store_save_copy (store, copy, &error));
  }
  g_assert_cmpint (g_chmod (copy, 0444), ==, 0);
  g_assert_false (ct_window_is_read_only (window));
  other = ct_window_new (NULL, copy);
  g_assert_true (ct_window_is_read_only (other));
  gtk_window_destroy (GTK_WINDOW (other));
}

static CtDocumentView *
find_document_view (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */
  CtDocumentView *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (CT_IS_DOCUMENT_VIEW (w))
        found = CT_DOCUMENT_VIEW (w);
    }
  return found;
}

/* the documents page lists and searches; a document opens highlighted; a
 * highlight selects in the graph; evidence opens at its sentence */
static void
test_documents (void)
{
  CtDocumentsPage *page = CT_DOCUMENTS_PAGE (find_widget (CT_TYPE_DOCUMENTS_PAGE));
  CtGraph *graph = ct_graph_view_get_graph (graph_view ());
  gint edge = find_edge (graph, "321100", "310107");
  CtDocumentView *view;
  GtkTextBuffer *buffer;
  GtkTextIter cursor, end;
  g_autofree char *uri = NULL, *from_cursor = NULL;
  gboolean handled = FALSE;

  wait_for_layout ();
  g_assert_cmpuint (ct_documents_page_count (page), ==, 5);
  /* no rows while the page is hidden, a row each once it is shown */
  {
    AdwViewStack *stack = ADW_VIEW_STACK (find_widget (ADW_TYPE_VIEW_STACK));
    GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (find_in (GTK_WIDGET (page),
                                                                                       GTK_TYPE_LIST_VIEW))));

    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
    adw_view_stack_set_visible_child_name (stack, "documents");
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
    adw_view_stack_set_visible_child_name (stack, "graph");
  }
  ct_documents_page_search (page, "会商会");
  wait_for_layout ();
  g_assert_cmpuint (ct_documents_page_count (page), ==, 1);
  g_assert_nonnull (strstr (ct_documents_page_get_snippet (page, 0), "<b>会商会</b>"));
  ct_documents_page_search (page, NULL);
  wait_for_layout ();

  /* the memorandum's evidence, from the details of the tie 镇江–普陀 */
  g_assert_cmpint (edge, >=, 0);
  ct_graph_view_select_edge (graph_view (), edge);
  uri = g_strdup_printf ("evidence:%d:0", edge);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (find_named_widget (GTK_TYPE_LABEL, "details"))), uri));
  g_signal_emit_by_name (find_named_widget (GTK_TYPE_LABEL, "details"), "activate-link", uri, &handled);
  g_assert_true (handled);
  view = find_document_view ();
  g_assert_nonnull (view);
  g_assert_true (ct_document_view_is_highlighted (view, CT_HIGHLIGHT_PLACE, "321100"));
  g_assert_true (ct_document_view_is_highlighted (view, CT_HIGHLIGHT_PLACE, "310107"));
  /* the cursor sits at the start of the sentence the details quote */
  buffer = gtk_text_view_get_buffer (ct_document_view_get_text_view (view));
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_get_end_iter (buffer, &end);
  from_cursor = gtk_text_iter_get_text (&cursor, &end);
  g_assert_true (g_str_has_prefix (from_cursor, g_array_index (((CtGraphEdge *) g_ptr_array_index (graph->edges, edge))->reasons,
                                                               CtGraphReason, 0).sentence));
  /* clicking 镇江 in that sentence selects it in the graph */
  g_assert_nonnull (strstr (from_cursor, "镇江"));
  g_assert_true (ct_document_view_activate_at (view, gtk_text_iter_get_offset (&cursor) +
                                                     g_utf8_pointer_to_offset (from_cursor, strstr (from_cursor, "镇江"))));
  g_assert_cmpint (ct_graph_view_get_selected_node (graph_view ()), ==, ct_graph_find_node (graph, "321100"));

  /* a publication date set by hand is the document's from now on, and undo takes it back */
  {
    g_autoptr(GError) error = NULL;
    gboolean found = FALSE;

    g_assert_false (ct_document_view_set_date (view, "soon", &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_true (ct_document_view_set_date (view, "2021-03-04", &error));
    g_assert_no_error (error);
    wait_for_layout ();
    for (guint i = 0; i < ct_documents_page_count (page); i++)
      found |= g_strcmp0 (ct_documents_page_get_published (page, i), "2021-03-04") == 0;
    g_assert_true (found);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "edit.undo", NULL));
    wait_for_layout ();
    for (guint i = 0; i < ct_documents_page_count (page); i++)
      g_assert_cmpstr (ct_documents_page_get_published (page, i), !=, "2021-03-04");
  }
  gtk_window_destroy (GTK_WINDOW (view));
}

static void
test_time_range (void)
{
  CtGraphView *view = graph_view ();
  guint all = ct_graph_view_count_visible_edges (view);
  guint in_2024;

  /* 2024: the 长江中游 capitals and 镇江/普陀 remain; 上海–安徽 (2020) goes */
  ct_window_set_time_range (window, 2024 * 12, 2024 * 12 + 11.99);
  in_2024 = ct_graph_view_count_visible_edges (view);
  g_assert_cmpuint (in_2024, >, 0);
  g_assert_cmpuint (in_2024, <, all);
  {
    CtGraph *graph = ct_graph_view_get_graph (view);
    CtRenderOptions options;
    gint wuhan = ct_graph_find_node (graph, "420100"), shanghai = ct_graph_find_node (graph, "310000");
    gboolean wuhan_tie = FALSE, shanghai_anhui = FALSE;
    double from, to;

    ct_render_options_init (&options);
    options.time_filter = TRUE;
    g_assert_true (ct_timeline_get_range (CT_TIMELINE (find_widget (CT_TYPE_TIMELINE)), &from, &to));
    options.from = from;
    options.to = to;
    for (guint i = 0; i < graph->edges->len; i++)
      {
        const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
        gboolean visible = ct_render_edge_visible (graph, &options, i);
        const char *a = ((CtGraphNode *) g_ptr_array_index (graph->nodes, e->source))->id;
        const char *b = ((CtGraphNode *) g_ptr_array_index (graph->nodes, e->target))->id;

        if ((gint) e->source == wuhan || (gint) e->target == wuhan)
          wuhan_tie |= visible && !e->membership;
        if (((gint) e->source == shanghai && g_str_equal (b, "340000")) || ((gint) e->target == shanghai && g_str_equal (a, "340000")))
          shanghai_anhui |= visible;
      }
    g_assert_true (wuhan_tie);
    g_assert_false (shanghai_anhui);
  }
}

static cairo_surface_t *
export_png (const CtExportChoice *choice)
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-window-export-XXXXXX", NULL);
  g_autofree char *base = g_build_filename (dir, "graph", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = ct_window_export_to (window, base, choice, &error);
  cairo_surface_t *png;

  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (written, "graph.png"));
  png = cairo_image_surface_create_from_png (written);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  return png;
}

static void
on_painted (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* A widget's paintable shows its last drawn frame: wait for a new one. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted), &painted);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  g_assert_true (painted);
}

/* @widget as GTK last drew it, over @background, as an image */
static cairo_surface_t *
render_widget (GtkWidget *widget, const GdkRGBA *background)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);

  gtk_snapshot_append_color (snapshot, background, &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_surface_flush (image);
  gdk_texture_download (texture, cairo_image_surface_get_data (image), cairo_image_surface_get_stride (image));
  cairo_surface_mark_dirty (image);
  return image;
}

static guint32
pixel (cairo_surface_t *image, int x, int y)
{
  return *(guint32 *) (cairo_image_surface_get_data (image) + y * cairo_image_surface_get_stride (image) + 4 * x);
}

static void
test_export (void)
{
  CtExportChoice choice;
  cairo_surface_t *png;
  int plain_height;

  ct_export_choice_init (&choice);
  png = export_png (&choice);
  /* 2 pixels per point, the layout plus margins and legend */
  g_assert_cmpint (cairo_image_surface_get_width (png), >=, 2 * ct_graph_view_get_graph (graph_view ())->width);
  plain_height = cairo_image_surface_get_height (png);
  g_assert_cmphex (pixel (png, 0, 0), ==, 0xffffffff);   /* white */
  cairo_surface_destroy (png);

  /* the timeline strip goes below, on a transparent background */
  choice.timeline = TRUE;
  choice.background = CT_EXPORT_BACKGROUND_TRANSPARENT;
  choice.scale = 1;
  png = export_png (&choice);
  g_assert_cmpint (cairo_image_surface_get_height (png), >=, plain_height / 2 + 100);
  g_assert_cmphex (pixel (png, 0, 0) >> 24, ==, 0);
  cairo_surface_destroy (png);

  /* the timeline alone, as wide as on screen */
  choice.content = CT_EXPORT_TIMELINE_ONLY;
  png = export_png (&choice);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, gtk_widget_get_width (find_widget (CT_TYPE_TIMELINE)));
  g_assert_cmpint (cairo_image_surface_get_height (png), <, plain_height / 2);
  cairo_surface_destroy (png);
}

/* an export of the current view is what the screen shows, pixel for pixel */
static void
test_screen_matches_export (void)
{
  CtGraphView *view = graph_view ();
  GtkWidget *widget = GTK_WIDGET (view);
  CtExportChoice choice;
  cairo_surface_t *png, *screen;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  int w, h, differ = 0;

  /* nothing selected: exports leave the selection out unless asked */
  ct_graph_view_select_node (view, -1);
  ct_graph_view_set_highlight (view, NULL);
  ct_graph_view_zoom (view, 1.7);
  ct_graph_view_pan (view, -37, 21);
  /* until the picture for this view has arrived from its worker and been shown */
  do
    wait_for_frame (widget);
  while (!ct_graph_view_is_sharp (view) && g_get_monotonic_time () < deadline);
  g_assert_true (ct_graph_view_is_sharp (view));
  wait_for_frame (widget);
  screen = render_widget (widget, &(GdkRGBA) { 1, 1, 1, 1 });

  ct_export_choice_init (&choice);
  choice.content = CT_EXPORT_CURRENT_VIEW;
  choice.scale = 1;
  png = export_png (&choice);
  w = cairo_image_surface_get_width (png);
  h = cairo_image_surface_get_height (png);
  g_assert_cmpint (w, ==, gtk_widget_get_width (widget));
  g_assert_cmpint (h, ==, gtk_widget_get_height (widget));
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      differ += pixel (png, x, y) != pixel (screen, x, y);
  g_assert_cmpint (differ, ==, 0);
  /* and the picture is not blank */
  {
    int inked = 0;

    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++)
        inked += pixel (png, x, y) != 0xffffffff;
    g_assert_cmpint (inked, >, w * h / 100);
  }
  cairo_surface_destroy (png);
  cairo_surface_destroy (screen);
  ct_graph_view_fit (view);
}

/* the pixel at the centre of the node with @code */
static guint32
node_pixel (cairo_surface_t *image, CtGraphView *view, const char *code)
{
  CtGraph *graph = ct_graph_view_get_graph (view);
  const CtGraphNode *n = g_ptr_array_index (graph->nodes, ct_graph_find_node (graph, code));
  double zoom, x, y;

  ct_graph_view_get_transform (view, &zoom, &x, &y);
  x += n->x * zoom;
  y += n->y * zoom;
  g_assert_true (x >= 0 && x < cairo_image_surface_get_width (image) && y >= 0 && y < cairo_image_surface_get_height (image));
  return pixel (image, x, y);
}

static void
wait_until_sharp (CtGraphView *view)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  do
    wait_for_frame (GTK_WIDGET (view));
  while (!ct_graph_view_is_sharp (view) && g_get_monotonic_time () < deadline);
  g_assert_true (ct_graph_view_is_sharp (view));
  wait_for_frame (GTK_WIDGET (view));
}

/* Step 0 of moving the view leaves it, 1 pans, 2 zooms in about the middle. */
static void
move_view (CtGraphView *view, int step)
{
  if (step == 1)
    ct_graph_view_pan (view, 40, 25);
  else if (step == 2)
    ct_graph_view_zoom (view, 1.6);
}

/* a selected place is drawn again over the veil, where it is, also once
 * the view has moved (its drawing is kept and moved) and once a zoom has
 * settled (drawn again at the new scale, off the main thread) */
static void
test_selection_drawn (void)
{
  CtGraphView *view = graph_view ();
  GtkWidget *widget = GTK_WIDGET (view);
  const GdkRGBA white = { 1, 1, 1, 1 };
  cairo_surface_t *plain[3], *focused;

  ct_graph_view_select_node (view, -1);
  ct_graph_view_fit (view);
  for (int step = 0; step < 3; step++)
    {
      move_view (view, step);
      wait_until_sharp (view);
      plain[step] = render_widget (widget, &white);
    }
  ct_graph_view_fit (view);
  ct_graph_view_select_node (view, ct_graph_find_node (ct_graph_view_get_graph (view), "420100"));   /* 武汉市 */
  for (int step = 0; step < 3; step++)
    {
      move_view (view, step);
      wait_until_sharp (view);
      focused = render_widget (widget, &white);
      g_assert_cmphex (node_pixel (focused, view, "420100"), ==, node_pixel (plain[step], view, "420100"));
      /* 镇江市, not tied to it, veiled */
      g_assert_cmphex (node_pixel (focused, view, "321100"), !=, node_pixel (plain[step], view, "321100"));
      cairo_surface_destroy (focused);
      cairo_surface_destroy (plain[step]);
    }
  ct_graph_view_select_node (view, -1);
  ct_graph_view_fit (view);
}

static void
test_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-window-import-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "xa.txt", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
  const char *paths[] = { dir, NULL };
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  const char *report;

  g_assert_true (g_file_set_contents (good, "时间:2023-05-12\n西安与咸阳签署一体化发展合作协议,两市将共建西咸都市圈。\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  ct_window_import (window, paths);
  g_assert_true (ct_window_is_importing (window));
  while (ct_window_is_importing (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  wait_for_layout ();

  report = ct_window_get_import_report (window);
  g_assert_nonnull (report);
  g_assert_nonnull (strstr (report, "1 imported, 0 duplicates, 1 failed"));
  g_assert_nonnull (strstr (report, "empty.txt: failed: empty file"));
  g_assert_true (shows_label (GTK_WIDGET (window), "1 imported, 0 duplicates, 1 failed"));
  /* the toast's button opens a dialog that lists every file, a line each, under the counts */
  {
    GtkWidget *dialog;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-report", NULL));
    dialog = report_dialog ();
    GtkTextBuffer *lines = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_in (dialog, GTK_TYPE_TEXT_VIEW)));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, "1 imported, 0 duplicates, 1 failed");
    gtk_text_buffer_get_bounds (lines, &start, &end);
    text = gtk_text_buffer_get_text (lines, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "empty.txt: failed: empty file\nxa.txt: imported");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  /* the graph updates without a restart */
  g_assert_cmpint (ct_graph_find_node (ct_graph_view_get_graph (graph_view ()), "610100"), >=, 0);
}

typedef struct
{
  guint calls;
  gboolean finished;
  GArray *results;
} Progress;

static void
count_progress (guint done, guint total, const char *path, gpointer data)
{
  Progress *progress = data;

  g_assert_false (progress->finished);
  progress->calls++;
}

static void
progress_import_done (GObject *source, GAsyncResult *result, gpointer data)
{
  Progress *progress = data;

  progress->results = ct_import_job_finish (result, NULL);
  progress->finished = TRUE;
}

/* progress comes at most four times a second, whatever the number of
 * files, and never after the import is over */
static void
test_import_progress (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-window-progress-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "p.cityties", NULL);
  g_autofree char *folder = g_build_filename (dir, "files", NULL);
  const char *paths[] = { folder, NULL };
  Progress progress = { 0 };
  gint64 start = g_get_monotonic_time (), elapsed, quiet;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("%03u.txt", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = g_strdup_printf ("时间:2023-05-%02u\n西安与咸阳签署第%u份一体化发展合作协议,两市将共建西咸都市圈。\n",
                                               1 + i % 28, i + 1);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  ct_import_job_run (project, paths, count_progress, &progress, NULL, progress_import_done, &progress);
  while (!progress.finished)
    g_main_context_iteration (NULL, TRUE);
  elapsed = g_get_monotonic_time () - start;
  g_assert_nonnull (progress.results);
  g_assert_cmpuint (progress.results->len, ==, 300);
  g_test_message ("300 files in %.2f s, %u progress updates", elapsed / 1e6, progress.calls);
  g_assert_cmpuint (progress.calls, <=, elapsed / (250 * 1000) + 1);
  /* a delivery still pending (the first one is due 250 ms after the start,
   * often after the end) says nothing */
  quiet = g_get_monotonic_time () + 400 * 1000;
  while (g_get_monotonic_time () < quiet)
    g_main_context_iteration (NULL, FALSE);
  g_array_unref (progress.results);
}

/* Many groupings, a timeline lane each: the lanes scroll in their pane
 * and the graph keeps its room (the articles of tests/articles make ~60) */
static void
test_many_lanes (void)
{
  g_autofree char *articles = ct_test_source_path ("tests", "articles", NULL);
  const char *paths[] = { articles, NULL };
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GtkWidget *view = GTK_WIDGET (graph_view ());

  ct_window_import (window, paths);
  while (ct_window_is_importing (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  wait_for_layout ();
  g_assert_cmpint (ct_graph_view_get_graph (CT_GRAPH_VIEW (view))->nodes->len, >, 500);
  wait_for_frame (view);
  g_assert_cmpint (gtk_widget_get_height (view), >, gtk_widget_get_height (GTK_WIDGET (window)) / 2);
}

static void
test_screenshot (void)
{
  /* a window cannot paint itself into a paintable; its content can */
  GtkWidget *widget = gtk_widget_get_first_child (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            "window.png", NULL);
  int w, h;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* the README's picture: 镇江市 selected, its evidence beside the graph */
  ct_graph_view_fit (graph_view ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-node", "s", "321100");
  /* until the window is mapped and has drawn a frame */
  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* and the graph's sharp picture has come from its worker */
  while (!ct_graph_view_is_sharp (graph_view ()) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  g_assert_cmpint (w, >, 0);
  /* the window's own background is not part of its content */
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1.0 }, &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, w);
  g_test_message ("screenshot: %s", path);
}

/* a picture's tiles: row by row, runs of columns where anything is drawn,
 * showing the image's pixels, shorter at the bottom */
static void
test_texture_tiles (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 20, 300);
  g_autoptr(GPtrArray) tiles = NULL;
  const CtTextureTile *tile;
  guint32 pixels[16 * 128];
  gint stride = cairo_image_surface_get_stride (image);
  struct { gint x, y, width, height; } expected[] = { { 16, 0, 4, 128 }, { 0, 128, 16, 128 }, { 8, 256, 8, 300 - 256 } };

  /* clear but for columns 8–15 of rows 128–299, a pixel at 17, 5 and one at 3, 200 */
  for (int y = 128; y < 300; y++)
    for (int x = 8; x < 16; x++)
      ((guint32 *) (cairo_image_surface_get_data (image) + y * stride))[x] = 0xff000000 | (guint32) y << 8 | (guint32) x;
  ((guint32 *) (cairo_image_surface_get_data (image) + 5 * stride))[17] = 0xffffffff;
  ((guint32 *) (cairo_image_surface_get_data (image) + 200 * stride))[3] = 0xffffffff;
  cairo_surface_mark_dirty (image);
  tiles = ct_texture_tiles_new_for_surface (image, 8, 128);   /* takes the image, which the tiles show */
  g_assert_cmpuint (tiles->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < tiles->len; i++)
    {
      gint w, h;

      tile = g_ptr_array_index (tiles, i);
      w = gdk_texture_get_width (tile->texture);
      h = gdk_texture_get_height (tile->texture);
      g_assert_cmpint (tile->x, ==, expected[i].x);
      g_assert_cmpint (tile->y, ==, expected[i].y);
      g_assert_cmpint (w, ==, expected[i].width);
      g_assert_cmpint (h, ==, expected[i].height);
      gdk_texture_download (tile->texture, (guchar *) pixels, w * sizeof (guint32));
      /* its last pixel is the image's there */
      g_assert_cmphex (pixels[(h - 1) * w + w - 1], ==,
                       ((guint32 *) (cairo_image_surface_get_data (image) + (tile->y + h - 1) * stride))[tile->x + w - 1]);
    }
  g_assert_cmphex (pixels[(300 - 256 - 1) * 8 + 7], ==, 0xff000000 | 299u << 8 | 15);
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-window-XXXXXX", NULL);
  g_autofree char *project = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  project = ct_cli_prepare_project (NULL, &error);
  g_assert_no_error (error);
  window = ct_window_new (NULL, project);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/window/bundled-graph", test_bundled_graph);
  g_test_add_func ("/window/switch-engine", test_switch_engine);
  g_test_add_func ("/window/select-shows-evidence", test_select_shows_evidence);
  g_test_add_func ("/window/screenshot", test_screenshot);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/curation", test_curation);
  g_test_add_func ("/window/review", test_review);
  g_test_add_func ("/window/read-only-project", test_read_only_project);
  g_test_add_func ("/window/documents", test_documents);
  g_test_add_func ("/window/time-range", test_time_range);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/screen-matches-export", test_screen_matches_export);
  g_test_add_func ("/window/selection-drawn", test_selection_drawn);
  g_test_add_func ("/window/import", test_import);
  g_test_add_func ("/window/import-progress", test_import_progress);
  g_test_add_func ("/window/many-lanes", test_many_lanes);
  g_test_add_func ("/texture/tiles", test_texture_tiles);
  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  return status;
}
