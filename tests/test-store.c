/* test-store.c: projects are created, migrated, reopened; batches are all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ct-importer.h"
#include "ct-test-util.h"

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("cityties-store-XXXXXX", NULL);
  f->project = g_build_filename (f->dir, "test.cityties", NULL);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->project);
  g_free (f->dir);
}

static char *
write_file (Fixture *f, const char *name, const char *contents, gssize length)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static gint64
query_int (const char *project, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (project, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_create_and_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  CtStoreCounts counts;

  {
    g_autoptr(CtStore) store = ct_store_open (f->project, &error);

    g_assert_no_error (error);
    g_assert_true (ct_import_bundled (store, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (query_int (f->project, "PRAGMA user_version"), ==, CT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, 5);
  {
    g_autoptr(CtStore) store = ct_store_open (f->project, &error);

    g_assert_no_error (error);
    g_assert_true (ct_store_count (store, &counts, &error));
    g_assert_cmpuint (counts.documents, ==, 5);
    g_assert_cmpuint (counts.places, >=, 20);
    g_assert_cmpuint (counts.ties, >=, 30);
    /* importing the bundled articles again adds nothing */
    g_assert_true (ct_import_bundled (store, &error));
  }
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, 5);
  /* full-text search over documents (trigram) */
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '会商会'"), ==, 1);
  g_assert_cmpint (query_int (f->project, "PRAGMA foreign_key_check"), ==, -1);
}

static void
test_duplicate_not_stored_twice (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->project, &error);
  const char *text = "时间:2023-05-12\n郑州与开封签署同城化合作协议,两市将在交通、产业等方面深化合作。\n";
  g_autofree char *a = write_file (f, "a.txt", text, -1);
  g_autofree char *b = write_file (f, "b.txt", text, -1);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) again = NULL;

  g_ptr_array_add (paths, a);
  g_ptr_array_add (paths, b);
  results = ct_import_files (store, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (results, CtImportResult, 0).status, ==, CT_IMPORT_IMPORTED);
  g_assert_cmpint (g_array_index (results, CtImportResult, 1).status, ==, CT_IMPORT_DUPLICATE);
  again = ct_import_files (store, paths, NULL, NULL, NULL, &error);
  g_assert_cmpint (g_array_index (again, CtImportResult, 0).status, ==, CT_IMPORT_DUPLICATE);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, 1);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM tie_reasons"), >=, 1);
}

static void
test_failed_write_leaves_project_unchanged (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->project, &error);
  g_autofree char *good = write_file (f, "good.txt", "时间:2023-05-12\n广州与佛山签署合作协议,两市共建广佛同城化示范区。\n", -1);
  g_autofree char *empty = write_file (f, "empty.txt", "", 0);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GArray) results = NULL;
  gint64 before;

  g_assert_true (ct_import_bundled (store, &error));
  before = query_int (f->project, "SELECT count(*) FROM documents");
  g_ptr_array_add (paths, good);
  g_ptr_array_add (paths, empty);

  /* another writer holds the database: the batch cannot be written, and nothing is */
  {
    sqlite3 *other = NULL;

    g_assert_cmpint (sqlite3_open (f->project, &other), ==, SQLITE_OK);
    sqlite3_busy_timeout (other, 0);
    g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
    ct_store_set_busy_timeout (store, 0);
    results = ct_import_files (store, paths, NULL, NULL, NULL, &error);
    g_assert_null (results);
    g_assert_nonnull (error);
    sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close (other);
  }
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, before);

  /* now it can: the good file goes in, the empty one is reported */
  results = ct_import_files (store, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (results, CtImportResult, 0).status, ==, CT_IMPORT_IMPORTED);
  g_assert_cmpint (g_array_index (results, CtImportResult, 1).status, ==, CT_IMPORT_FAILED);
  g_assert_cmpstr (g_array_index (results, CtImportResult, 1).reason, ==, "empty file");
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, before + 1);
}

static void
cancel_at_second (guint done, guint total, const char *path, gpointer data)
{
  if (done == 1)
    g_cancellable_cancel (data);
}

static void
test_cancel_leaves_project_unchanged (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->project, &error);
  g_autofree char *a = write_file (f, "a.txt", "时间:2023-05-12\n广州与佛山签署合作协议,两市共建广佛同城化示范区。\n", -1);
  g_autofree char *b = write_file (f, "b.txt", "时间:2023-05-13\n深圳与东莞签署合作协议,两市共建深莞都市圈。\n", -1);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) results = NULL;
  gint64 documents, ties;

  g_assert_true (ct_import_bundled (store, &error));
  documents = query_int (f->project, "SELECT count(*) FROM documents");
  ties = query_int (f->project, "SELECT count(*) FROM tie_reasons");
  g_ptr_array_add (paths, a);
  g_ptr_array_add (paths, b);
  results = ct_import_files (store, paths, cancel_at_second, cancellable, cancellable, &error);
  g_assert_null (results);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, documents);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM tie_reasons"), ==, ties);
}

static void
test_not_a_project_untouched (Fixture *f, gconstpointer data)
{
  const char *contents = "这不是一个项目文件。\n";
  g_autofree char *path = write_file (f, "notes.cityties", contents, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autofree char *after = NULL;

  g_assert_null (store);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
}

static void
test_foreign_database_and_newer_schema (Fixture *f, gconstpointer data)
{
  g_autofree char *foreign = g_build_filename (f->dir, "other.db", NULL);
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL);
  sqlite3_close (db);
  g_assert_null (ct_store_open (foreign, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT);
  g_assert_cmpint (query_int (foreign, "PRAGMA user_version"), ==, 0);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (f->project, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL);
  sqlite3_close (db);
  g_assert_null (ct_store_open (f->project, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW);
  g_assert_cmpint (query_int (f->project, "PRAGMA user_version"), ==, 99);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/create-and-reopen", Fixture, NULL, setup, test_create_and_reopen, teardown);
  g_test_add ("/store/duplicate-not-stored-twice", Fixture, NULL, setup, test_duplicate_not_stored_twice, teardown);
  g_test_add ("/store/failed-write-leaves-project-unchanged", Fixture, NULL, setup, test_failed_write_leaves_project_unchanged, teardown);
  g_test_add ("/store/cancel-leaves-project-unchanged", Fixture, NULL, setup, test_cancel_leaves_project_unchanged, teardown);
  g_test_add ("/store/not-a-project-untouched", Fixture, NULL, setup, test_not_a_project_untouched, teardown);
  g_test_add ("/store/foreign-database-and-newer-schema", Fixture, NULL, setup, test_foreign_database_and_newer_schema, teardown);
  return g_test_run ();
}
