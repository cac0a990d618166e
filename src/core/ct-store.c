/* ct-store.c: a project: one SQLite file of documents and what was extracted from them
 *
 * The schema is versioned with PRAGMA user_version and built by running the
 * migrations in order from an empty file, so an old project and a new one go
 * through the same steps.  A file that is not SQLite, has foreign tables, or
 * comes from a newer City Ties is refused and left untouched.  Every write of
 * a batch happens in one transaction: a failure or a crash leaves the project
 * as it was.  Documents are unique by the SHA-256 of their bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "ct-store.h"

G_DEFINE_QUARK (ct-store-error-quark, ct_store_error)

struct _CtStore
{
  sqlite3 *db;
  char *path;
};

/* Index i takes the schema from version i to i + 1. */
static const char * const migrations[] = {
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  source TEXT,"
  "  content_hash TEXT NOT NULL UNIQUE,"
  "  encoding TEXT,"
  "  title TEXT,"
  "  published TEXT,"
  "  text TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
  "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',"
  "  tokenize='trigram');"
  "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN"
  "  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;"
  "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN"
  "  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;"
  "CREATE TABLE evidence ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL);"
  "CREATE TABLE places ("
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL, how TEXT NOT NULL,"
  "  evidence_id INTEGER REFERENCES evidence (id),"
  "  PRIMARY KEY (document_id, code));"
  "CREATE TABLE groupings ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL, kind TEXT NOT NULL,"
  "  evidence_id INTEGER REFERENCES evidence (id));"
  "CREATE TABLE grouping_members ("
  "  grouping_id INTEGER NOT NULL REFERENCES groupings (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL, PRIMARY KEY (grouping_id, code));"
  "CREATE TABLE agreements ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL, date TEXT,"
  "  evidence_id INTEGER REFERENCES evidence (id));"
  "CREATE TABLE agreement_parties ("
  "  agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL, PRIMARY KEY (agreement_id, code));"
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL, start_date TEXT, end_date TEXT, place_code TEXT,"
  "  evidence_id INTEGER REFERENCES evidence (id));"
  "CREATE TABLE event_participants ("
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL, PRIMARY KEY (event_id, code));"
  "CREATE TABLE tie_reasons ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  a_code TEXT NOT NULL, b_code TEXT NOT NULL, kind TEXT NOT NULL, via TEXT, date TEXT,"
  "  evidence_id INTEGER REFERENCES evidence (id),"
  "  CHECK (a_code < b_code));"
  "CREATE INDEX tie_reasons_pair ON tie_reasons (a_code, b_code);",
};

static gboolean
fail (GError **error, sqlite3 *db, const char *what)
{
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec (CtStore *self, const char *sql, GError **error)
{
  char *message = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, "%s", message ? message : "SQLite error");
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
prepare (CtStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (error, self->db, "prepare");
      return NULL;
    }
  return stmt;
}

static gint
user_version (CtStore *self)
{
  sqlite3_stmt *stmt = prepare (self, "PRAGMA user_version", NULL);
  gint version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

static gint
count_tables (CtStore *self)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT count(*) FROM sqlite_master", NULL);
  gint n = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gboolean
migrate (CtStore *self, GError **error)
{
  gint version = user_version (self);

  if (version < 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT, _("not a City Ties project"));
      return FALSE;
    }
  if (version > CT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW,
                   _("made by a newer City Ties (schema %d; this version reads up to %d)"),
                   version, CT_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (version == 0 && count_tables (self) != 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT,
                   _("not a City Ties project (an SQLite database of another program)"));
      return FALSE;
    }
  for (; version < CT_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (self, migrations[version], error) || !exec (self, bump, error))
        {
          exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      if (!exec (self, "COMMIT", error))
        return FALSE;
    }
  return TRUE;
}

/* Refuses files that are plainly something else before SQLite touches them. */
static gboolean
check_header (const char *path, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  char header[16] = { 0 };
  gsize n = 0;

  if (in == NULL)
    return TRUE;  /* a new project */
  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n, NULL, NULL))
    return TRUE;
  if (n == 0 || memcmp (header, "SQLite format 3", 16) == 0)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT, _("not a City Ties project"));
  return FALSE;
}

