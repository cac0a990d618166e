/* bench-window.c: frame times of the graph view while a user zooms and pans a 2,000-node graph
 *
 * Not a test: `meson test -C build --benchmark` runs it under Xvfb and
 * prints the times.  A frame is what GTK does between the frame clock's
 * before-paint and after-paint: the view's snapshot and the renderer
 * drawing it.  The script zooms from the whole graph in to where labels are
 * readable, pans across, and waits for the sharp pictures drawn off the
 * main thread.  The goal is every frame under 16 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <locale.h>

#include "ct-bench-graph.h"
#include "ct-graph-view.h"
#include "ct-layout.h"
#include "ct-render.h"

typedef struct
{
  CtGraphView *view;
  GMainLoop *loop;
  gint64 paint_start;
  GArray *frames;        /* double, ms */
  guint step;
} Bench;

/* zoom in twelve steps from the fitted graph (scale ~0.16 to ~0.85), pan,
 * zoom out again; a few idle frames between so pictures can arrive */
#define ZOOM_STEPS 12
#define PAN_STEPS 24

static void
before_paint (GdkFrameClock *clock, Bench *bench)
{
  bench->paint_start = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock, Bench *bench)
{
  double ms = (g_get_monotonic_time () - bench->paint_start) / 1000.0;

  if (bench->paint_start > 0)
    g_array_append_val (bench->frames, ms);

  bench->paint_start = 0;
}

static gboolean
next_step (gpointer data)
{
  Bench *bench = data;
  guint s = bench->step++;

  if (s < ZOOM_STEPS)
    ct_graph_view_zoom (bench->view, 1.15);
  else if (s < ZOOM_STEPS + PAN_STEPS)
    ct_graph_view_pan (bench->view, s % 2 ? -60 : -30, s % 3 ? -25 : 20);
  else if (s < 2 * ZOOM_STEPS + PAN_STEPS)
    ct_graph_view_zoom (bench->view, 1 / 1.15);
  else
    {
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gint
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int argc, char *argv[])
{
  Bench bench = { 0 };
  GtkWidget *window;
  CtGraph *graph;
  GdkFrameClock *clock;
  double total = 0, worst = 0, opening;
  guint over = 0;

  setlocale (LC_ALL, "");
  gtk_init ();
  graph = ct_bench_synthetic_graph (2000, 3000);
  ct_render_measure (graph);
  g_assert_true (ct_layout_run (graph, "sfdp", NULL));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  bench.view = g_object_new (CT_TYPE_GRAPH_VIEW, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (bench.view));
  ct_graph_view_set_graph (bench.view, graph);
  gtk_window_present (GTK_WINDOW (window));

  bench.frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench.loop = g_main_loop_new (NULL, FALSE);
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &bench);
  /* a user's input rate: one change every 50 ms leaves time for pictures */
  g_timeout_add (50, next_step, &bench);
  g_main_loop_run (bench.loop);

  /* the first frame opens the view: it draws the first picture and the
   * renderer sets itself up; it is reported apart */
  g_assert_cmpuint (bench.frames->len, >, 1);
  opening = g_array_index (bench.frames, double, 0);
  g_array_remove_index (bench.frames, 0);
  for (guint i = 0; i < bench.frames->len; i++)
    {
      double ms = g_array_index (bench.frames, double, i);

      total += ms;
      worst = MAX (worst, ms);
      over += ms > 16;
    }
  g_array_sort (bench.frames, compare_doubles);
  g_print ("graph view, 2000 nodes, %s: opening frame %.1f ms, then %u frames while zooming and panning\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), opening, bench.frames->len);
  g_print ("  mean %.1f ms, median %.1f ms, worst %.1f ms, %u over 16 ms (goal: none)\n",
           total / MAX (bench.frames->len, 1), g_array_index (bench.frames, double, bench.frames->len / 2), worst, over);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (bench.frames);
  g_main_loop_unref (bench.loop);
  return 0;
}
