/* ct-bench-graph.c: graphs for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-bench-graph.h"
#include "ct-gazetteer.h"
#include "ct-importer.h"

/* Real division names, random ties: a graph shaped like a big project. */
CtGraph *
ct_bench_synthetic_graph (guint n_nodes,
                          guint n_edges)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_nodes; i++)
    {
      const CtDivision *d = ct_gazetteer_get_division (gazetteer, i % ct_gazetteer_get_n_divisions (gazetteer));
      g_autofree char *id = g_strdup_printf ("%u", i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, "place");
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, d->name);
      json_builder_set_member_name (b, "level");
      json_builder_add_string_value (b, "prefecture");
      json_builder_set_member_name (b, "province");
      json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, ct_gazetteer_get_province (gazetteer, i % ct_gazetteer_get_n_divisions (gazetteer)))->name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_edges; i++)
    {
      /* a spanning tree first, then extra edges; both mostly between nearby
       * nodes, as cooperation is mostly regional */
      guint target = i + 1 < n_nodes ? i + 1 : (guint) g_rand_int_range (rand, 0, n_nodes);
      guint source = i + 1 < n_nodes ? (guint) g_rand_int_range (rand, MAX ((gint) i - 20, 0), i + 1)
                                     : (guint) CLAMP ((gint) target + g_rand_int_range (rand, -50, 51), 0, (gint) n_nodes - 1);
      g_autofree char *s = g_strdup_printf ("%u", source), *t = g_strdup_printf ("%u", target);

      if (source == target)
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, s);
      json_builder_set_member_name (b, "target");
      json_builder_add_string_value (b, t);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, "tie");
      json_builder_set_member_name (b, "reasons");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, i % 3 ? "agreement" : "event");
      json_builder_end_object (b);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return ct_graph_new_from_export (root);
}

/* The graph of the bundled articles, from a fresh project in @dir. */
CtGraph *
ct_bench_bundled_graph (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "bench.cityties", NULL);
  g_autoptr(CtStore) store = ct_store_open (path, NULL);
  g_autoptr(JsonNode) root = NULL;

  g_assert_nonnull (store);
  g_assert_true (ct_import_bundled (store, NULL));
  root = ct_store_export (store, ct_gazetteer_get_default (), NULL);
  return ct_graph_new_from_export (root);
}
