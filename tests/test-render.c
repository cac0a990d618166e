/* test-render.c: layouts from Graphviz drawn with Cairo: pixels where the nodes are, hits where they are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>

#include "ct-importer.h"
#include "ct-layout.h"
#include "ct-render.h"
#include "ct-test-util.h"

static CtGraph *
bundled_graph (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.cityties", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(JsonNode) export = NULL;

  g_assert_no_error (error);
  g_assert_true (ct_import_bundled (store, &error));
  export = ct_store_export (store, ct_gazetteer_get_default (), &error);
  g_assert_no_error (error);
  return ct_graph_new_from_export (export);
}

static void
test_every_engine_places_every_node (void)
{
  g_autoptr(CtGraph) graph = bundled_graph ();

  ct_render_measure (graph);
  for (guint e = 0; ct_layout_engines[e] != NULL; e++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ct_layout_run (graph, ct_layout_engines[e], &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (graph->width, >, 0);
      for (guint i = 0; i < graph->nodes->len; i++)
        {
          const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

          g_assert_cmpfloat (n->x, >=, 0);
          g_assert_cmpfloat (n->x, <=, graph->width + 1);
          g_assert_cmpfloat (n->y, >=, 0);
          g_assert_cmpfloat (n->y, <=, graph->height + 1);
        }
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ct_layout_run (graph, "nosuchengine", &error));
    g_assert_nonnull (error);
  }
}

static void
test_render_pixels_and_hits (void)
{
  g_autoptr(CtGraph) graph = bundled_graph ();
  cairo_surface_t *surface;
  cairo_t *cr;
  CtRenderOptions options;
  gint shanghai = ct_graph_find_node (graph, "310000");
  const CtGraphNode *n;
  guchar *data;
  gint stride;

  g_assert_cmpint (shanghai, >=, 0);
  ct_render_measure (graph);
  g_assert_true (ct_layout_run (graph, "neato", NULL));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) graph->width + 1, (int) graph->height + 1);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ct_render_options_init (&options);
  ct_render_graph (cr, graph, &options);
  cairo_surface_flush (surface);

  /* the node's fill colour is at its left edge (inside the ellipse, outside the label) */
  n = g_ptr_array_index (graph->nodes, shanghai);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  {
    double rgb[3];
    int x = (int) (n->x - n->width / 2 + 5), y = (int) n->y;
    guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

    ct_render_node_colour (n, rgb);
    g_assert_cmpint (abs ((int) ((pixel >> 16) & 0xff) - (int) (rgb[0] * 255)), <=, 3);
    g_assert_cmpint (abs ((int) ((pixel >> 8) & 0xff) - (int) (rgb[1] * 255)), <=, 3);
    g_assert_cmpint (abs ((int) (pixel & 0xff) - (int) (rgb[2] * 255)), <=, 3);
  }
  /* and the background far from every node is still white */
  g_assert_cmpint (*(guint32 *) data & 0xffffff, ==, 0xffffff);

  g_assert_cmpint (ct_render_hit_node (graph, n->x, n->y), ==, shanghai);
  g_assert_cmpint (ct_render_hit_node (graph, n->x + n->width, n->y + n->height * 5), !=, shanghai);
  /* an edge is hit on its route, unless a time filter hides it */
  {
    const CtGraphEdge *e = NULL;
    guint index = 0;
    double x, y;

    for (guint i = 0; i < graph->edges->len && e == NULL; i++)
      {
        const CtGraphEdge *candidate = g_ptr_array_index (graph->edges, i);

        if (!candidate->membership && candidate->points->len >= 8 && candidate->events > 0)
          {
            e = candidate;
            index = i;
          }
      }
    g_assert_nonnull (e);
#define P(k) g_array_index (e->points, double, k)
    /* the middle of the first cubic Bézier segment: (P0 + 3 P1 + 3 P2 + P3) / 8 */
    x = (P (0) + 3 * P (2) + 3 * P (4) + P (6)) / 8;
    y = (P (1) + 3 * P (3) + 3 * P (5) + P (7)) / 8;
#undef P
    g_assert_cmpint (ct_render_hit_edge (graph, &options, x, y, 2.0), ==, index);
    options.time_filter = TRUE;
    options.from = 1900 * 12;
    options.to = 1901 * 12;
    g_assert_cmpint (ct_render_hit_edge (graph, &options, x, y, 2.0), !=, index);
    options.time_filter = FALSE;
  }
  if (g_getenv ("CT_TEST_SAVE") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("CT_TEST_SAVE"));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/every-engine-places-every-node", test_every_engine_places_every_node);
  g_test_add_func ("/render/pixels-and-hits", test_render_pixels_and_hits);
  return g_test_run ();
}
