/* test-store.c: projects are created, migrated, reopened; batches are all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ct-edits.h"
#include "ct-importer.h"
#include "ct-reextract.h"
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

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static char *
query_text (const char *project, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (project, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
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

/* Save a Copy: another project with the same rows; a copy that cannot be
 * written leaves nothing behind */
static void
test_save_copy (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_strconcat (f->project, ".copy.cityties", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", NULL);
  g_autofree char *nowhere = g_build_filename (missing, "copy.cityties", NULL);
  g_autoptr(CtStore) store = ct_store_open (f->project, &error);

  g_assert_no_error (error);
  g_assert_true (ct_import_bundled (store, &error));
  g_assert_true (ct_store_save_copy (store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM documents"), ==, 5);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM tie_reasons"), ==,
                   query_int (f->project, "SELECT count(*) FROM tie_reasons"));
  g_assert_cmpint (query_int (copy, "PRAGMA user_version"), ==, CT_STORE_SCHEMA_VERSION);

  g_assert_false (ct_store_save_copy (store, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "copy.cityties"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
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
  g_autofree char *bak = g_strconcat (f->project, ".v99.bak", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL);
  sqlite3_close (db);
  before = read_bytes (foreign);
  g_assert_null (ct_store_open (foreign, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT);
  after = read_bytes (foreign);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_error (&error);
  g_clear_pointer (&before, g_bytes_unref);
  g_clear_pointer (&after, g_bytes_unref);

  g_assert_cmpint (sqlite3_open (f->project, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL);
  sqlite3_close (db);
  before = read_bytes (f->project);
  g_assert_null (ct_store_open (f->project, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW);
  after = read_bytes (f->project);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (bak, G_FILE_TEST_EXISTS));
}

/* tests/fixtures/schema-1.cityties was written by the first schema's City Ties
 * (own_cy_page.html and own_zy_bom.txt imported). */
static char *
copy_schema_1 (Fixture *f)
{
  g_autofree char *fixture = ct_test_source_path ("tests", "fixtures", "schema-1.cityties", NULL);
  g_autoptr(GBytes) bytes = read_bytes (fixture);

  return write_file (f, "old.cityties", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Tie reasons of a new project made of the files the first-schema fixture holds. */
static gint64
tie_reasons_imported_today (Fixture *f)
{
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.cityties", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (fresh, &error);
  g_autoptr(GArray) results = NULL;

  g_assert_no_error (error);
  g_ptr_array_add (paths, ct_test_source_path ("tests", "articles", "own_cy_page.html", NULL));
  g_ptr_array_add (paths, ct_test_source_path ("tests", "articles", "own_zy_bom.txt", NULL));
  results = ct_import_files (store, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (results, CtImportResult, 1).status, ==, CT_IMPORT_IMPORTED);
  return query_int (fresh, "SELECT count(*) FROM tie_reasons");
}

static void
test_migrate_schema_1 (Fixture *f, gconstpointer data)
{
  g_autofree char *project = copy_schema_1 (f);
  g_autofree char *backup = g_strconcat (project, ".v1.bak", NULL);
  g_autofree char *second_backup = g_strconcat (project, ".v1-2.bak", NULL);
  g_autofree char *published = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  gint64 ties;
  guint n = 0;

  g_assert_cmpint (query_int (project, "PRAGMA user_version"), ==, 1);
  ties = query_int (project, "SELECT count(*) FROM tie_reasons");
  g_assert_cmpint (ties, >, 10);
  store = ct_store_open (project, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_store_get_backup_path (store), ==, backup);

  /* the backup is the first schema, whole */
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM documents"), ==, 2);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM tie_reasons"), ==, ties);

  /* the project is the second, with its documents, their sources and bodies */
  g_assert_cmpint (query_int (project, "PRAGMA user_version"), ==, CT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM documents"), ==, 2);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM tie_reasons"), ==, ties);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM document_sources s JOIN documents d "
                                       "ON d.id = s.document_id AND d.content_hash = s.content_hash"), ==, 2);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM documents WHERE length (body_hash) = 64"), ==, 2);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM documents WHERE bytes IS NULL"), ==, 2);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '永川区'"), ==, 1);

  /* extracted again from the text it kept: what the same files give when
   * imported today; the page's <meta> date stays */
  g_assert_true (ct_reextract (store, NULL, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (query_int (project, "SELECT count(*) FROM tie_reasons"), ==, tie_reasons_imported_today (f));
  published = query_text (project, "SELECT published FROM documents WHERE name = 'own_cy_page.html'");
  g_assert_cmpstr (published, ==, "2022-11-08");

  /* upgraded once: opening again makes no other backup */
  g_clear_pointer (&store, ct_store_close);
  store = ct_store_open (project, &error);
  g_assert_no_error (error);
  g_assert_null (ct_store_get_backup_path (store));
  g_assert_false (g_file_test (second_backup, G_FILE_TEST_EXISTS));
}

static void
test_read_only (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *wal = g_strconcat (f->project, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->project, "-shm", NULL);
  g_autofree char *article = write_file (f, "new.txt", "时间:2023-05-12\n广州与佛山签署合作协议,两市共建广佛同城化示范区。\n", -1);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  CtEdit rename = { .op = CT_EDIT_RENAME, .target = CT_EDIT_PLACE, .key = "310000", .value = "申城" };
  CtStoreCounts counts;

  store = ct_store_open (f->project, &error);
  g_assert_true (ct_import_bundled (store, &error));
  g_assert_false (ct_store_is_read_only (store));
  g_clear_pointer (&store, ct_store_close);
  g_assert_cmpint (g_chmod (f->project, 0444), ==, 0);
  before = read_bytes (f->project);

  store = ct_store_open (f->project, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_is_read_only (store));
  /* it reads */
  g_assert_true (ct_store_count (store, &counts, &error));
  g_assert_cmpuint (counts.documents, ==, 5);
  root = ct_store_export (store, ct_gazetteer_get_default (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
  /* and refuses every write */
  g_assert_cmpint (ct_store_add_edit (store, &rename, &error), ==, -1);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_cmpint (ct_store_undo_edit (store, &error), ==, -1);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ct_store_can_undo (store));
  g_ptr_array_add (paths, article);
  g_assert_null (ct_import_files (store, paths, NULL, NULL, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ct_reextract (store, NULL, NULL, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY);
  g_clear_pointer (&store, ct_store_close);

  after = read_bytes (f->project);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_chmod (f->project, 0644);
}

/* An older schema cannot be upgraded in place when read-only: refused, untouched, no backup. */
static void
test_read_only_old_schema (Fixture *f, gconstpointer data)
{
  g_autofree char *project = copy_schema_1 (f);
  g_autofree char *backup = g_strconcat (project, ".v1.bak", NULL);
  g_autoptr(GBytes) before = read_bytes (project);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_chmod (project, 0444), ==, 0);
  g_assert_null (ct_store_open (project, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY);
  after = read_bytes (project);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_chmod (project, 0644);
}

static GArray *
import_two (CtStore *store, const char *first, const char *second)
{
  g_autofree char *a = ct_test_source_path ("tests", "fixtures", "syndicated", first, NULL);
  g_autofree char *b = second ? ct_test_source_path ("tests", "fixtures", "syndicated", second, NULL) : NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GArray *results;

  g_ptr_array_add (paths, a);
  if (b != NULL)
    g_ptr_array_add (paths, b);
  results = ct_import_files (store, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return results;
}

static void
test_syndicated_copies (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->project, &error);
  g_autoptr(GArray) results = import_two (store, "site-a.html", "site-b.txt");
  g_autoptr(GArray) again = NULL;
  g_autofree char *reason = NULL;
  gint64 ties;

  g_assert_cmpint (g_array_index (results, CtImportResult, 0).status, ==, CT_IMPORT_IMPORTED);
  g_assert_cmpint (g_array_index (results, CtImportResult, 1).status, ==, CT_IMPORT_DUPLICATE);
  g_assert_cmpstr (g_array_index (results, CtImportResult, 1).reason, ==, "duplicate of site-a.html (same body)");
  reason = ct_import_result_describe (&g_array_index (results, CtImportResult, 1));
  g_assert_cmpstr (reason, ==, "duplicate of site-a.html (same body)");
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, 1);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM document_sources WHERE document_id = "
                                          "(SELECT id FROM documents WHERE name = 'site-a.html')"), ==, 2);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM document_sources WHERE name = 'site-b.txt' "
                                          "AND source LIKE '%/site-b.txt'"), ==, 1);
  /* its ties once: one reason per tie and kind */
  ties = query_int (f->project, "SELECT count(*) FROM tie_reasons");
  g_assert_cmpint (ties, >=, 1);
  g_assert_cmpint (query_int (f->project, "SELECT max (n) FROM (SELECT count(*) AS n FROM tie_reasons "
                                          "GROUP BY a_code, b_code, kind, via)"), ==, 1);

  /* the copy again, alone: a duplicate by its bytes now, nothing added */
  again = import_two (store, "site-b.txt", NULL);
  g_assert_cmpint (g_array_index (again, CtImportResult, 0).status, ==, CT_IMPORT_DUPLICATE);
  g_assert_null (g_array_index (again, CtImportResult, 0).reason);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM document_sources"), ==, 2);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM tie_reasons"), ==, ties);
}

