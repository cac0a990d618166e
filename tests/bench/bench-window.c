/* bench-window.c: frame times of the graph view while a user zooms and pans, beside GTK's cheapest frame
 *
 * Not a test: `meson test -C build --benchmark` runs it under Xvfb and
 * prints the times.  A frame is what GTK does between the frame clock's
 * before-paint and after-paint: the view's snapshot and the renderer
 * drawing it.  The script zooms from the whole graph in to where labels are
 * readable, pans across, and zooms out, one step every 50 ms (a user's
 * pace), while sharp pictures arrive from the worker.
 *
 * How long a frame takes depends on the renderer more than on us: under
 * Xvfb GTK draws with Mesa's software GL.  So the same script runs first
 * on a floor, a widget that only moves and scales one ready texture as big
 * as the view's picture, the least a frame that redraws the whole view can
 * do, and the view's frames are given as ratios of the floor's.  The goal
 * is every frame under 16 ms; where the floor itself is over, ours should
 * be no slower than it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-bench-graph.h"
#include "ct-cli.h"
#include "ct-graph-view.h"
#include "ct-layout.h"
#include "ct-render.h"
#include "ct-window.h"

/* The floor: one texture, moved and scaled like the view's picture. */
#define BENCH_TYPE_FLOOR (bench_floor_get_type ())
G_DECLARE_FINAL_TYPE (BenchFloor, bench_floor, BENCH, FLOOR, GtkWidget)

struct _BenchFloor
{
  GtkWidget parent_instance;
  GdkTexture *texture;
  double zoom, x, y;
  gboolean square;   /* a small square instead: what any frame of the window costs */
};

G_DEFINE_FINAL_TYPE (BenchFloor, bench_floor, GTK_TYPE_WIDGET)

static void
bench_floor_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  BenchFloor *self = BENCH_FLOOR (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  if (self->texture == NULL)
    {
      /* the view's picture: the view and a quarter more on each side */
      gint tw = w * 1.5, th = h * 1.5;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tw, th);
      g_autoptr(GBytes) bytes = NULL;
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgba (cr, 0.2, 0.4, 0.6, 0.5);
      for (int i = 0; i < 400; i++)
        cairo_rectangle (cr, (i * 37) % tw, (i * 53) % th, 30, 12);
      cairo_fill (cr);
      cairo_destroy (cr);
      bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) cairo_image_surface_get_stride (surface) * th);
      self->texture = gdk_memory_texture_new (tw, th, GDK_MEMORY_DEFAULT, bytes, cairo_image_surface_get_stride (surface));
      cairo_surface_destroy (surface);
      self->x = -w / 4;
      self->y = -h / 4;
    }
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (self->square)
    {
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.2, 0.4, 0.6, 1 },
                                 &GRAPHENE_RECT_INIT (w / 2 + self->x / 4, h / 2 + self->y / 4, 40, 40));
      gtk_snapshot_pop (snapshot);
      return;
    }
  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT (self->x, self->y, gdk_texture_get_width (self->texture) * self->zoom,
                                                    gdk_texture_get_height (self->texture) * self->zoom));
  gtk_snapshot_pop (snapshot);
}

static void
bench_floor_dispose (GObject *object)
{
  g_clear_object (&BENCH_FLOOR (object)->texture);
  G_OBJECT_CLASS (bench_floor_parent_class)->dispose (object);
}

static void
bench_floor_class_init (BenchFloorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bench_floor_dispose;
  GTK_WIDGET_CLASS (klass)->snapshot = bench_floor_snapshot;
}

static void
bench_floor_init (BenchFloor *self)
{
  self->zoom = 1.0;
}

typedef struct
{
  GtkWidget *widget;       /* a CtGraphView or a BenchFloor */
  GMainLoop *loop;
  gint64 paint_start;
  GArray *frames;          /* double, ms */
  guint step;
} Run;

/* zoom in twelve steps (for the 2,000-node graph from a scale of ~0.16 to
 * ~0.85), pan, zoom out again */
#define ZOOM_STEPS 12
#define PAN_STEPS 24

static void
zoom (Run *run, double factor)
{
  if (CT_IS_GRAPH_VIEW (run->widget))
    ct_graph_view_zoom (CT_GRAPH_VIEW (run->widget), factor);
  else
    {
      BenchFloor *floor = BENCH_FLOOR (run->widget);
      double cx = gtk_widget_get_width (run->widget) / 2.0, cy = gtk_widget_get_height (run->widget) / 2.0;

      floor->x = cx - (cx - floor->x) * factor;
      floor->y = cy - (cy - floor->y) * factor;
      floor->zoom *= factor;
      gtk_widget_queue_draw (run->widget);
    }
}

static void
pan (Run *run, double dx, double dy)
{
  if (CT_IS_GRAPH_VIEW (run->widget))
    ct_graph_view_pan (CT_GRAPH_VIEW (run->widget), dx, dy);
  else
    {
      BENCH_FLOOR (run->widget)->x += dx;
      BENCH_FLOOR (run->widget)->y += dy;
      gtk_widget_queue_draw (run->widget);
    }
}

