/* test-export.c: PNG, SVG and PDF of the bundled graph, checked by real parsers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-export.h"
#include "ct-export-data.h"
#include "ct-importer.h"
#include "ct-layout.h"
#include "ct-render.h"
#include "ct-test-util.h"

static char *dir;
static CtGraph *graph;

static char *
run (const char *command_line, int *status)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_command_line_sync (command_line, &out, NULL, status, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

static char *
export (const char *name, double scale)
{
  char *path = g_build_filename (dir, name, NULL);
  CtExportOptions options;
  g_autoptr(GError) error = NULL;

  ct_export_options_init (&options);
  options.scale = scale;
  g_assert_true (ct_export_picture (graph, path, &options, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_svg (void)
{
  g_autofree char *path = export ("graph.svg", 1);
  g_autofree char *command = g_strdup_printf ("xmllint --noout %s", path);
  g_autofree char *svg = NULL;
  int status;

  g_free (run (command, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  /* Chinese labels as glyph outlines, so the file renders without the font */
  g_assert_null (strstr (svg, "<text"));
  g_assert_nonnull (strstr (svg, "<symbol"));
}

static void
test_pdf_embeds_cjk_font (void)
{
  g_autofree char *path = export ("graph.pdf", 1);
  g_autofree char *command = g_strdup_printf ("pdffonts %s", path);
  int status;
  g_autofree char *fonts = run (command, &status);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (fonts, "NotoSansCJK"));
  g_assert_nonnull (strstr (fonts, " yes yes "));   /* embedded, subset */
}

static void
test_png_follows_scale (void)
{
  g_autofree char *one = export ("graph1.png", 1);
  g_autofree char *two = export ("graph2.png", 2);
  cairo_surface_t *a = cairo_image_surface_create_from_png (one);
  cairo_surface_t *b = cairo_image_surface_create_from_png (two);

  g_assert_cmpint (cairo_surface_status (a), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (abs (cairo_image_surface_get_width (b) - 2 * cairo_image_surface_get_width (a)), <=, 1);
  g_assert_cmpint (abs (cairo_image_surface_get_height (b) - 2 * cairo_image_surface_get_height (a)), <=, 1);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static char *
export_data (CtGraph *g, const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_export_data (g, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Exports @g as @name, checks it with xmllint and returns its text. */
static char *
export_valid_xml (CtGraph *g, const char *name)
{
  g_autofree char *path = export_data (g, name);
  g_autofree char *command = g_strdup_printf ("xmllint --noout %s", path);
  char *contents = NULL;
  int status;

  g_free (run (command, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* neato -n2 keeps the positions it is given: they must be ours. */
static void
test_dot_keeps_positions (void)
{
  g_autofree char *path = export_data (graph, "graph.dot");
  g_autofree char *command = g_strdup_printf ("neato -n2 -Tplain %s", path);
  int status;
  g_autofree char *plain = run (command, &status);
  g_auto(GStrv) lines = g_strsplit (plain, "\n", -1);
  guint checked = 0;

  g_assert_cmpint (status, ==, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", -1);
      gint node;
      const CtGraphNode *n;

      if (g_strv_length (f) < 4 || !g_str_equal (f[0], "node"))
        continue;
      /* plain output quotes names with a colon */
      if (f[1][0] == '"')
        {
          memmove (f[1], f[1] + 1, strlen (f[1]));
          f[1][strlen (f[1]) - 1] = '\0';
        }
      node = ct_graph_find_node (graph, f[1]);
      g_assert_cmpint (node, >=, 0);
      n = g_ptr_array_index (graph->nodes, node);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[2], NULL) * 72, n->x, 0.5);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[3], NULL) * 72, graph->height - n->y, 0.5);
      checked++;
    }
  g_assert_cmpuint (checked, ==, graph->nodes->len);
}

/* Names with markup characters still give valid XML. */
static void
test_xml_escaping (void)
{
  const char *json =
    "{\"nodes\": [{\"id\": \"310000\", \"kind\": \"place\", \"name\": \"上海市\", \"level\": \"province\"},"
    "  {\"id\": \"grouping:x\", \"kind\": \"alliance\", \"name\": \"<script>&amp; ]]> \\\"q\\\" 'a'\"}],"
    " \"edges\": [{\"source\": \"310000\", \"target\": \"grouping:x\", \"kind\": \"membership\"}]}";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(CtGraph) g = NULL;
  const char *formats[] = { "odd.gexf", "odd.graphml" };

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  g = ct_graph_new_from_export (json_parser_get_root (parser));
  ct_render_measure (g);
  g_assert_true (ct_layout_run (g, "dot", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *contents = export_valid_xml (g, formats[i]);

      g_assert_null (strstr (contents, "<script>"));
    }
}

static void
test_gexf_and_graphml_valid (void)
{
  const char *formats[] = { "graph.gexf", "graph.graphml" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *contents = export_valid_xml (graph, formats[i]);

      g_assert_nonnull (strstr (contents, "上海市"));
    }
  /* ties dated in the text become spells on Gephi's timeline */
  {
    g_autofree char *path = g_build_filename (dir, "graph.gexf", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "<spell start=\"2024-09-23\" end=\"2024-09-23\"/>"));
  }
}

static void
test_csv_rows (void)
{
  g_autofree char *path = export_data (graph, "graph.csv");
  g_autofree char *contents = NULL;
  g_auto(GStrv) rows = NULL;
  guint nodes = 0, edges = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  rows = g_strsplit (contents, "\r\n", -1);
  for (guint i = 1; rows[i] != NULL; i++)
    {
      nodes += g_str_has_prefix (rows[i], "\"node\"");
      edges += g_str_has_prefix (rows[i], "\"edge\"");
    }
  g_assert_cmpuint (nodes, ==, graph->nodes->len);
  g_assert_cmpuint (edges, ==, graph->edges->len);
}

static void
test_failed_write_leaves_nothing (void)
{
  g_autofree char *path = g_build_filename (dir, "no", "such", "folder", "graph.svg", NULL);
  CtExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  ct_export_options_init (&options);
  g_assert_false (ct_export_picture (graph, path, &options, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* and no temporary file stays behind in the export folder */
  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_false (name[0] == '.');
}

int
main (int argc, char *argv[])
{
  g_autofree char *project = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("cityties-export-XXXXXX", NULL);
  project = g_build_filename (dir, "p.cityties", NULL);
  store = ct_store_open (project, &error);
  g_assert_no_error (error);
  g_assert_true (ct_import_bundled (store, &error));
  root = ct_store_export (store, ct_gazetteer_get_default (), &error);
  graph = ct_graph_new_from_export (root);
  ct_render_measure (graph);
  g_assert_true (ct_layout_run (graph, "neato", NULL));
  g_clear_pointer (&store, ct_store_close);

  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/pdf-embeds-cjk-font", test_pdf_embeds_cjk_font);
  g_test_add_func ("/export/png-follows-scale", test_png_follows_scale);
  g_test_add_func ("/export/dot-keeps-positions", test_dot_keeps_positions);
  g_test_add_func ("/export/gexf-and-graphml-valid", test_gexf_and_graphml_valid);
  g_test_add_func ("/export/xml-escaping", test_xml_escaping);
  g_test_add_func ("/export/csv-rows", test_csv_rows);
  g_test_add_func ("/export/failed-write-leaves-nothing", test_failed_write_leaves_nothing);
  return g_test_run ();
}
