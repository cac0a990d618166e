/* ct-store.c: a project: one SQLite file of documents and what was extracted from them
 *
 * The schema is versioned with PRAGMA user_version and built by running the
 * migrations in order from an empty file, so an old project and a new one go
 * through the same steps.  A project of an older schema is first copied to
 * NAME.vN.bak (N its schema; NAME.vN-2.bak and so on when that exists).  A
 * file that is not SQLite, has foreign tables, or comes from a newer City
 * Ties is refused and left untouched.  A file that cannot be written (write
 * protected, or on a read-only medium) opens read-only and every write is
 * refused.  Every write of a batch happens in one transaction: a failure or
 * a crash leaves the project as it was.
 *
 * A document is the bytes of its first source, kept so it can be extracted
 * again; every file it came from (the same bytes, or a syndicated copy with
 * the same body) is one row of document_sources.  Reading goes through the
 * live_* views of ct-edits.c, which apply the user's edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-store-private.h"

G_DEFINE_QUARK (ct-store-error-quark, ct_store_error)

static gboolean fill_body_hashes (CtStore *self, GError **error);

typedef struct
{
  const char *sql;
  gboolean (*after) (CtStore *self, GError **error);  /* what SQL alone cannot do */
} CtMigration;

/* Index i takes the schema from version i to i + 1. */
static const CtMigration migrations[] = {
  { "CREATE TABLE documents ("
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
  "CREATE INDEX tie_reasons_pair ON tie_reasons (a_code, b_code);", NULL },

  /* 2: the bytes of each document (to extract again), syndicated copies, edits */
  { "ALTER TABLE documents ADD COLUMN bytes BLOB;"
  "ALTER TABLE documents ADD COLUMN body_hash TEXT;"
  "CREATE INDEX documents_body ON documents (body_hash);"
  "CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN"
  "  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
  "  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;"
  "CREATE TABLE document_sources ("
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL, source TEXT,"
  "  content_hash TEXT NOT NULL UNIQUE,"
  "  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
  "INSERT INTO document_sources (document_id, name, source, content_hash, added_at)"
  "  SELECT id, name, source, content_hash, imported_at FROM documents;"
  "CREATE TABLE edits ("
  "  id INTEGER PRIMARY KEY,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  op TEXT NOT NULL, target TEXT NOT NULL,"
  "  key TEXT NOT NULL, other TEXT, document TEXT, value TEXT,"
  "  state INTEGER NOT NULL DEFAULT 0);", fill_body_hashes },
};

gboolean
_ct_store_fail (CtStore *self, const char *what, GError **error)
{
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (self->db));
  return FALSE;
}

gboolean
_ct_store_exec (CtStore *self, const char *sql, GError **error)
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

sqlite3_stmt *
_ct_store_prepare (CtStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _ct_store_fail (self, "prepare", error);
      return NULL;
    }
  return stmt;
}

const char *
_ct_store_column_text (sqlite3_stmt *stmt, gint column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}


/* The first column of the first row, as a number; @otherwise when there is none. */
gint64
_ct_store_query_int (CtStore *self, const char *sql, gint64 otherwise)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, sql, NULL);
  gint64 n = otherwise;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* A consistent copy of the project, the write-ahead log included, to a new file. */
static gboolean
vacuum_into (CtStore *self, const char *path)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "VACUUM INTO ?", NULL);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  return ok;
}

/* A consistent copy beside the project, never over an earlier one. */
static gboolean
back_up (CtStore *self, gint version, GError **error)
{
  g_autofree char *path = g_strdup_printf ("%s.v%d.bak", self->path, version);
  gboolean ok;

  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s.v%d-%u.bak", self->path, version, n);
    }
  ok = vacuum_into (self, path);
  if (!ok)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED,
                 _("not upgraded: the backup copy %s could not be written (%s)"), path, sqlite3_errmsg (self->db));
  else
    self->backup_path = g_steal_pointer (&path);
  return ok;
}

/* A copy of the project as another project file, written whole under a
 * temporary name and renamed into place: Save a Copy. */