static gboolean
next_step (gpointer data)
{
  Run *run = data;
  guint s = run->step++;

  if (s < ZOOM_STEPS)
    zoom (run, 1.15);
  else if (s < ZOOM_STEPS + PAN_STEPS)
    pan (run, s % 2 ? -60 : -30, s % 3 ? -25 : 20);
  else if (s < 2 * ZOOM_STEPS + PAN_STEPS)
    zoom (run, 1 / 1.15);
  else
    {
      g_main_loop_quit (run->loop);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
before_paint (GdkFrameClock *clock, Run *run)
{
  run->paint_start = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock, Run *run)
{
  double ms = (g_get_monotonic_time () - run->paint_start) / 1000.0;

  if (run->paint_start > 0)
    g_array_append_val (run->frames, ms);
  run->paint_start = 0;
}

static gint
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef struct
{
  double median, p90, worst;
  guint over, count;
} Summary;

/* Runs the script on @widget, in a window of its own unless it is in one,
 * once it shows what it shows at first: the renderer setting up and the
 * view's first picture are not zooming or panning. */
static Summary
run_script (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  Run run = { widget, g_main_loop_new (NULL, FALSE), 0, g_array_new (FALSE, FALSE, sizeof (double)), 0 };
  GdkFrameClock *clock;
  Summary summary = { 0 };

  if (window == NULL)
    {
      window = gtk_window_new ();
      gtk_window_set_child (GTK_WINDOW (window), widget);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window) || (CT_IS_GRAPH_VIEW (widget) && !ct_graph_view_is_sharp (CT_GRAPH_VIEW (widget))))
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &run);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &run);
  g_timeout_add (50, next_step, &run);
  g_main_loop_run (run.loop);
  g_signal_handlers_disconnect_by_data (clock, &run);

  g_assert_cmpuint (run.frames->len, >, 1);
  g_array_sort (run.frames, compare_doubles);
  summary.count = run.frames->len;
  summary.median = g_array_index (run.frames, double, run.frames->len / 2);
  summary.p90 = g_array_index (run.frames, double, run.frames->len * 9 / 10);
  summary.worst = g_array_index (run.frames, double, run.frames->len - 1);
  for (guint i = 0; i < run.frames->len; i++)
    summary.over += g_array_index (run.frames, double, i) > 16;
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (run.frames);
  g_main_loop_unref (run.loop);
  return summary;
}

static void
print_summary (const char *name, const Summary *ours, const Summary *floor)
{
  g_print ("%s: %u frames of the graph view, %u of the floor (one texture moved)\n", name, ours->count, floor->count);
  g_print ("  median %.1f ms (floor %.1f, ratio %.2f), 90%% %.1f ms (floor %.1f, ratio %.2f), "
           "worst %.1f ms (floor %.1f), over 16 ms: %u (floor %u)\n",
           ours->median, floor->median, ours->median / floor->median, ours->p90, floor->p90, ours->p90 / floor->p90,
           ours->worst, floor->worst, ours->over, floor->over);
}

/* The same script on the graph view of the application's window, on the
 * default project (the bundled articles), as a user sees it. */
static void
bench_app_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtApplication) app = NULL;
  g_autofree char *project = NULL;
  CtWindow *window;   /* destroyed by run_script() */
  Summary floor, ours;

  /* registered, the application has started up as for a user: its style
   * sheet is loaded; g_application_run() would name the program */
  g_set_prgname ("bench-window");
  app = ct_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  project = ct_cli_prepare_project (NULL, &error);
  g_assert_no_error (error);
  window = ct_window_new (GTK_APPLICATION (app), project);
  floor = run_script (g_object_new (BENCH_TYPE_FLOOR, NULL));
  ours = run_script (GTK_WIDGET (ct_window_get_graph_view (window)));
  print_summary ("the app window, bundled articles", &ours, &floor);
}

/* With @selected >= 0 that node is selected: it and its ties are drawn
 * over the picture in every frame. */
static void
bench (const char *name, CtGraph *graph, gint selected)
{
  GtkWidget *view = g_object_new (CT_TYPE_GRAPH_VIEW, NULL);
  Summary floor, ours;

  floor = run_script (g_object_new (BENCH_TYPE_FLOOR, NULL));
  ct_graph_view_set_graph (CT_GRAPH_VIEW (view), ct_graph_ref (graph));
  ct_graph_view_select_node (CT_GRAPH_VIEW (view), selected);
  ours = run_script (view);
  print_summary (name, &ours, &floor);
}

/* the node with the most ties */
static gint
most_tied (CtGraph *graph)
{
  g_autofree guint *ties = g_new0 (guint, graph->nodes->len);
  gint best = 0;

  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

      ties[e->source]++;
      ties[e->target]++;
    }
  for (guint i = 0; i < graph->nodes->len; i++)
    if (ties[i] > ties[best])
      best = i;
  return best;
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-bench-XXXXXX", NULL);
  CtGraph *bundled, *synthetic;

  setlocale (LC_ALL, "");
  g_setenv ("XDG_DATA_HOME", dir, TRUE);   /* the app window's default project goes there */
  gtk_init ();
  bundled = ct_bench_bundled_graph (dir);
  synthetic = ct_bench_synthetic_graph (2000, 3000);
  ct_render_measure (bundled);
  ct_render_measure (synthetic);
  g_assert_true (ct_layout_run (bundled, "dot", NULL));
  g_assert_true (ct_layout_run (synthetic, "sfdp", NULL));
  g_print ("renderer: %s\n", g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "GTK's default (GL)");
  {
    /* under Xvfb GTK's GL renderer redraws and sends the whole window in
     * every frame, however little changed: the cost of any frame here */
    BenchFloor *square = g_object_new (BENCH_TYPE_FLOOR, NULL);
    Summary s;

    square->square = TRUE;
    s = run_script (GTK_WIDGET (square));
    g_print ("a window that only moves a 40-pixel square: median %.1f ms, 90%% %.1f ms, worst %.1f ms\n",
             s.median, s.p90, s.worst);
  }
  bench ("bundled graph", bundled, -1);
  bench ("bundled graph, a place selected", bundled, most_tied (bundled));
  bench ("2,000 nodes", synthetic, -1);
  bench_app_window ();
  return 0;
}
