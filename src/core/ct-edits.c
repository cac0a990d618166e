/* ct-edits.c: the user's corrections, stored in the project and applied to what was extracted
 *
 * Edits are rows of their own, never changes to the extracted rows, so
 * extracting again (a better extractor, a corrected date) replaces those rows
 * and the edits still apply.  They apply when the project is read: the live_*
 * views show the extracted rows through a few SQL functions that look the
 * applied edits up (merges followed to the entity that absorbs them, hidden
 * things dropped, manual ties added).
 *
 * Undo and redo are edits changing state, so they persist too: undo takes
 * the newest applied edit back, redo reapplies the oldest undone one, and a
 * new edit discards what could have been redone (kept as history).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "ct-edits.h"
#include "ct-store-private.h"

/* A longer chain of merges is a cycle; stop anywhere on it. */
#define MAX_CHAIN 64

static const char * const op_names[] = { "rename", "merge", "hide", "add-tie", "set-date", "confirm" };
static const char * const target_names[] = { "place", "grouping", "agreement", "event", "tie", "document" };

#define BIT(t) (1u << (t))

/* Which targets each operation takes. */
static const guint op_targets[] = {
  [CT_EDIT_RENAME] = BIT (CT_EDIT_PLACE) | BIT (CT_EDIT_GROUPING),
  [CT_EDIT_MERGE] = BIT (CT_EDIT_PLACE) | BIT (CT_EDIT_GROUPING),
  [CT_EDIT_HIDE] = BIT (CT_EDIT_PLACE) | BIT (CT_EDIT_GROUPING) | BIT (CT_EDIT_AGREEMENT) | BIT (CT_EDIT_EVENT) |
                   BIT (CT_EDIT_TIE),
  [CT_EDIT_ADD_TIE] = BIT (CT_EDIT_TIE),
  [CT_EDIT_SET_DATE] = BIT (CT_EDIT_DOCUMENT),
  [CT_EDIT_CONFIRM] = BIT (CT_EDIT_PLACE) | BIT (CT_EDIT_TIE),
};

struct _CtEditIndex
{
  GHashTable *merged[2];   /* by CT_EDIT_PLACE, CT_EDIT_GROUPING: key -> what it is the same as */
  GHashTable *hidden[2];   /* keys marked wrong */
  GHashTable *renamed[2];  /* the key shown -> its name */
  GHashTable *marks;       /* mark_key () of hidden items and ties, confirmations */
  GHashTable *dates;       /* content hash -> publication date set */
  GPtrArray *edits;        /* the applied edits, which own the strings above */
};

static gint
lookup_name (const char * const *names, guint n, const char *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return -1;
}

static char *
mark_key (const char *op, const char *target, const char *key, const char *other, const char *document)
{
  return g_strjoin ("\x1f", op, target, key ? key : "", other ? other : "", document ? document : "", NULL);
}

/* What @key stands for after merges, or NULL when it (or what absorbed it) is hidden. */
static const char *
resolve (CtEditIndex *x, CtEditTarget target, const char *key, gboolean hidden_too)
{
  for (guint step = 0; key != NULL && step < MAX_CHAIN; step++)
    {
      const char *into;

      if (hidden_too && g_hash_table_contains (x->hidden[target], key))
        return NULL;
      into = g_hash_table_lookup (x->merged[target], key);
      if (into == NULL)
        break;
      key = into;
    }
  return key;
}

static void
add_mark (CtEditIndex *x, const CtEdit *e, const char *key, const char *other)
{
  g_hash_table_add (x->marks, mark_key (op_names[e->op], target_names[e->target], key, other, e->document));
}

/* A tie is keyed by its two places as they are shown, in order. */
static void
add_tie_mark (CtEditIndex *x, const CtEdit *e)
{
  const char *a = resolve (x, CT_EDIT_PLACE, e->key, TRUE);
  const char *b = resolve (x, CT_EDIT_PLACE, e->other, TRUE);

  if (a != NULL && b != NULL)
    {
      gboolean in_order = strcmp (a, b) < 0;

      add_mark (x, e, in_order ? a : b, in_order ? b : a);
    }
}