gboolean
ct_store_save_copy (CtStore     *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = g_strdup_printf ("%s/.%s.%08x", dir, base, g_random_int ());

  if (!vacuum_into (self, temp))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, _("%s: not written (%s)"), base,
                   sqlite3_errmsg (self->db));
      g_unlink (temp);
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, _("%s: not written (%s)"), base, g_strerror (saved));
      g_unlink (temp);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (CtStore *self, GError **error)
{
  gint version = _ct_store_query_int (self, "PRAGMA user_version", -1);

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
  if (version == 0 && _ct_store_query_int (self, "SELECT count(*) FROM sqlite_master", -1) != 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_A_PROJECT,
                   _("not a City Ties project (an SQLite database of another program)"));
      return FALSE;
    }
  if (version < CT_STORE_SCHEMA_VERSION && self->read_only)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY,
                   _("read-only, and made by an older City Ties (schema %d): it can only be upgraded where it can be written"),
                   version);
      return FALSE;
    }
  if (version > 0 && version < CT_STORE_SCHEMA_VERSION && !back_up (self, version, error))
    return FALSE;
  for (; version < CT_STORE_SCHEMA_VERSION; version++)
    {
      const CtMigration *step = &migrations[version];
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!_ct_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!_ct_store_exec (self, step->sql, error) || (step->after != NULL && !step->after (self, error)) ||
          !_ct_store_exec (self, bump, error))
        {
          _ct_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      if (!_ct_store_exec (self, "COMMIT", error))
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

/* Write protected by its permissions (which root would ignore) or by its medium. */
static gboolean
is_write_protected (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && ((st.st_mode & 0222) == 0 || g_access (path, W_OK) != 0);
}

/* Without a write-ahead log beside it the file holds everything, and nobody
 * can be writing it: then SQLite need not create one (it could not, on a
 * read-only medium). */
static int
open_read_only (CtStore *self)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);

  sqlite3_close (self->db);
  self->db = NULL;
  self->read_only = TRUE;
  if (uri != NULL && !g_file_test (wal, G_FILE_TEST_EXISTS))
    return sqlite3_open_v2 (immutable, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  return sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY, NULL);
}

CtStore *
ct_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(CtStore) self = g_new0 (CtStore, 1);
  int status;

  if (!check_header (path, error))
    return NULL;
  self->path = g_strdup (path);
  if (is_write_protected (path))
    status = open_read_only (self);
  else
    {
      status = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
      if (status == SQLITE_OK && sqlite3_db_readonly (self->db, "main") == 1)
        status = open_read_only (self);
    }
  if (status != SQLITE_OK)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, _("cannot open (%s)"),
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (status));
      return NULL;
    }
  sqlite3_busy_timeout (self->db, 5000);
  if (!migrate (self, error) || !_ct_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      (!self->read_only && !_ct_store_exec (self, "PRAGMA journal_mode = WAL", error)) ||
      !_ct_edits_attach (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ct_store_close (CtStore *self)
{
  if (self == NULL)
    return;
  _ct_edits_detach (self);
  sqlite3_close (self->db);
  g_free (self->path);
  g_free (self->backup_path);
  g_free (self);
}

gboolean
ct_store_is_read_only (CtStore *self)
{
  return self->read_only;
}

/* Where the project was copied before its schema was upgraded, or NULL. */
const char *
ct_store_get_backup_path (CtStore *self)
{
  return self->backup_path;
}

/* How long a write waits for another writer before giving up. */
void
ct_store_set_busy_timeout (CtStore *self,
                           guint    milliseconds)
{
  sqlite3_busy_timeout (self->db, milliseconds);
}

/* Whether a file with these bytes is already one of the project's sources. */
gboolean
ct_store_has_content (CtStore    *self,
                      const char *content_hash)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "SELECT 1 FROM document_sources WHERE content_hash = ?", NULL);
  gboolean found;

  sqlite3_bind_text (stmt, 1, content_hash, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

/* The name of the stored document with this body (a syndicated copy), or NULL. */
char *
ct_store_find_body (CtStore    *self,
                    const char *body_hash)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "SELECT name FROM documents WHERE body_hash = ? ORDER BY id LIMIT 1", NULL);
  char *name = NULL;

  sqlite3_bind_text (stmt, 1, body_hash, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (_ct_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return name;
}

/* Every write starts here, so a read-only project refuses them all. */
gboolean
ct_store_begin (CtStore  *self,
                GError  **error)
{
  if (self->read_only)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_READ_ONLY, _("read-only: nothing can be changed"));
      return FALSE;
    }
  return _ct_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
ct_store_commit (CtStore  *self,
                 GError  **error)
{
  return _ct_store_exec (self, "COMMIT", error);
}

void
ct_store_rollback (CtStore *self)
{
  _ct_store_exec (self, "ROLLBACK", NULL);
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

/* Binds "t" text (NULL for null), "i" integer and "b" GBytes (NULL for null), then steps. */
static gboolean
run_valist (CtStore *self, const char *sql, sqlite3_int64 *row_id, GError **error, const char *types, va_list args)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, sql, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
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
      else if (types[i] == 'b')
        {
          GBytes *value = va_arg (args, GBytes *);
          gsize size;
          gconstpointer data = value ? g_bytes_get_data (value, &size) : NULL;

          if (value != NULL)
            sqlite3_bind_blob64 (stmt, i + 1, data ? data : "", size, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i + 1);
        }
      else
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, sqlite3_int64));
    }
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  if (!ok)
    _ct_store_fail (self, "write", error);
  else if (row_id != NULL)
    *row_id = sqlite3_last_insert_rowid (self->db);
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
_ct_store_run (CtStore       *self,
               GError       **error,
               sqlite3_int64 *row_id,
               const char    *sql,
               const char    *types,
               ...)
{
  va_list args;
  gboolean ok;

  va_start (args, types);
  ok = run_valist (self, sql, row_id, error, types, args);
  va_end (args);
  return ok;
}

