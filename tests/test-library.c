/* test-library.c: the documents page's queries and the document view's highlights, on the bundled articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <pango/pango.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ct-extractor.h"
#include "ct-highlights.h"
#include "ct-importer.h"
#include "ct-library.h"
#include "ct-test-util.h"

typedef struct
{
  char *dir;
  char *project;
  CtStore *store;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cityties-library-XXXXXX", NULL);
  f->project = g_build_filename (f->dir, "test.cityties", NULL);
  f->store = ct_store_open (f->project, &error);
  g_assert_no_error (error);
  g_assert_true (ct_import_bundled (f->store, &error));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  ct_store_close (f->store);
  g_free (f->project);
  g_free (f->dir);
}

static CtDocument *
bundled_document (const char *name)
{
  g_autofree char *path = ct_test_source_path ("data", "corpus", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CtDocument *document = ct_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return document;
}

/* how many documents hold @word, by reading the texts ourselves */
static guint
documents_containing (const char *project, const char *word)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open_v2 (project, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT text, title FROM documents", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n += strstr ((const char *) sqlite3_column_text (stmt, 0), word) != NULL ||
         (sqlite3_column_text (stmt, 1) && strstr ((const char *) sqlite3_column_text (stmt, 1), word) != NULL);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* every bundled article, with as many places as the extractor finds in it */
static void
test_list (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = ct_library_list (f->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 5);
  for (guint i = 0; i < entries->len; i++)
    {
      const CtLibraryEntry *e = g_ptr_array_index (entries, i);
      g_autoptr(CtDocument) document = bundled_document (e->name);
      g_autoptr(CtExtraction) extraction = ct_extract (ct_gazetteer_get_default (), document);

      g_assert_cmpuint (e->places, ==, extraction->places->len);
      g_assert_cmpuint (e->ties, ==, extraction->ties->len);
      g_assert_nonnull (e->title);
      g_assert_null (e->snippet);
      /* newest first, undated last */
      if (i > 0 && e->published != NULL)
        g_assert_cmpstr (((CtLibraryEntry *) g_ptr_array_index (entries, i - 1))->published, >=, e->published);
    }
}

static void
check_search (Fixture *f, const char *word)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = ct_library_list (f->store, word, &error);
  g_autofree char *bold = g_strdup_printf ("<b>%s</b>", word);

  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, documents_containing (f->project, word));
  g_assert_cmpuint (hits->len, >, 0);
  for (guint i = 0; i < hits->len; i++)
    {
      const CtLibraryEntry *e = g_ptr_array_index (hits, i);

      g_assert_nonnull (e->snippet);
      g_assert_nonnull (strstr (e->snippet, bold));
      g_assert_true (pango_parse_markup (e->snippet, -1, 0, NULL, NULL, NULL, NULL));
    }
}

/* three characters and more through the trigram index, fewer by scanning */
static void
test_search (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;

  check_search (f, "会商会");
  check_search (f, "合作");
  check_search (f, "长三角");
  none = ct_library_list (f->store, "\"不存在的词\" OR", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

/* the places the gold file names are highlighted where the article names them */
static void
test_highlights (Fixture *f, gconstpointer data)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  g_autofree char *dir = ct_test_source_path ("tests", "gold", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint gold = 0, highlighted = 0;

  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root;
      JsonArray *places;
      g_autoptr(CtDocument) document = NULL;
      g_autoptr(GArray) highlights = NULL;

      if (!g_str_has_suffix (name, ".gold.json"))
        continue;
      g_assert_true (json_parser_load_from_file (parser, path, NULL));
      root = json_node_get_object (json_parser_get_root (parser));
      document = bundled_document (json_object_get_string_member (root, "doc"));
      highlights = ct_highlights_find (gazetteer, document);
      places = json_object_get_array_member (root, "places");
      for (guint i = 0; i < json_array_get_length (places); i++)
        {
          gint division = ct_gazetteer_lookup_path (gazetteer, json_array_get_string_element (places, i));
          const char *code = ct_gazetteer_get_division (gazetteer, division)->code;
          gboolean found = FALSE;

          for (guint k = 0; k < highlights->len && !found; k++)
            {
              const CtHighlight *h = &g_array_index (highlights, CtHighlight, k);

              found = h->kind == CT_HIGHLIGHT_PLACE && g_str_equal (h->key, code);
            }
          gold++;
          highlighted += found;
        }
      /* a grouping's highlight covers its name in the text */
      for (guint k = 0; k < highlights->len; k++)
        {
          const CtHighlight *h = &g_array_index (highlights, CtHighlight, k);
          g_autofree char *slice = NULL;

          g_assert_cmpuint (h->start, <, h->end);
          g_assert_cmpuint (h->end, <=, document->n_chars);
          if (k > 0)
            g_assert_cmpuint (g_array_index (highlights, CtHighlight, k - 1).start, <=, h->start);
          if (h->kind != CT_HIGHLIGHT_GROUPING)
            continue;
          slice = g_ucs4_to_utf8 (document->chars + h->start, h->end - h->start, NULL, NULL, NULL);
          g_assert_cmpstr (slice, ==, h->key);
        }
    }
  g_assert_cmpuint (gold, >, 20);
  g_test_message ("%u of %u gold places highlighted", highlighted, gold);
  g_assert_cmpfloat ((double) highlighted / gold, >=, 0.9);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/library/list", Fixture, NULL, setup, test_list, teardown);
  g_test_add ("/library/search", Fixture, NULL, setup, test_search, teardown);
  g_test_add ("/library/highlights", Fixture, NULL, setup, test_highlights, teardown);
  return g_test_run ();
}