static void
index_edits (CtEditIndex *x, GPtrArray *edits)
{
  g_clear_pointer (&x->edits, g_ptr_array_unref);
  x->edits = edits;
  /* merges, hides and dates first: the rest is keyed by what is shown */
  for (guint i = 0; i < edits->len; i++)
    {
      CtEdit *e = g_ptr_array_index (edits, i);

      if (e->op == CT_EDIT_MERGE)
        g_hash_table_insert (x->merged[e->target], e->key, e->other);
      else if (e->op == CT_EDIT_HIDE && e->target <= CT_EDIT_GROUPING)
        g_hash_table_add (x->hidden[e->target], e->key);
      else if (e->op == CT_EDIT_SET_DATE)
        g_hash_table_insert (x->dates, e->key, e->value);
    }
  for (guint i = 0; i < edits->len; i++)
    {
      CtEdit *e = g_ptr_array_index (edits, i);
      const char *shown;

      if (e->op == CT_EDIT_RENAME && (shown = resolve (x, e->target, e->key, TRUE)) != NULL)
        g_hash_table_insert (x->renamed[e->target], (gpointer) shown, e->value);
      else if ((e->op == CT_EDIT_HIDE || e->op == CT_EDIT_CONFIRM) && e->target == CT_EDIT_TIE)
        add_tie_mark (x, e);
      else if (e->op == CT_EDIT_HIDE && (e->target == CT_EDIT_AGREEMENT || e->target == CT_EDIT_EVENT))
        add_mark (x, e, e->key, NULL);
      else if (e->op == CT_EDIT_CONFIRM && (shown = resolve (x, e->target, e->key, TRUE)) != NULL)
        add_mark (x, e, shown, NULL);
    }
}

static void
each_table (CtEditIndex *x, void (*fn) (GHashTable *))
{
  for (guint t = 0; t < 2; t++)
    {
      fn (x->merged[t]);
      fn (x->hidden[t]);
      fn (x->renamed[t]);
    }
  fn (x->marks);
  fn (x->dates);
}

/* ------------------------------------------------------------------------ */
/* Reading and writing edits                                                 */

void
ct_edit_free (CtEdit *edit)
{
  if (edit == NULL)
    return;
  g_free (edit->created_at);
  g_free (edit->key);
  g_free (edit->other);
  g_free (edit->document);
  g_free (edit->value);
  g_free (edit);
}

static GPtrArray *
load_edits (CtStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, sql, error);
  GPtrArray *edits;

  if (stmt == NULL)
    return NULL;
  edits = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_edit_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint op = lookup_name (op_names, G_N_ELEMENTS (op_names), _ct_store_column_text (stmt, 2));
      gint target = lookup_name (target_names, G_N_ELEMENTS (target_names), _ct_store_column_text (stmt, 3));
      CtEdit *e;

      if (op < 0 || target < 0)
        continue;  /* written by a newer City Ties: not ours to apply */
      e = g_new0 (CtEdit, 1);
      e->id = sqlite3_column_int64 (stmt, 0);
      e->created_at = g_strdup (_ct_store_column_text (stmt, 1));
      e->op = op;
      e->target = target;
      e->key = g_strdup (_ct_store_column_text (stmt, 4));
      e->other = g_strdup (_ct_store_column_text (stmt, 5));
      e->document = g_strdup (_ct_store_column_text (stmt, 6));
      e->value = g_strdup (_ct_store_column_text (stmt, 7));
      e->state = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (edits, e);
    }
  sqlite3_finalize (stmt);
  return edits;
}

#define EDIT_COLUMNS "SELECT id, created_at, op, target, key, other, document, value, state FROM edits "

/* Reads the applied edits again; call inside the transaction that reads
 * through the live_* views.  The index points into the edits it keeps. */
gboolean
_ct_edits_refresh (CtStore  *self,
                   GError  **error)
{
  GPtrArray *edits = load_edits (self, EDIT_COLUMNS "WHERE state = 0 ORDER BY id", error);

  if (edits == NULL)
    return FALSE;
  each_table (self->edits, g_hash_table_remove_all);
  index_edits (self->edits, edits);
  return TRUE;
}

GPtrArray *
ct_store_list_edits (CtStore  *self,
                     GError  **error)
{
  return load_edits (self, EDIT_COLUMNS "ORDER BY id", error);
}

static gboolean
invalid (GError **error, const char *why)
{
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, _("not a possible edit: %s"), why);
  return FALSE;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