static gboolean
run (CtWrite *w, const char *sql, sqlite3_int64 *row_id, const char *types, ...)
{
  va_list args;
  gboolean ok;

  va_start (args, types);
  ok = run_valist (w->store, sql, row_id, w->error, types, args);
  va_end (args);
  return ok;
}

static gboolean
write_evidence (CtWrite *w, const CtEvidence *evidence, sqlite3_int64 *id)
{
  return run (w, "INSERT INTO evidence (document_id, start, end, sentence) VALUES (?, ?, ?, ?)", id, "iiit",
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
    if (!run (w, sql, NULL, "it", owner, code_of (w, g_array_index (codes, guint, i))))
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
          !run (w, "INSERT INTO places (document_id, code, how, evidence_id) VALUES (?, ?, ?, ?)", NULL, "itti",
                       w->document_id, code_of (w, p->division), ct_how_to_string (p->how), ev))
        return FALSE;
    }
  for (guint i = 0; i < x->groupings->len; i++)
    {
      const CtGrouping *g = g_ptr_array_index (x->groupings, i);

      if (!write_evidence (w, &g->evidence, &ev) ||
          !run (w, "INSERT INTO groupings (document_id, name, kind, evidence_id) VALUES (?, ?, ?, ?)", &id, "itti",
                       w->document_id, g->name, ct_grouping_kind_to_string (g->kind), ev) ||
          !write_codes (w, "INSERT OR IGNORE INTO grouping_members (grouping_id, code) VALUES (?, ?)", id, g->members))
        return FALSE;
    }
  for (guint i = 0; i < x->agreements->len; i++)
    {
      const CtAgreement *a = g_ptr_array_index (x->agreements, i);
      g_autofree char *date = ct_date_format (&a->date);

      if (!write_evidence (w, &a->evidence, &ev) ||
          !run (w, "INSERT INTO agreements (document_id, title, date, evidence_id) VALUES (?, ?, ?, ?)", &id, "itti",
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
          !run (w, "INSERT INTO events (document_id, title, start_date, end_date, place_code, evidence_id) "
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
              !run (w, "INSERT INTO tie_reasons (document_id, a_code, b_code, kind, via, date, evidence_id) "
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

  return run (&w, "INSERT INTO documents (name, source, content_hash, encoding, title, published, text, bytes, "
                         "body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", &w.document_id, "tttttttbt",
                     document->name, source, document->content_hash, document->encoding, document->title,
                     published, document->text, document->bytes, document->body_hash) &&
         run (&w, "INSERT INTO document_sources (document_id, name, source, content_hash) VALUES (?, ?, ?, ?)",
                     NULL, "ittt", w.document_id, document->name, source, document->content_hash) &&
         write_extraction (&w, extraction);
}

/* @document is another source of the stored document with the same body
 * (a syndicated copy); call between ct_store_begin() and ct_store_commit(). */
gboolean
ct_store_add_source (CtStore     *self,
                     CtDocument  *document,
                     const char  *source,
                     GError     **error)
{
  if (!_ct_store_run (self, error, NULL,
                      "INSERT INTO document_sources (document_id, name, source, content_hash) "
                      "SELECT id, ?, ?, ? FROM documents WHERE body_hash = ? ORDER BY id LIMIT 1", "tttt",
                      document->name, source, document->content_hash, document->body_hash))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, _("%s: no stored document has the same body"),
                   document->name);
      return FALSE;
    }
  return TRUE;
}

/* The ids of the documents, or of the one with @content_hash (NULL for all). */
GArray *
ct_store_list_documents (CtStore     *self,
                         const char  *content_hash,
                         GError     **error)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "SELECT id FROM documents WHERE ?1 IS NULL OR content_hash = ?1 "
                                                "ORDER BY id", error);
  GArray *ids;

  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_text (stmt, 1, content_hash, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

/* The document read again from the bytes it was imported from; a project of
 * the first schema kept only the decoded text and the date found then. */
CtDocument *
ct_store_load_document (CtStore  *self,
                        gint64    id,
                        GError  **error)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "SELECT name, bytes, text, encoding, published, content_hash "
                                                "FROM documents WHERE id = ?", error);
  CtDocument *document = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_FAILED, _("no document %" G_GINT64_FORMAT), id);
  else if (sqlite3_column_type (stmt, 1) == SQLITE_BLOB)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));

      document = ct_document_new_from_bytes (_ct_store_column_text (stmt, 0), bytes, error);
    }
  else
    {
      document = ct_document_new_from_text (_ct_store_column_text (stmt, 0), _ct_store_column_text (stmt, 2),
                                            _ct_store_column_text (stmt, 3), _ct_store_column_text (stmt, 4));
      document->content_hash = g_strdup (_ct_store_column_text (stmt, 5));
    }
  if (document == NULL && error != NULL && *error != NULL)
    g_prefix_error (error, "%s: ", _ct_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return document;
}