/* The copy first, in one batch, and the original in a later one. */
static void
test_syndicated_across_batches (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->project, &error);
  g_autoptr(GArray) first = import_two (store, "site-b.txt", NULL);
  g_autoptr(GArray) second = import_two (store, "site-a.html", NULL);

  g_assert_cmpint (g_array_index (first, CtImportResult, 0).status, ==, CT_IMPORT_IMPORTED);
  g_assert_cmpint (g_array_index (second, CtImportResult, 0).status, ==, CT_IMPORT_DUPLICATE);
  g_assert_cmpstr (g_array_index (second, CtImportResult, 0).reason, ==, "duplicate of site-b.txt (same body)");
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM documents"), ==, 1);
  g_assert_cmpint (query_int (f->project, "SELECT count(*) FROM document_sources"), ==, 2);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/create-and-reopen", Fixture, NULL, setup, test_create_and_reopen, teardown);
  g_test_add ("/store/save-copy", Fixture, NULL, setup, test_save_copy, teardown);
  g_test_add ("/store/duplicate-not-stored-twice", Fixture, NULL, setup, test_duplicate_not_stored_twice, teardown);
  g_test_add ("/store/failed-write-leaves-project-unchanged", Fixture, NULL, setup, test_failed_write_leaves_project_unchanged, teardown);
  g_test_add ("/store/cancel-leaves-project-unchanged", Fixture, NULL, setup, test_cancel_leaves_project_unchanged, teardown);
  g_test_add ("/store/not-a-project-untouched", Fixture, NULL, setup, test_not_a_project_untouched, teardown);
  g_test_add ("/store/foreign-database-and-newer-schema", Fixture, NULL, setup, test_foreign_database_and_newer_schema, teardown);
  g_test_add ("/store/migrate-schema-1", Fixture, NULL, setup, test_migrate_schema_1, teardown);
  g_test_add ("/store/read-only", Fixture, NULL, setup, test_read_only, teardown);
  g_test_add ("/store/read-only-old-schema", Fixture, NULL, setup, test_read_only_old_schema, teardown);
  g_test_add ("/store/syndicated-copies", Fixture, NULL, setup, test_syndicated_copies, teardown);
  g_test_add ("/store/syndicated-across-batches", Fixture, NULL, setup, test_syndicated_across_batches, teardown);
  return g_test_run ();
}