check_edit (CtStore *self, const CtEdit *e, GError **error)
{
  CtDate date;

  if ((guint) e->op >= G_N_ELEMENTS (op_names) || (guint) e->target >= G_N_ELEMENTS (target_names) ||
      (op_targets[e->op] & BIT (e->target)) == 0)
    return invalid (error, _("this operation does not apply to that kind of item"));
  if (is_empty (e->key))
    return invalid (error, _("it names nothing"));
  if ((e->op == CT_EDIT_MERGE || e->target == CT_EDIT_TIE) && (is_empty (e->other) || g_str_equal (e->key, e->other)))
    return invalid (error, _("it needs two different places or groupings"));
  if (e->op == CT_EDIT_MERGE && g_strcmp0 (resolve (self->edits, e->target, e->other, FALSE), e->key) == 0)
    return invalid (error, _("the other one is already merged into this one"));
  if (e->op == CT_EDIT_RENAME && is_empty (e->value))
    return invalid (error, _("the new name is empty"));
  if (e->op == CT_EDIT_HIDE && (e->target == CT_EDIT_AGREEMENT || e->target == CT_EDIT_EVENT) && is_empty (e->document))
    return invalid (error, _("an agreement or event is hidden in the document it was found in"));
  if (e->op == CT_EDIT_SET_DATE && (!ct_date_parse (e->value, &date) || date.year == 0))
    return invalid (error, _("dates are written 2024, 2024-09 or 2024-09-23"));
  return TRUE;
}

/* Returns the id of the new edit, or -1 with @error set.  A tie's two places
 * are stored in order, so each pair has one form. */
gint64
ct_store_add_edit (CtStore       *self,
                   const CtEdit  *edit,
                   GError       **error)
{
  CtEdit e = *edit;
  sqlite3_int64 id = 0;

  if (e.target == CT_EDIT_TIE && e.key != NULL && e.other != NULL && strcmp (e.key, e.other) > 0)
    {
      e.key = edit->other;
      e.other = edit->key;
    }
  if (!ct_store_begin (self, error))
    return -1;
  if (!_ct_edits_refresh (self, error) || !check_edit (self, &e, error) ||
      !_ct_store_run (self, error, NULL, "UPDATE edits SET state = 2 WHERE state = 1", "") ||
      !_ct_store_run (self, error, &id, "INSERT INTO edits (op, target, key, other, document, value) "
                                        "VALUES (?, ?, ?, ?, ?, ?)", "tttttt",
                      op_names[e.op], target_names[e.target], e.key, e.other, e.document, e.value) ||
      !ct_store_commit (self, error))
    {
      ct_store_rollback (self);
      return -1;
    }
  return id;
}

/* Moves the edit @pick chooses to @state; its id, 0 when there is none, -1 on error. */
static gint64
move_edit (CtStore *self, const char *pick, CtEditState state, GError **error)
{
  gint64 id;

  if (!ct_store_begin (self, error))
    return -1;
  id = _ct_store_query_int (self, pick, 0);
  if ((id > 0 && !_ct_store_run (self, error, NULL, "UPDATE edits SET state = ? WHERE id = ?", "ii",
                                 (sqlite3_int64) state, id)) ||
      !ct_store_commit (self, error))
    {
      ct_store_rollback (self);
      return -1;
    }
  return id;
}

#define NEWEST_APPLIED "SELECT max(id) FROM edits WHERE state = 0"
#define OLDEST_UNDONE "SELECT min(id) FROM edits WHERE state = 1"

/* Returns the id of the edit taken back, 0 when there is none, -1 with @error set. */
gint64
ct_store_undo_edit (CtStore  *self,
                    GError  **error)
{
  return move_edit (self, NEWEST_APPLIED, CT_EDIT_UNDONE, error);
}

/* Returns the id of the edit applied again, 0 when there is none, -1 with @error set. */
gint64
ct_store_redo_edit (CtStore  *self,
                    GError  **error)
{
  return move_edit (self, OLDEST_UNDONE, CT_EDIT_APPLIED, error);
}

gboolean
ct_store_can_undo (CtStore *self)
{
  return !self->read_only && _ct_store_query_int (self, NEWEST_APPLIED, 0) > 0;
}

gboolean
ct_store_can_redo (CtStore *self)
{
  return !self->read_only && _ct_store_query_int (self, OLDEST_UNDONE, 0) > 0;
}