/* Replaces what was extracted from stored document @id; call between
 * ct_store_begin() and ct_store_commit(). */
gboolean
ct_store_replace_extraction (CtStore       *self,
                             gint64         id,
                             CtDocument    *document,
                             CtExtraction  *extraction,
                             CtGazetteer   *gazetteer,
                             GError       **error)
{
  static const char * const tables[] = { "places", "groupings", "agreements", "events", "tie_reasons", "evidence" };
  CtWrite w = { self, gazetteer, id, error };
  g_autofree char *published = ct_date_format (&document->published);

  /* evidence last: the others refer to it */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE document_id = ?", tables[i]);

      if (!run (&w, sql, NULL, "i", id))
        return FALSE;
    }
  return run (&w, "UPDATE documents SET title = ?, published = ?, body_hash = ? WHERE id = ?", NULL, "ttti",
                     document->title, published, document->body_hash, id) &&
         write_extraction (&w, extraction);
}

/* Schema 2 finds syndicated copies by their body; the first schema's
 * documents get theirs from the text they kept. */
static gboolean
fill_body_hashes (CtStore *self, GError **error)
{
  g_autoptr(GArray) ids = ct_store_list_documents (self, NULL, error);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(CtDocument) document = ct_store_load_document (self, id, error);

      if (document == NULL ||
          !_ct_store_run (self, error, NULL, "UPDATE documents SET body_hash = ? WHERE id = ?", "ti",
                          document->body_hash, id))
        return FALSE;
    }
  return ids != NULL;
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */


