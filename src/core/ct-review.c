/* ct-review.c: what the extractor was least sure of, first
 *
 * Each place mention carries why it was taken (full name, short name,
 * abbreviation...), and a tie is as sure as the less sure of its two places
 * in that document.  Items already confirmed or hidden by an edit are not
 * listed again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-review.h"
#include "ct-store-private.h"

static void
free_item (gpointer data)
{
  CtReviewItem *item = data;

  g_free (item->code);
  g_free (item->other);
  g_free (item->tie_kind);
  g_free (item->via);
  g_free (item->sentence);
  g_free (item->document);
  g_free (item->content_hash);
  g_free (item);
}

/* The confidence of each way of matching, as a table the query can join. */
static gboolean
fill_confidence (CtStore *self, GError **error)
{
  if (!_ct_store_exec (self, "CREATE TEMP TABLE IF NOT EXISTS confidence (how TEXT PRIMARY KEY, rank INTEGER)", error))
    return FALSE;
  for (CtHow how = 0; how <= CT_HOW_LAST; how++)
    if (!_ct_store_run (self, error, NULL, "INSERT OR REPLACE INTO confidence (how, rank) VALUES (?, ?)", "ti",
                        ct_how_to_string (how), (sqlite3_int64) ct_how_confidence (how)))
      return FALSE;
  return TRUE;
}

/* The surest reason a document gives for place @code (after merges several may stand for it). */
#define RANK_OF(code) \
  "(SELECT max (c.rank) FROM live_places p JOIN confidence c ON c.how = p.how " \
  " WHERE p.document_id = t.document_id AND p.code = " code ")"

static const char review_sql[] =
  "SELECT * FROM ("
  "  SELECT 0 AS kind, p.code, NULL AS other, c.rank, NULL AS tie_kind, NULL AS via,"
  "         e.sentence, e.start, e.end, d.name, d.content_hash"
  "  FROM live_places p JOIN confidence c ON c.how = p.how JOIN main.documents d ON d.id = p.document_id"
  "  JOIN main.evidence e ON e.id = p.evidence_id"
  "  WHERE NOT ct_marked ('confirm', 'place', p.code, NULL, d.content_hash)"
  "  UNION ALL"
  "  SELECT 1, t.a_code, t.b_code, min (" RANK_OF ("t.a_code") ", " RANK_OF ("t.b_code") "), t.kind, t.via,"
  "         e.sentence, e.start, e.end, d.name, d.content_hash"
  "  FROM live_tie_reasons t JOIN main.documents d ON d.id = t.document_id JOIN main.evidence e ON e.id = t.evidence_id"
  "  WHERE NOT ct_marked ('confirm', 'tie', t.a_code, t.b_code, d.content_hash))"
  "ORDER BY rank, name, start, kind LIMIT ?";

/* Place mentions and the ties that rest on them, least certain first, at most @limit. */
GPtrArray *
ct_store_list_review (CtStore  *self,
                      guint     limit,
                      GError  **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_item);
  sqlite3_stmt *stmt;

  if (!_ct_store_exec (self, "BEGIN", error))
    return NULL;
  if (!fill_confidence (self, error) || !_ct_edits_refresh (self, error) ||
      (stmt = _ct_store_prepare (self, review_sql, error)) == NULL)
    {
      _ct_store_exec (self, "ROLLBACK", NULL);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, limit);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      CtReviewItem *item = g_new0 (CtReviewItem, 1);
      guint rank = sqlite3_column_int (stmt, 3);

      item->kind = sqlite3_column_int (stmt, 0) ? CT_REVIEW_TIE : CT_REVIEW_PLACE;
      item->code = g_strdup (_ct_store_column_text (stmt, 1));
      item->other = g_strdup (_ct_store_column_text (stmt, 2));
      for (CtHow how = 0; how <= CT_HOW_LAST; how++)
        if (ct_how_confidence (how) == rank)
          item->how = how;
      item->confidence = rank;
      item->tie_kind = g_strdup (_ct_store_column_text (stmt, 4));
      item->via = g_strdup (_ct_store_column_text (stmt, 5));
      item->sentence = g_strdup (_ct_store_column_text (stmt, 6));
      item->start = sqlite3_column_int64 (stmt, 7);
      item->end = sqlite3_column_int64 (stmt, 8);
      item->document = g_strdup (_ct_store_column_text (stmt, 9));
      item->content_hash = g_strdup (_ct_store_column_text (stmt, 10));
      g_ptr_array_add (items, item);
    }
  sqlite3_finalize (stmt);
  _ct_store_exec (self, "COMMIT", NULL);
  return g_steal_pointer (&items);
}