/* The publication date the user set for the document with @content_hash. */
gboolean
ct_store_get_set_date (CtStore    *self,
                       const char *content_hash,
                       CtDate     *date)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "SELECT value FROM edits WHERE state = 0 AND op = 'set-date' "
                                                "AND key = ? ORDER BY id DESC LIMIT 1", NULL);
  gboolean found = FALSE;

  sqlite3_bind_text (stmt, 1, content_hash, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = ct_date_parse (_ct_store_column_text (stmt, 0), date);
  sqlite3_finalize (stmt);
  return found;
}

/* ------------------------------------------------------------------------ */
/* Applying them: SQL functions and views                                    */

static void
result_text_or_null (sqlite3_context *context, const char *text)
{
  if (text != NULL)
    sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_null (context);
}

static const char *
arg_text (sqlite3_value **argv, gint i)
{
  return (const char *) sqlite3_value_text (argv[i]);
}

/* ct_place (code), ct_grouping (name): what is shown for it, NULL when hidden */
static void
place_fn (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  CtStore *self = sqlite3_user_data (context);

  result_text_or_null (context, resolve (self->edits, CT_EDIT_PLACE, arg_text (argv, 0), TRUE));
}

static void
grouping_fn (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  CtStore *self = sqlite3_user_data (context);

  result_text_or_null (context, resolve (self->edits, CT_EDIT_GROUPING, arg_text (argv, 0), TRUE));
}

/* ct_label ('place' | 'grouping', key): the name the user gave it, or NULL */
static void
label_fn (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  CtStore *self = sqlite3_user_data (context);
  gint target = lookup_name (target_names, 2, arg_text (argv, 0));

  result_text_or_null (context, target >= 0 && arg_text (argv, 1) != NULL ?
                                g_hash_table_lookup (self->edits->renamed[target], arg_text (argv, 1)) : NULL);
}

/* ct_marked (op, target, key, other, document): whether such an edit applies,
 * in that document or in all of them */
static void
marked_fn (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  CtStore *self = sqlite3_user_data (context);
  g_autofree char *here = mark_key (arg_text (argv, 0), arg_text (argv, 1), arg_text (argv, 2), arg_text (argv, 3),
                                    arg_text (argv, 4));
  g_autofree char *everywhere = mark_key (arg_text (argv, 0), arg_text (argv, 1), arg_text (argv, 2),
                                          arg_text (argv, 3), NULL);

  sqlite3_result_int (context, g_hash_table_contains (self->edits->marks, here) ||
                               g_hash_table_contains (self->edits->marks, everywhere));
}

/* ct_set_date (content_hash): the publication date the user set, or NULL */
static void
set_date_fn (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  CtStore *self = sqlite3_user_data (context);
  const char *hash = arg_text (argv, 0);

  result_text_or_null (context, hash ? g_hash_table_lookup (self->edits->dates, hash) : NULL);
}