gboolean
ct_store_count (CtStore        *self,
                CtStoreCounts  *counts,
                GError        **error)
{
  if (!_ct_edits_refresh (self, error))
    return FALSE;
  counts->documents = _ct_store_query_int (self, "SELECT count(*) FROM documents", 0);
  counts->places = _ct_store_query_int (self, "SELECT count(*) FROM live_place_nodes", 0);
  counts->groupings = _ct_store_query_int (self, "SELECT count(DISTINCT name) FROM live_groupings", 0);
  counts->agreements = _ct_store_query_int (self, "SELECT count(DISTINCT title) FROM live_agreements", 0);
  counts->events = _ct_store_query_int (self, "SELECT count(DISTINCT title) FROM live_events", 0);
  counts->ties = _ct_store_query_int (self, "SELECT count(*) FROM (SELECT DISTINCT a_code, b_code FROM live_tie_reasons)", 0);
  return TRUE;
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

/* A manual tie has a note but no place in a text. */
static void
add_int_or_null (JsonBuilder *b, const char *key, sqlite3_stmt *stmt, gint column)
{
  json_builder_set_member_name (b, key);
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, sqlite3_column_int64 (stmt, column));
}

/* {"start", "end", "sentence"} from three columns of @stmt starting at @first */
static void
add_evidence_columns (JsonBuilder *b, sqlite3_stmt *stmt, gint first)
{
  json_builder_set_member_name (b, "evidence");
  json_builder_begin_object (b);
  add_int_or_null (b, "start", stmt, first);
  add_int_or_null (b, "end", stmt, first + 1);
  add_string_or_null (b, "sentence", _ct_store_column_text (stmt, first + 2));
  json_builder_end_object (b);
}

static void
export_documents (CtStore *self, JsonBuilder *b)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self, "SELECT id, name, title, published, encoding, content_hash FROM live_documents ORDER BY id", NULL);

  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, 0));
      add_string_or_null (b, "name", _ct_store_column_text (stmt, 1));
      add_string_or_null (b, "title", _ct_store_column_text (stmt, 2));
      add_string_or_null (b, "published", _ct_store_column_text (stmt, 3));
      add_string_or_null (b, "encoding", _ct_store_column_text (stmt, 4));
      add_string_or_null (b, "sha256", _ct_store_column_text (stmt, 5));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  sqlite3_finalize (stmt);
}

