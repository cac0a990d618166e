/* ct-cli.c: what cityties does without a window
 *
 * Output goes to stdout (JSON, one line per imported file, a summary);
 * problems go to stderr naming the file and the reason; the exit status is 1
 * when anything failed.  Files written are written whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-cli.h"
#include "ct-export.h"
#include "ct-export-data.h"
#include "ct-extractor.h"
#include "ct-layout.h"
#include "ct-render.h"
#include "ct-importer.h"
#include "ct-reextract.h"
#include "ct-store.h"

char *
ct_cli_default_project_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cityties", "default.cityties", NULL);
}

/* Opens @project, or the default project, made from the bundled articles the first time. */
static CtStore *
open_project (const char *project, GError **error)
{
  g_autofree char *path = project ? g_strdup (project) : ct_cli_default_project_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  gboolean fresh = !g_file_test (path, G_FILE_TEST_EXISTS);
  g_autoptr(CtStore) store = NULL;

  if (project == NULL && g_mkdir_with_parents (folder, 0755) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), _("%s: cannot create the folder"), folder);
      return NULL;
    }
  store = ct_store_open (path, error);
  if (store == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  if (project == NULL && fresh && !ct_import_bundled (store, error))
    return NULL;
  return g_steal_pointer (&store);
}

/* The path of @project, or of the default project, made if need be and
 * checked to open; for the window, which opens it itself. */
char *
ct_cli_prepare_project (const char  *project,
                        GError     **error)
{
  g_autoptr(CtStore) store = open_project (project, error);

  if (store == NULL)
    return NULL;
  return project ? g_strdup (project) : ct_cli_default_project_path ();
}

int
ct_cli_extract (const char * const *files)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GPtrArray) paths = ct_import_collect (files);
  g_autofree char *json = NULL;
  int status = 0;

  json_builder_begin_array (builder);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(CtDocument) document = ct_document_new_from_file (file, &error);
      g_autoptr(CtExtraction) extraction = NULL;

      if (document == NULL)
        {
          g_printerr ("%s: %s\n", path, error->message);
          status = 1;
          continue;
        }
      extraction = ct_extract (gazetteer, document);
      json_builder_add_value (builder, ct_extraction_to_json (extraction, gazetteer));
    }
  json_builder_end_array (builder);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, json_builder_get_root (builder));
  json = json_generator_to_data (generator, NULL);
  g_print ("%s\n", json);
  return status;
}

int
ct_cli_import (const char         *project,
               const char * const *paths)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_project (project, &error);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GArray) results = NULL;
  int status = 0;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  files = ct_import_collect (paths);
  results = ct_import_files (store, files, NULL, NULL, NULL, &error);
  if (results == NULL)
    {
      g_printerr (_("%s: nothing was imported: %s\n"), project, error->message);
      return 1;
    }
  for (guint i = 0; i < results->len; i++)
    {
      const CtImportResult *r = &g_array_index (results, CtImportResult, i);
      g_autofree char *what = ct_import_result_describe (r);

      g_print ("%s: %s\n", r->path, what);
      if (r->status == CT_IMPORT_FAILED)
        status = 1;
    }
  return status;
}

/* Writes @contents to a temporary file beside @path and renames it into
 * place, so a failure never leaves half a file. */
