/* test-cli.c: cityties on the command line: output, messages and exit status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ct-edits.h"
#include "ct-store.h"
#include "ct-test-util.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run (Run *r, const char *home, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CITYTIES"));
  va_start (args, home);
  for (const char *a = va_arg (args, const char *); a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* a private data dir, so the default project is made afresh */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  r->status = g_subprocess_get_exit_status (process);
}

static char *
write_file (const char *dir, const char *name, const char *contents, gssize length)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
test_version_and_help (void)
{
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-XXXXXX", NULL);
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run (&version, home, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "cityties "));
  run (&help, home, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--extract"));
  g_assert_nonnull (strstr (help.out, "--import"));
  g_assert_nonnull (strstr (help.out, "--export"));
  g_assert_nonnull (strstr (help.out, "--reextract"));
}

static void
test_summary_of_default_project (void)
{
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-XXXXXX", NULL);
  g_auto(Run) r = { 0 };
  g_autofree char *project = g_build_filename (home, "cityties", "default.cityties", NULL);

  run (&r, home, "--summary", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "documents:  5"));
  g_assert_nonnull (strstr (r.out, "ties:"));
  g_assert_true (g_file_test (project, G_FILE_TEST_EXISTS));
}

static void
test_extract_json (void)
{
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-XXXXXX", NULL);
  g_autofree char *seed = ct_test_source_path ("data", "corpus", "004_e0a6c29f7289a2c5.txt", NULL);
  g_auto(Run) r = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *doc;

  run (&r, home, "--extract", seed, NULL);
  g_assert_cmpint (r.status, ==, 0);
  json_parser_load_from_data (parser, r.out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
  doc = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (doc, "published"), ==, "2024-09-25");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "agreements")), ==, 1);
}

static void
test_bad_files (void)
{
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (home, "batch", NULL);
  g_autofree char *good = NULL, *empty = NULL, *binary = NULL, *latin = NULL;
  g_autofree char *project = g_build_filename (home, "p.cityties", NULL);
  g_autofree char *missing = g_build_filename (home, "missing.txt", NULL);
  g_auto(Run) extract = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };

  g_mkdir (folder, 0755);
  good = write_file (folder, "good.txt", "时间:2023-05-12\n北京与天津签署协同发展合作协议,两市将在交通、生态等方面合作。\n", -1);
  empty = write_file (folder, "empty.txt", "", 0);
  binary = write_file (folder, "scan.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", -1);
  latin = write_file (folder, "latin1.txt", "Caf\xe9 cr\xe8me br\xfbl\xe9" "e, d\xe9j\xe0 vu \xe0 la fa\xe7on", -1);

  run (&extract, home, "--extract", folder, missing, NULL);
  g_assert_cmpint (extract.status, ==, 1);
  g_assert_nonnull (strstr (extract.err, "empty.txt: empty file"));
  g_assert_nonnull (strstr (extract.err, "scan.pdf: not a text file (PDF document)"));
  g_assert_nonnull (strstr (extract.err, "latin1.txt: unknown encoding"));
  g_assert_nonnull (strstr (extract.err, "missing.txt: cannot be read"));
  g_assert_nonnull (strstr (extract.out, "\"北京市\""));

  run (&import, home, "--project", project, "--import", folder, NULL);
  g_assert_cmpint (import.status, ==, 1);
  g_assert_nonnull (strstr (import.out, "good.txt: imported"));
  g_assert_nonnull (strstr (import.out, "empty.txt: failed: empty file"));
  g_assert_nonnull (strstr (import.out, "scan.pdf: failed: not a text file"));

  run (&again, home, "--project", project, "--import", good, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "good.txt: duplicate"));
}

static void
test_export (void)
{
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (home, "graph.json", NULL);
  g_autofree char *nowhere = g_build_filename (home, "no", "such", "folder", "graph.json", NULL);
  g_auto(Run) r = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  run (&r, home, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  json_parser_load_from_file (parser, out, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "documents")), ==, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "nodes")), >=, 20);
  /* nodes carry the positions of a layout */
  g_assert_true (json_object_has_member (json_array_get_object_element (json_object_get_array_member (root, "nodes"), 0), "x"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "edges")), >=, 30);

  {
    g_autofree char *png = g_build_filename (home, "graph.png", NULL);
    g_auto(Run) picture = { 0 };

    run (&picture, home, "--export", png, "--layout", "dot", "--scale", "1", "--no-legend", NULL);
    g_assert_cmpint (picture.status, ==, 0);
    g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  }

  /* --from/--to keep the ties dated inside: the 2024 meeting of 长江中游 capitals, not 2020's 长三角 */
  {
    g_autofree char *all = g_build_filename (home, "all.csv", NULL);
    g_autofree char *year = g_build_filename (home, "2024.csv", NULL);
    g_auto(Run) r_all = { 0 };
    g_auto(Run) r_year = { 0 };
    g_autofree char *a = NULL, *b = NULL;

    run (&r_all, home, "--export", all, NULL);
    run (&r_year, home, "--export", year, "--from", "2024", "--to", "2024-12", NULL);
    g_assert_cmpint (r_year.status, ==, 0);
    g_assert_true (g_file_get_contents (all, &a, NULL, NULL));
    g_assert_true (g_file_get_contents (year, &b, NULL, NULL));
    g_assert_cmpuint (strlen (b), <, strlen (a));
    g_assert_nonnull (strstr (b, "\"420100\",\"430100\""));      /* 武汉–长沙, 2024 */
    g_assert_nonnull (strstr (a, "\"310000\",\"340000\""));      /* 上海–安徽, 2020 */
    g_assert_null (strstr (b, "\"310000\",\"340000\""));
  }

  run (&bad, home, "--export", nowhere, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "graph.json: not written"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

static const char *
node_name (JsonObject *root, const char *id)
{
  JsonArray *nodes = json_object_get_array_member (root, "nodes");

  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *n = json_array_get_object_element (nodes, i);

      if (g_str_equal (json_object_get_string_member (n, "id"), id))
        return json_object_get_string_member (n, "name");
    }
  return NULL;
}