static void
export_nodes (CtStore *self, CtGazetteer *gazetteer, JsonBuilder *b)
{
  sqlite3_stmt *stmt = _ct_store_prepare (self,
    "SELECT code, documents, ct_label ('place', code) FROM live_place_nodes ORDER BY code", NULL);
  const char *levels[] = { "province", "prefecture", "county" };

  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint index = ct_gazetteer_lookup_code (gazetteer, _ct_store_column_text (stmt, 0));
      const CtDivision *d;

      if (index < 0)
        continue;
      d = ct_gazetteer_get_division (gazetteer, index);
      json_builder_begin_object (b);
      add_string_or_null (b, "id", d->code);
      add_string_or_null (b, "kind", "place");
      add_string_or_null (b, "code", d->code);
      add_string_or_null (b, "name", _ct_store_column_text (stmt, 2) ? _ct_store_column_text (stmt, 2) : d->name);
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

  stmt = _ct_store_prepare (self, "SELECT name, min(kind), count(*), ifnull (ct_label ('grouping', name), name) FROM live_groupings "
                           "GROUP BY name ORDER BY name", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *id = g_strconcat ("grouping:", _ct_store_column_text (stmt, 0), NULL);

      json_builder_begin_object (b);
      add_string_or_null (b, "id", id);
      add_string_or_null (b, "kind", _ct_store_column_text (stmt, 1));
      add_string_or_null (b, "name", _ct_store_column_text (stmt, 3));
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
  sqlite3_stmt *stmt = _ct_store_prepare (self,
    "SELECT t.a_code, t.b_code, t.kind, t.via, t.date, d.name, e.start, e.end, ifnull (e.sentence, t.note) "
    "FROM live_tie_reasons t LEFT JOIN documents d ON d.id = t.document_id LEFT JOIN evidence e ON e.id = t.evidence_id "
    "ORDER BY t.a_code, t.b_code, t.id IS NULL, t.id", NULL);
  g_autofree char *a = NULL, *bb = NULL;
  gboolean open = FALSE;

  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (!open || g_strcmp0 (a, _ct_store_column_text (stmt, 0)) != 0 || g_strcmp0 (bb, _ct_store_column_text (stmt, 1)) != 0)
        {
          if (open)
            {
              json_builder_end_array (b);
              json_builder_end_object (b);
            }
          g_free (a);
          g_free (bb);
          a = g_strdup (_ct_store_column_text (stmt, 0));
          bb = g_strdup (_ct_store_column_text (stmt, 1));
          json_builder_begin_object (b);
          add_string_or_null (b, "source", a);
          add_string_or_null (b, "target", bb);
          add_string_or_null (b, "kind", "tie");
          json_builder_set_member_name (b, "reasons");
          json_builder_begin_array (b);
          open = TRUE;
        }
      json_builder_begin_object (b);
      add_string_or_null (b, "kind", _ct_store_column_text (stmt, 2));
      add_string_or_null (b, "via", _ct_store_column_text (stmt, 3));
      add_string_or_null (b, "date", _ct_store_column_text (stmt, 4));
      add_string_or_null (b, "document", _ct_store_column_text (stmt, 5));
      add_evidence_columns (b, stmt, 6);
      json_builder_end_object (b);
    }
  if (open)
    {
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  sqlite3_finalize (stmt);

  stmt = _ct_store_prepare (self,
    "SELECT code, name FROM live_memberships ORDER BY name, code", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *target = g_strconcat ("grouping:", _ct_store_column_text (stmt, 1), NULL);

      json_builder_begin_object (b);
      add_string_or_null (b, "source", _ct_store_column_text (stmt, 0));
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
  sqlite3_stmt *stmt = _ct_store_prepare (self, items_sql, NULL);
  sqlite3_stmt *codes = _ct_store_prepare (self, codes_sql, NULL);
  gboolean is_event = g_str_equal (member, "events");

  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      add_string_or_null (b, "title", _ct_store_column_text (stmt, 1));
      add_string_or_null (b, is_event ? "start" : "date", _ct_store_column_text (stmt, 2));
      if (is_event)
        {
          add_string_or_null (b, "end", _ct_store_column_text (stmt, 3));
          add_string_or_null (b, "place", _ct_store_column_text (stmt, 4));
        }
      add_string_or_null (b, "document", _ct_store_column_text (stmt, 5));
      json_builder_set_member_name (b, codes_member);
      json_builder_begin_array (b);
      sqlite3_reset (codes);
      sqlite3_bind_int64 (codes, 1, sqlite3_column_int64 (stmt, 0));
      while (sqlite3_step (codes) == SQLITE_ROW)
        json_builder_add_string_value (b, _ct_store_column_text (codes, 0));
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

  if (!_ct_store_exec (self, "BEGIN", error))
    return NULL;
  if (!_ct_edits_refresh (self, error))
    {
      _ct_store_exec (self, "ROLLBACK", NULL);
      return NULL;
    }
  json_builder_begin_object (b);
  export_documents (self, b);
  export_nodes (self, gazetteer, b);
  export_edges (self, b);
  export_items (self, b, "agreements",
                "SELECT a.id, a.title, a.date, NULL, NULL, d.name, e.start, e.end, e.sentence "
                "FROM live_agreements a JOIN documents d ON d.id = a.document_id LEFT JOIN evidence e ON e.id = a.evidence_id "
                "ORDER BY a.date, a.id",
                "SELECT code FROM live_agreement_parties WHERE agreement_id = ? ORDER BY code", "parties");
  export_items (self, b, "events",
                "SELECT v.id, v.title, v.start_date, v.end_date, v.place_code, d.name, e.start, e.end, e.sentence "
                "FROM live_events v JOIN documents d ON d.id = v.document_id LEFT JOIN evidence e ON e.id = v.evidence_id "
                "ORDER BY v.start_date, v.id",
                "SELECT code FROM live_event_participants WHERE event_id = ? ORDER BY code", "participants");
  json_builder_end_object (b);
  _ct_store_exec (self, "COMMIT", NULL);
  return json_builder_get_root (b);
}
