/* bench-render.c: how long the renderer takes to draw the bundled graph and a 2,000-node graph
 *
 * Not a test: `meson test -C build --benchmark` runs it and prints the times.
 * The synthetic graph has real division names and mostly regional ties.
 * What is measured is a full drawing of a 1400×900 view: the whole graph
 * fitted, then close enough for labels.  The graph view does this off the
 * main thread (ct-graph-picture.c), so it is how long a sharp picture takes
 * to arrive after zooming stops; the frames themselves are measured by
 * bench-window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "ct-bench-graph.h"
#include "ct-layout.h"
#include "ct-render.h"

static void
bench (const char *name, CtGraph *graph)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1400, 900);
  CtRenderOptions options;
  gint64 start = g_get_monotonic_time ();
  double total = 0, worst = 0;
  const guint frames = 20;

  ct_render_measure (graph);
  g_assert_true (ct_layout_run (graph, "sfdp", NULL));
  g_print ("%s: %u nodes, %u edges, measure + sfdp layout %.0f ms\n", name, graph->nodes->len, graph->edges->len,
           (g_get_monotonic_time () - start) / 1000.0);

  ct_render_options_init (&options);
  for (guint zoom = 0; zoom < 2; zoom++)
    {
      /* first the whole graph fitted, then close enough for labels (10 pt at 0.6 = 6 px) at its centre */
      options.scale = zoom ? 0.6 : MIN (1400 / graph->width, 900 / graph->height);
      total = worst = 0;
      for (guint f = 0; f < frames; f++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 t0 = g_get_monotonic_time ();
          double ms;

          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          if (zoom)
            cairo_translate (cr, 700 - graph->width / 2 * options.scale, 450 - graph->height / 2 * options.scale);
          cairo_scale (cr, options.scale, options.scale);
          ct_render_graph (cr, graph, &options);
          cairo_surface_flush (surface);
          cairo_destroy (cr);
          ms = (g_get_monotonic_time () - t0) / 1000.0;
          total += ms;
          worst = MAX (worst, ms);
        }
      g_print ("  drawing at %s (scale %.2f): mean %.1f ms, worst %.1f ms\n",
               zoom ? "labels shown" : "fit", options.scale, total / frames, worst);
    }
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_autoptr(CtGraph) big = NULL;

  setlocale (LC_ALL, "");
  big = ct_bench_synthetic_graph (2000, 3000);
  bench ("synthetic", big);
  return 0;
}