static void
test_reextract (void)
{
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (home, "p.cityties", NULL);
  g_autofree char *out = g_build_filename (home, "graph.json", NULL);
  g_autofree char *a = ct_test_source_path ("tests", "fixtures", "syndicated", "site-a.html", NULL);
  g_autofree char *b = ct_test_source_path ("tests", "fixtures", "syndicated", "site-b.txt", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) reextract = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) refused = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  run (&import, home, "--project", project, "--import", a, b, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "site-a.html: imported"));
  g_assert_nonnull (strstr (import.out, "site-b.txt: duplicate of site-a.html (same body)"));
  {
    g_autoptr(CtStore) store = ct_store_open (project, &error);
    CtEdit rename = { .op = CT_EDIT_RENAME, .target = CT_EDIT_PLACE, .key = "511000", .value = "甜城" };

    g_assert_no_error (error);
    g_assert_cmpint (ct_store_add_edit (store, &rename, &error), >, 0);
  }

  run (&reextract, home, "--project", project, "--reextract", NULL);
  g_assert_cmpint (reextract.status, ==, 0);
  g_assert_nonnull (strstr (reextract.out, "1 document extracted again"));
  run (&export, home, "--project", project, "--export", out, NULL);
  g_assert_cmpint (export.status, ==, 0);
  json_parser_load_from_file (parser, out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (node_name (json_node_get_object (json_parser_get_root (parser)), "511000"), ==, "甜城");

  /* a write-protected project is read, never written */
  g_assert_cmpint (g_chmod (project, 0444), ==, 0);
  run (&refused, home, "--project", project, "--reextract", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "p.cityties: nothing was extracted again: read-only"));
  g_chmod (project, 0644);
}

/* kill -9 during an import: the project still opens, with the whole batch or none of it */
static void
test_kill_mid_import (void)
{
  static const char * const pairs[][2] = { { "西安", "咸阳" }, { "成都", "重庆" }, { "郑州", "开封" }, { "广州", "佛山" } };
  const guint n_files = 300;
  g_autofree char *home = g_dir_make_tmp ("cityties-cli-kill-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (home, "articles", NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%03u.txt", i);
      g_autofree char *text = g_strdup_printf ("时间:2023-05-%02u\n%s市与%s市签署第%u号合作协议,两市将深化产业协作。\n", i % 28 + 1,
                                               pairs[i % 4][0], pairs[i % 4][1], i);
      g_autofree char *path = write_file (folder, name, text, -1);
    }
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autofree char *project = g_strdup_printf ("%s/kill-%u.cityties", home, attempt);
      const char *argv[] = { g_getenv ("CITYTIES"), "--project", project, "--import", folder, NULL };
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                           G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CtStore) store = NULL;
      CtStoreCounts counts;

      g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
      process = g_subprocess_launcher_spawnv (launcher, argv, &error);
      g_assert_no_error (error);
      g_usleep ((50 + 120 * attempt) * 1000);
      g_subprocess_force_exit (process);   /* SIGKILL */
      g_subprocess_wait (process, NULL, NULL);

      store = ct_store_open (project, &error);
      g_assert_no_error (error);
      g_assert_true (ct_store_count (store, &counts, &error));
      g_test_message ("killed after %u ms: %u documents", 50 + 120 * attempt, counts.documents);
      g_assert_true (counts.documents == 0 || counts.documents == n_files);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/summary-of-default-project", test_summary_of_default_project);
  g_test_add_func ("/cli/extract-json", test_extract_json);
  g_test_add_func ("/cli/bad-files", test_bad_files);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/reextract", test_reextract);
  g_test_add_func ("/cli/kill-mid-import", test_kill_mid_import);
  return g_test_run ();
}