static gboolean
write_whole (const char *path, const char *contents, GError **error)
{
  return g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static gboolean
is_picture (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg") || g_str_has_suffix (lower, ".pdf");
}

/* A picture (PNG, SVG, PDF) or a file for other tools (DOT, GEXF, GraphML,
 * CSV) of the project's graph, laid out with @layout. */
static int
export_laid_out (JsonNode *root, const char *output, const CtCliExport *cli)
{
  g_autoptr(CtGraph) graph = ct_graph_new_from_export (root);
  g_autoptr(GError) error = NULL;
  CtExportOptions options;

  ct_export_options_init (&options);
  options.scale = cli->scale;
  options.legend = cli->legend;
  if (cli->from != NULL || cli->to != NULL)
    {
      CtDate from, to;
      double first = 0, last = G_MAXDOUBLE, ignored;

      if ((cli->from && !ct_date_parse (cli->from, &from)) || (cli->to && !ct_date_parse (cli->to, &to)))
        {
          g_printerr (_("%s: not written: dates are written 2024, 2024-09 or 2024-09-23\n"), output);
          return 1;
        }
      if (cli->from)
        ct_date_month_span (&from, &first, &ignored);
      if (cli->to)
        ct_date_month_span (&to, &ignored, &last);
      ct_graph_keep_between (graph, first, last);
    }
  ct_render_measure (graph);
  if (!ct_layout_run (graph, cli->layout, &error) ||
      !(is_picture (output) ? ct_export_picture (graph, output, &options, &error)
                            : ct_export_data (graph, output, &error)))
    {
      g_printerr (_("%s: not written: %s\n"), output, error->message);
      return 1;
    }
  return 0;
}

/* Each node of the JSON export gets the x, y (points, y down) of a layout. */
static gboolean
add_positions (JsonNode *root, const char *layout, GError **error)
{
  g_autoptr(CtGraph) graph = ct_graph_new_from_export (root);
  JsonArray *nodes = json_object_get_array_member (json_node_get_object (root), "nodes");

  ct_render_measure (graph);
  if (!ct_layout_run (graph, layout, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *o = json_array_get_object_element (nodes, i);
      gint index = ct_graph_find_node (graph, json_object_get_string_member (o, "id"));
      const CtGraphNode *n;

      if (index < 0)
        continue;
      n = g_ptr_array_index (graph->nodes, index);
      json_object_set_double_member (o, "x", n->x);
      json_object_set_double_member (o, "y", n->y);
    }
  return TRUE;
}

int
ct_cli_export (const char        *project,
               const char        *output,
               const CtCliExport *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_project (project, &error);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!g_str_has_suffix (output, ".json") && !is_picture (output) && !ct_export_data_format_known (output))
    {
      g_printerr (_("%s: unknown export format (use .json, .png, .svg, .pdf, .dot, .gexf, .graphml or .csv)\n"),
                  output);
      return 1;
    }
  root = ct_store_export (store, ct_gazetteer_get_default (), &error);
  if (root == NULL)
    {
      g_printerr ("%s: %s\n", output, error->message);
      return 1;
    }
  if (!g_str_has_suffix (output, ".json"))
    return export_laid_out (root, output, options);
  if (!add_positions (root, options->layout, &error))
    {
      g_printerr (_("%s: not written: %s\n"), output, error->message);
      return 1;
    }
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  if (!write_whole (output, json, &error))
    {
      g_printerr (_("%s: not written: %s\n"), output, error->message);
      return 1;
    }
  return 0;
}

int
ct_cli_reextract (const char *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_project (project, &error);
  g_autofree char *path = project ? g_strdup (project) : ct_cli_default_project_path ();
  guint n = 0;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!ct_reextract (store, NULL, NULL, &n, &error))
    {
      g_printerr (_("%s: nothing was extracted again: %s\n"), path, error->message);
      return 1;
    }
  g_print (ngettext ("%s: %u document extracted again; edits still apply\n",
                     "%s: %u documents extracted again; edits still apply\n", n), path, n);
  return 0;
}

int
ct_cli_summary (const char *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_project (project, &error);
  g_autofree char *path = project ? g_strdup (project) : ct_cli_default_project_path ();
  CtStoreCounts counts;

  if (store == NULL || !ct_store_count (store, &counts, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("City Ties project %s\n"), path);
  g_print (_("  documents:  %u\n  places:     %u\n  groupings:  %u\n  agreements: %u\n  events:     %u\n  ties:       %u\n"),
           counts.documents, counts.places, counts.groupings, counts.agreements, counts.events, counts.ties);
  return 0;
}
