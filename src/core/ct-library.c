/* ct-library.c: the documents of a project, listed and searched
 *
 * Counts come from the live views, so what the user marked as wrong is not
 * counted.  Search uses the FTS5 trigram index, which needs three
 * characters; Chinese words are often two (合作, 武汉), so shorter queries
 * scan the texts with instr() instead, which is fast enough for thousands of
 * articles.  Snippets mark the hit with <b>, the rest escaped as Pango
 * markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "ct-library.h"
#include "ct-store-private.h"

#define SNIPPET_CHARS 24    /* on each side of a hit found without the index */

static const char list_sql[] =
  "SELECT d.id, d.name, d.title, d.published, d.content_hash,"
  "  (SELECT count (*) FROM live_places p WHERE p.document_id = d.id),"
  "  (SELECT count (DISTINCT a_code || ' ' || b_code) FROM live_tie_reasons t WHERE t.document_id = d.id),"
  "  %s"
  " FROM live_documents d %s"
  " ORDER BY d.published DESC, d.id";

/* FTS5 marks hits with these; they cannot occur in text */
#define HIT_OPEN "\x01"
#define HIT_CLOSE "\x02"

/* Escapes @text for Pango, on one line, and turns the hit marks into bold. */
static char *
snippet_markup (const char *text)
{
  g_auto(GStrv) pieces = g_strsplit_set (text, HIT_OPEN HIT_CLOSE, -1);
  GString *out = g_string_new (NULL);

  /* pieces alternate: outside a hit, inside one, outside... */
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_strdelimit (pieces[i], "\r\n", ' '), -1);

      g_string_append_printf (out, i % 2 ? "<b>%s</b>" : "%s", escaped);
    }
  return g_string_free (out, FALSE);
}

/* A snippet around the first @query in @text, for searches the index cannot do. */
static char *
scan_snippet (const char *text, const char *query)
{
  const char *hit = strstr (text, query);
  glong at, length = g_utf8_strlen (query, -1);
  g_autofree char *before = NULL, *after = NULL, *marked = NULL;

  if (hit == NULL)
    return NULL;
  at = g_utf8_pointer_to_offset (text, hit);
  before = g_utf8_substring (text, MAX (at - SNIPPET_CHARS, 0), at);
  after = g_utf8_substring (text, at + length, MIN (at + length + SNIPPET_CHARS, g_utf8_strlen (text, -1)));
  marked = g_strconcat (at > SNIPPET_CHARS ? "…" : "", before, HIT_OPEN, query, HIT_CLOSE, after, "…", NULL);
  return snippet_markup (marked);
}

/* A phrase for FTS5: the query in double quotes, its own quotes doubled. */
static char *
fts_phrase (const char *query)
{
  g_auto(GStrv) parts = g_strsplit (query, "\"", -1);
  g_autofree char *joined = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("\"%s\"", joined);
}

/* Every document, newest first; with @query, those containing it, with a snippet. */
GPtrArray *
ct_library_list (CtStore     *store,
                 const char  *query,
                 GError     **error)
{
  gboolean searching = query != NULL && *query != '\0';
  gboolean indexed = searching && g_utf8_strlen (query, -1) >= 3;
  g_autofree char *sql = g_strdup_printf (
    list_sql,
    !searching ? "NULL" : indexed ? "snippet (documents_fts, 1, '" HIT_OPEN "', '" HIT_CLOSE "', '…', 16)" : "t.text",
    !searching ? "" : indexed ? "JOIN documents_fts ON documents_fts.rowid = d.id WHERE documents_fts MATCH ?1"
                              : "JOIN main.documents t ON t.id = d.id WHERE instr (t.text, ?1) > 0 OR instr (d.title, ?1) > 0");
  sqlite3_stmt *stmt;
  g_autofree char *phrase = indexed ? fts_phrase (query) : NULL;
  GPtrArray *entries;
  int status;

  /* the live views read the edits as last loaded */
  if (!_ct_edits_refresh (store, error) || (stmt = _ct_store_prepare (store, sql, error)) == NULL)
    return NULL;
  if (searching)
    sqlite3_bind_text (stmt, 1, indexed ? phrase : query, -1, SQLITE_TRANSIENT);
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_library_entry_free);
  while ((status = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtLibraryEntry *e = g_new0 (CtLibraryEntry, 1);
      const char *found = _ct_store_column_text (stmt, 7);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->name = g_strdup (_ct_store_column_text (stmt, 1));
      e->title = g_strdup (_ct_store_column_text (stmt, 2));
      e->published = g_strdup (_ct_store_column_text (stmt, 3));
      e->content_hash = g_strdup (_ct_store_column_text (stmt, 4));
      e->places = sqlite3_column_int (stmt, 5);
      e->ties = sqlite3_column_int (stmt, 6);
      if (found != NULL)
        e->snippet = indexed ? snippet_markup (found) : scan_snippet (found, query);
      g_ptr_array_add (entries, e);
    }
  sqlite3_finalize (stmt);
  if (status != SQLITE_DONE)
    {
      _ct_store_fail (store, "search", error);
      g_ptr_array_unref (entries);
      return NULL;
    }
  return entries;
}

/* The document imported from @name (as details and exports name it), or 0. */
gint64
ct_library_find_document (CtStore     *store,
                          const char  *name,
                          GError     **error)
{
  sqlite3_stmt *stmt = _ct_store_prepare (store, "SELECT id FROM main.documents WHERE name = ? ORDER BY id LIMIT 1", error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

void
ct_library_entry_free (CtLibraryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->name);
  g_free (entry->title);
  g_free (entry->published);
  g_free (entry->content_hash);
  g_free (entry->snippet);
  g_free (entry);
}
