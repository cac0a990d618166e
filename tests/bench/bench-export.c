/* bench-export.c: our SVG and PNG export against Graphviz's own renderer on the same positioned graph
 *
 * Not a test: `meson test -C build --benchmark` runs it.  For the bundled
 * graph and a 2,000-node graph, each laid out once, it times our export and
 * `neato -n2 -Tsvg` / `-Tpng` on the DOT we write (the same positions), and
 * prints the ratio.  The goal is a ratio under 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "ct-bench-graph.h"
#include "ct-export.h"
#include "ct-export-data.h"
#include <glib/gstdio.h>

#include "ct-layout.h"
#include "ct-render.h"

static double
time_ours (CtGraph *graph, const char *path)
{
  CtExportOptions options;
  gint64 t0;

  ct_export_options_init (&options);
  t0 = g_get_monotonic_time ();
  g_assert_true (ct_export_picture (graph, path, &options, NULL));
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static double
time_graphviz (const char *dot, const char *format, const char *out)
{
  g_autofree char *command = g_strdup_printf ("neato -n2 -T%s -o %s %s", format, out, dot);
  gint64 t0 = g_get_monotonic_time ();
  int status;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
bench (const char *name, CtGraph *graph, const char *dir)
{
  g_autofree char *dot = g_build_filename (dir, "graph.dot", NULL);
  const char *formats[] = { "svg", "png" };

  ct_render_measure (graph);
  g_assert_true (ct_layout_run (graph, "sfdp", NULL));
  g_assert_true (ct_export_data (graph, dot, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *ours = g_strdup_printf ("%s/ours.%s", dir, formats[i]);
      g_autofree char *theirs = g_strdup_printf ("%s/graphviz.%s", dir, formats[i]);
      double a = time_ours (graph, ours), b = time_graphviz (dot, formats[i], theirs);

      GStatBuf ours_stat, theirs_stat;

      g_assert_cmpint (g_stat (ours, &ours_stat), ==, 0);
      g_assert_cmpint (g_stat (theirs, &theirs_stat), ==, 0);
      g_print ("%s, %u nodes, %s: ours %.0f ms, neato -n2 %.0f ms, ratio %.2f (files %.0f KB and %.0f KB)\n", name,
               graph->nodes->len, formats[i], a, b, a / b, ours_stat.st_size / 1024.0, theirs_stat.st_size / 1024.0);
    }
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-bench-XXXXXX", NULL);
  g_autoptr(CtGraph) bundled = NULL;
  g_autoptr(CtGraph) big = NULL;

  setlocale (LC_ALL, "");
  bundled = ct_bench_bundled_graph (dir);
  bench ("bundled", bundled, dir);
  big = ct_bench_synthetic_graph (2000, 3000);
  bench ("synthetic", big, dir);
  return 0;
}