static const char views[] =
  "CREATE TEMP VIEW live_documents AS"
  "  SELECT id, name, title, ifnull (ct_set_date (content_hash), published) AS published, encoding, content_hash"
  "  FROM main.documents;"
  "CREATE TEMP VIEW live_places AS"
  "  SELECT * FROM (SELECT document_id, ct_place (code) AS code, how, evidence_id FROM main.places)"
  "  WHERE code IS NOT NULL;"
  "CREATE TEMP VIEW live_groupings AS"
  "  SELECT * FROM (SELECT id, document_id, ct_grouping (name) AS name, kind, evidence_id FROM main.groupings)"
  "  WHERE name IS NOT NULL;"
  "CREATE TEMP VIEW live_memberships AS"
  "  SELECT DISTINCT code, name FROM (SELECT ct_place (m.code) AS code, g.name FROM main.grouping_members m"
  "                                   JOIN live_groupings g ON g.id = m.grouping_id)"
  "  WHERE code IS NOT NULL;"
  "CREATE TEMP VIEW live_manual_ties AS"
  "  SELECT min (a, b) AS a_code, max (a, b) AS b_code, note"
  "  FROM (SELECT ct_place (key) AS a, ct_place (other) AS b, value AS note FROM main.edits"
  "        WHERE op = 'add-tie' AND state = 0)"
  "  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b;"
  /* extracted reasons between the places shown, then the ties added by hand */
  "CREATE TEMP VIEW live_tie_reasons AS"
  "  SELECT id, document_id, min (a, b) AS a_code, max (a, b) AS b_code, kind, via, date, evidence_id, NULL AS note"
  "  FROM (SELECT t.id, t.document_id, ct_place (t.a_code) AS a, ct_place (t.b_code) AS b, t.kind,"
  "               CASE t.kind WHEN 'grouping' THEN ct_grouping (t.via) ELSE t.via END AS via,"
  "               t.date, t.evidence_id, d.content_hash"
  "        FROM main.tie_reasons t JOIN main.documents d ON d.id = t.document_id)"
  "  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND (kind <> 'grouping' OR via IS NOT NULL)"
  "    AND NOT ct_marked ('hide', kind, via, NULL, content_hash)"
  "    AND NOT ct_marked ('hide', 'tie', min (a, b), max (a, b), content_hash)"
  "  UNION ALL"
  "  SELECT NULL, NULL, a_code, b_code, 'manual', NULL, NULL, NULL, note FROM live_manual_ties;"
  "CREATE TEMP VIEW live_agreements AS"
  "  SELECT a.id, a.document_id, a.title, a.date, a.evidence_id"
  "  FROM main.agreements a JOIN main.documents d ON d.id = a.document_id"
  "  WHERE NOT ct_marked ('hide', 'agreement', a.title, NULL, d.content_hash);"
  "CREATE TEMP VIEW live_events AS"
  "  SELECT v.id, v.document_id, v.title, v.start_date, v.end_date, ct_place (v.place_code) AS place_code, v.evidence_id"
  "  FROM main.events v JOIN main.documents d ON d.id = v.document_id"
  "  WHERE NOT ct_marked ('hide', 'event', v.title, NULL, d.content_hash);"
  "CREATE TEMP VIEW live_agreement_parties AS"
  "  SELECT DISTINCT agreement_id, code FROM (SELECT agreement_id, ct_place (code) AS code FROM main.agreement_parties)"
  "  WHERE code IS NOT NULL;"
  "CREATE TEMP VIEW live_event_participants AS"
  "  SELECT DISTINCT event_id, code FROM (SELECT event_id, ct_place (code) AS code FROM main.event_participants)"
  "  WHERE code IS NOT NULL;"
  /* a place tied by hand is shown even when no document names it */
  "CREATE TEMP VIEW live_place_nodes AS"
  "  SELECT code, count (DISTINCT document_id) AS documents FROM ("
  "    SELECT code, document_id FROM live_places"
  "    UNION ALL SELECT a_code, NULL FROM live_manual_ties"
  "    UNION ALL SELECT b_code, NULL FROM live_manual_ties)"
  "  GROUP BY code;";

static GHashTable *
new_set (void)
{
  return g_hash_table_new (g_str_hash, g_str_equal);
}

gboolean
_ct_edits_attach (CtStore  *self,
                  GError  **error)
{
  static const struct
  {
    const char *name;
    int n_args;
    void (*fn) (sqlite3_context *, int, sqlite3_value **);
  } functions[] = {
    { "ct_place", 1, place_fn },
    { "ct_grouping", 1, grouping_fn },
    { "ct_label", 2, label_fn },
    { "ct_marked", 5, marked_fn },
    { "ct_set_date", 1, set_date_fn },
  };
  CtEditIndex *x = g_new0 (CtEditIndex, 1);

  for (guint t = 0; t < 2; t++)
    {
      x->merged[t] = new_set ();
      x->hidden[t] = new_set ();
      x->renamed[t] = new_set ();
    }
  x->marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  x->dates = new_set ();
  self->edits = x;
  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    if (sqlite3_create_function_v2 (self->db, functions[i].name, functions[i].n_args, SQLITE_UTF8, self,
                                    functions[i].fn, NULL, NULL, NULL) != SQLITE_OK)
      return _ct_store_fail (self, "functions", error);
  return _ct_store_exec (self, views, error);
}

void
_ct_edits_detach (CtStore *self)
{
  CtEditIndex *x = self->edits;

  if (x == NULL)
    return;
  each_table (x, g_hash_table_unref);
  g_clear_pointer (&x->edits, g_ptr_array_unref);
  g_clear_pointer (&self->edits, g_free);
}