CtStore *
ct_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(CtStore) self = g_new0 (CtStore, 1);

  if (!check_header (path, error))
    return NULL;
  self->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, _("cannot open (%s)"), sqlite3_errmsg (self->db));
      return NULL;
    }
  sqlite3_busy_timeout (self->db, 5000);
  if (!migrate (self, error) || !exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ct_store_close (CtStore *self)
{
  if (self == NULL)
    return;
  sqlite3_close (self->db);
  g_free (self->path);
  g_free (self);
}

/* How long a write waits for another writer before giving up. */
void
ct_store_set_busy_timeout (CtStore *self,
                           guint    milliseconds)
{
  sqlite3_busy_timeout (self->db, milliseconds);
}

gboolean
ct_store_has_content (CtStore    *self,
                      const char *content_hash)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT 1 FROM documents WHERE content_hash = ?", NULL);
  gboolean found;

  sqlite3_bind_text (stmt, 1, content_hash, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

gboolean
ct_store_begin (CtStore  *self,
                GError  **error)
{
  return exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
ct_store_commit (CtStore  *self,
                 GError  **error)
{
  return exec (self, "COMMIT", error);
}

void
ct_store_rollback (CtStore *self)
{
  exec (self, "ROLLBACK", NULL);
}

/* ------------------------------------------------------------------------ */
/* Writing one document                                                      */

typedef struct
{
  CtStore *store;
  CtGazetteer *gazetteer;
  sqlite3_int64 document_id;
  GError **error;
} CtWrite;

/* Binds "t" text, "i" integer, "n" null (skipped arg), then steps. */
static gboolean
run_insert (CtWrite *w, const char *sql, sqlite3_int64 *row_id, const char *types, ...)
{
  sqlite3_stmt *stmt = prepare (w->store, sql, w->error);
  va_list args;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  va_start (args, types);
  for (gint i = 0; types[i]; i++)
    {
      if (types[i] == 't')
        {
          const char *value = va_arg (args, const char *);

          if (value != NULL)
            sqlite3_bind_text (stmt, i + 1, value, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i + 1);
        }
      else
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, sqlite3_int64));
    }
  va_end (args);
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  if (!ok)
    fail (w->error, w->store->db, "insert");
  else if (row_id != NULL)
    *row_id = sqlite3_last_insert_rowid (w->store->db);
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
write_evidence (CtWrite *w, const CtEvidence *evidence, sqlite3_int64 *id)
{
  return run_insert (w, "INSERT INTO evidence (document_id, start, end, sentence) VALUES (?, ?, ?, ?)", id, "iiit",
                     w->document_id, (sqlite3_int64) evidence->start, (sqlite3_int64) evidence->end,
                     evidence->sentence ? evidence->sentence : "");
}

static const char *
code_of (CtWrite *w, guint division)
{
  return ct_gazetteer_get_division (w->gazetteer, division)->code;
}

static gboolean
write_codes (CtWrite *w, const char *sql, sqlite3_int64 owner, GArray *codes)
{
  for (guint i = 0; i < codes->len; i++)
    if (!run_insert (w, sql, NULL, "it", owner, code_of (w, g_array_index (codes, guint, i))))
      return FALSE;
  return TRUE;
}

/* Pairs are stored with the smaller code first, so each pair has one form. */
#define MIN_CODE(a, b) (strcmp ((a), (b)) < 0 ? (a) : (b))
#define MAX_CODE(a, b) (strcmp ((a), (b)) < 0 ? (b) : (a))

static gboolean
write_extraction (CtWrite *w, CtExtraction *x)
{
  sqlite3_int64 ev, id;

  for (guint i = 0; i < x->places->len; i++)
    {
      const CtPlace *p = &g_array_index (x->places, CtPlace, i);

      if (!write_evidence (w, &p->evidence, &ev) ||
          !run_insert (w, "INSERT INTO places (document_id, code, how, evidence_id) VALUES (?, ?, ?, ?)", NULL, "itti",
                       w->document_id, code_of (w, p->division), ct_how_to_string (p->how), ev))
        return FALSE;
    }
  for (guint i = 0; i < x->groupings->len; i++)
    {
      const CtGrouping *g = g_ptr_array_index (x->groupings, i);

      if (!write_evidence (w, &g->evidence, &ev) ||
          !run_insert (w, "INSERT INTO groupings (document_id, name, kind, evidence_id) VALUES (?, ?, ?, ?)", &id, "itti",
                       w->document_id, g->name, ct_grouping_kind_to_string (g->kind), ev) ||
          !write_codes (w, "INSERT OR IGNORE INTO grouping_members (grouping_id, code) VALUES (?, ?)", id, g->members))
        return FALSE;
    }
  for (guint i = 0; i < x->agreements->len; i++)
    {
      const CtAgreement *a = g_ptr_array_index (x->agreements, i);
      g_autofree char *date = ct_date_format (&a->date);

      if (!write_evidence (w, &a->evidence, &ev) ||
          !run_insert (w, "INSERT INTO agreements (document_id, title, date, evidence_id) VALUES (?, ?, ?, ?)", &id, "itti",
                       w->document_id, a->title, date, ev) ||
          !write_codes (w, "INSERT OR IGNORE INTO agreement_parties (agreement_id, code) VALUES (?, ?)", id, a->parties))
        return FALSE;
    }
  for (guint i = 0; i < x->events->len; i++)
    {
      const CtEvent *e = g_ptr_array_index (x->events, i);
      g_autofree char *start = ct_date_format (&e->start);
      g_autofree char *end = ct_date_format (&e->end);

      if (!write_evidence (w, &e->evidence, &ev) ||
          !run_insert (w, "INSERT INTO events (document_id, title, start_date, end_date, place_code, evidence_id) "
                          "VALUES (?, ?, ?, ?, ?, ?)", &id, "itttti",
                       w->document_id, e->title, start, end, e->place >= 0 ? code_of (w, e->place) : NULL, ev) ||
          !write_codes (w, "INSERT OR IGNORE INTO event_participants (event_id, code) VALUES (?, ?)", id, e->participants))
        return FALSE;
    }
  for (guint i = 0; i < x->ties->len; i++)
    {
      const CtTie *t = &g_array_index (x->ties, CtTie, i);

      for (guint k = 0; k < t->reasons->len; k++)
        {
          const CtTieReason *r = &g_array_index (t->reasons, CtTieReason, k);
          g_autofree char *date = ct_date_format (&r->date);
          const char *kinds[] = { "agreement", "event", "grouping", "joint" };
          guint bit = r->kind == CT_TIE_AGREEMENT ? 0 : r->kind == CT_TIE_EVENT ? 1 : r->kind == CT_TIE_GROUPING ? 2 : 3;

          if (!write_evidence (w, &r->evidence, &ev) ||
              !run_insert (w, "INSERT INTO tie_reasons (document_id, a_code, b_code, kind, via, date, evidence_id) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)", NULL, "ittttti",
                           w->document_id, MIN_CODE (code_of (w, t->a), code_of (w, t->b)),
                           MAX_CODE (code_of (w, t->a), code_of (w, t->b)), kinds[bit], r->via, date, ev))
            return FALSE;
        }
    }
  return TRUE;
}

/* Call between ct_store_begin() and ct_store_commit(). */
gboolean
ct_store_add (CtStore       *self,
              CtDocument    *document,
              const char    *source,
              CtExtraction  *extraction,
              CtGazetteer   *gazetteer,
              GError       **error)
{
  CtWrite w = { self, gazetteer, 0, error };
  g_autofree char *published = ct_date_format (&document->published);

  return run_insert (&w, "INSERT INTO documents (name, source, content_hash, encoding, title, published, text) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", &w.document_id, "ttttttt",
                     document->name, source, document->content_hash, document->encoding, document->title,
                     published, document->text) &&
         write_extraction (&w, extraction);
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */

static guint
count_query (CtStore *self, const char *sql)
{
  sqlite3_stmt *stmt = prepare (self, sql, NULL);
  guint n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

gboolean
ct_store_count (CtStore        *self,
                CtStoreCounts  *counts,
                GError        **error)
{
  counts->documents = count_query (self, "SELECT count(*) FROM documents");
  counts->places = count_query (self, "SELECT count(DISTINCT code) FROM places");
  counts->groupings = count_query (self, "SELECT count(DISTINCT name) FROM groupings");
  counts->agreements = count_query (self, "SELECT count(DISTINCT title) FROM agreements");
  counts->events = count_query (self, "SELECT count(DISTINCT title) FROM events");
  counts->ties = count_query (self, "SELECT count(*) FROM (SELECT DISTINCT a_code, b_code FROM tie_reasons)");
  return TRUE;
}

static const char *
column_text (sqlite3_stmt *stmt, gint column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static void
add_string_or_null (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

/* {"start", "end", "sentence"} from three columns of @stmt starting at @first */
static void
add_evidence_columns (JsonBuilder *b, sqlite3_stmt *stmt, gint first)
{
  json_builder_set_member_name (b, "evidence");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, sqlite3_column_int64 (stmt, first));
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, sqlite3_column_int64 (stmt, first + 1));
  add_string_or_null (b, "sentence", column_text (stmt, first + 2));
  json_builder_end_object (b);
}

static void
export_documents (CtStore *self, JsonBuilder *b)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT id, name, title, published, encoding, content_hash FROM documents ORDER BY id", NULL);

  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, 0));
      add_string_or_null (b, "name", column_text (stmt, 1));
      add_string_or_null (b, "title", column_text (stmt, 2));
      add_string_or_null (b, "published", column_text (stmt, 3));
      add_string_or_null (b, "encoding", column_text (stmt, 4));
      add_string_or_null (b, "sha256", column_text (stmt, 5));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  sqlite3_finalize (stmt);
}

static void
export_nodes (CtStore *self, CtGazetteer *gazetteer, JsonBuilder *b)
{
  sqlite3_stmt *stmt = prepare (self,
    "SELECT code, count(*) FROM places GROUP BY code ORDER BY code", NULL);
  const char *levels[] = { "province", "prefecture", "county" };

  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint index = ct_gazetteer_lookup_code (gazetteer, column_text (stmt, 0));
      const CtDivision *d;

      if (index < 0)
        continue;
      d = ct_gazetteer_get_division (gazetteer, index);
      json_builder_begin_object (b);
      add_string_or_null (b, "id", d->code);
      add_string_or_null (b, "kind", "place");
      add_string_or_null (b, "code", d->code);
      add_string_or_null (b, "name", d->name);
      add_string_or_null (b, "path", d->path);
      add_string_or_null (b, "level", levels[d->level]);
      add_string_or_null (b, "province", ct_gazetteer_get_division (gazetteer, ct_gazetteer_get_province (gazetteer, index))->name);
      json_builder_set_member_name (b, "lng");
      json_builder_add_double_value (b, d->lng);
      json_builder_set_member_name (b, "lat");
      json_builder_add_double_value (b, d->lat);
      json_builder_set_member_name (b, "documents");
      json_builder_add_int_value (b, sqlite3_column_int (stmt, 1));
      json_builder_end_object (b);
    }
  sqlite3_finalize (stmt);

  stmt = prepare (self, "SELECT name, min(kind), count(*) FROM groupings GROUP BY name ORDER BY name", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *id = g_strconcat ("grouping:", column_text (stmt, 0), NULL);

      json_builder_begin_object (b);
      add_string_or_null (b, "id", id);
      add_string_or_null (b, "kind", column_text (stmt, 1));
      add_string_or_null (b, "name", column_text (stmt, 0));
      json_builder_set_member_name (b, "documents");
      json_builder_add_int_value (b, sqlite3_column_int (stmt, 2));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  sqlite3_finalize (stmt);
}

static void
export_edges (CtStore *self, JsonBuilder *b)
{
  sqlite3_stmt *stmt = prepare (self,
    "SELECT t.a_code, t.b_code, t.kind, t.via, t.date, d.name, e.start, e.end, e.sentence "
    "FROM tie_reasons t JOIN documents d ON d.id = t.document_id JOIN evidence e ON e.id = t.evidence_id "
    "ORDER BY t.a_code, t.b_code, t.id", NULL);
  g_autofree char *a = NULL, *bb = NULL;
  gboolean open = FALSE;

  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (!open || g_strcmp0 (a, column_text (stmt, 0)) != 0 || g_strcmp0 (bb, column_text (stmt, 1)) != 0)
        {
          if (open)
            {
              json_builder_end_array (b);
              json_builder_end_object (b);
            }
          g_free (a);
          g_free (bb);
          a = g_strdup (column_text (stmt, 0));
          bb = g_strdup (column_text (stmt, 1));
          json_builder_begin_object (b);
          add_string_or_null (b, "source", a);
          add_string_or_null (b, "target", bb);
          add_string_or_null (b, "kind", "tie");
          json_builder_set_member_name (b, "reasons");
          json_builder_begin_array (b);
          open = TRUE;
        }
      json_builder_begin_object (b);
      add_string_or_null (b, "kind", column_text (stmt, 2));
      add_string_or_null (b, "via", column_text (stmt, 3));
      add_string_or_null (b, "date", column_text (stmt, 4));
      add_string_or_null (b, "document", column_text (stmt, 5));
      add_evidence_columns (b, stmt, 6);
      json_builder_end_object (b);
    }
  if (open)
    {
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  sqlite3_finalize (stmt);

  stmt = prepare (self,
    "SELECT DISTINCT m.code, g.name FROM grouping_members m JOIN groupings g ON g.id = m.grouping_id "
    "ORDER BY g.name, m.code", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *target = g_strconcat ("grouping:", column_text (stmt, 1), NULL);

      json_builder_begin_object (b);
      add_string_or_null (b, "source", column_text (stmt, 0));
      add_string_or_null (b, "target", target);
      add_string_or_null (b, "kind", "membership");
      json_builder_end_object (b);
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (b);
}

/* Agreements and events, each with its places and evidence: the timeline's items. */
static void
export_items (CtStore *self, JsonBuilder *b, const char *member, const char *items_sql, const char *codes_sql,
              const char *codes_member)
{
  sqlite3_stmt *stmt = prepare (self, items_sql, NULL);
  sqlite3_stmt *codes = prepare (self, codes_sql, NULL);
  gboolean is_event = g_str_equal (member, "events");

  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      add_string_or_null (b, "title", column_text (stmt, 1));
      add_string_or_null (b, is_event ? "start" : "date", column_text (stmt, 2));
      if (is_event)
        {
          add_string_or_null (b, "end", column_text (stmt, 3));
          add_string_or_null (b, "place", column_text (stmt, 4));
        }
      add_string_or_null (b, "document", column_text (stmt, 5));
      json_builder_set_member_name (b, codes_member);
      json_builder_begin_array (b);
      sqlite3_reset (codes);
      sqlite3_bind_int64 (codes, 1, sqlite3_column_int64 (stmt, 0));
      while (sqlite3_step (codes) == SQLITE_ROW)
        json_builder_add_string_value (b, column_text (codes, 0));
      json_builder_end_array (b);
      add_evidence_columns (b, stmt, 6);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  sqlite3_finalize (codes);
  sqlite3_finalize (stmt);
}

JsonNode *
ct_store_export (CtStore      *self,
                 CtGazetteer  *gazetteer,
                 GError      **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  if (!exec (self, "BEGIN", error))
    return NULL;
  json_builder_begin_object (b);
  export_documents (self, b);
  export_nodes (self, gazetteer, b);
  export_edges (self, b);
  export_items (self, b, "agreements",
                "SELECT a.id, a.title, a.date, NULL, NULL, d.name, e.start, e.end, e.sentence "
                "FROM agreements a JOIN documents d ON d.id = a.document_id LEFT JOIN evidence e ON e.id = a.evidence_id "
                "ORDER BY a.date, a.id",
                "SELECT code FROM agreement_parties WHERE agreement_id = ? ORDER BY code", "parties");
  export_items (self, b, "events",
                "SELECT v.id, v.title, v.start_date, v.end_date, v.place_code, d.name, e.start, e.end, e.sentence "
                "FROM events v JOIN documents d ON d.id = v.document_id LEFT JOIN evidence e ON e.id = v.evidence_id "
                "ORDER BY v.start_date, v.id",
                "SELECT code FROM event_participants WHERE event_id = ? ORDER BY code", "participants");
  json_builder_end_object (b);
  exec (self, "COMMIT", NULL);
  return json_builder_get_root (b);
}
