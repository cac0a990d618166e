/* ct-store-private.h: what the store's sibling files (edits, review) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ct-store.h"

G_BEGIN_DECLS

typedef struct _CtEditIndex CtEditIndex;

struct _CtStore
{
  sqlite3 *db;
  char *path;
  char *backup_path;     /* the copy made before an upgrade, or NULL */
  gboolean read_only;
  CtEditIndex *edits;    /* the applied edits, as the SQL functions look them up */
};

gboolean      _ct_store_exec          (CtStore     *self,
                                       const char  *sql,
                                       GError     **error);
sqlite3_stmt *_ct_store_prepare       (CtStore     *self,
                                       const char  *sql,
                                       GError     **error);
gboolean      _ct_store_fail          (CtStore     *self,
                                       const char  *what,
                                       GError     **error);
const char   *_ct_store_column_text   (sqlite3_stmt *stmt,
                                       gint          column);
gint64        _ct_store_query_int     (CtStore     *self,
                                       const char  *sql,
                                       gint64       otherwise);
gboolean      _ct_store_run           (CtStore       *self,
                                       GError       **error,
                                       sqlite3_int64 *row_id,
                                       const char    *sql,
                                       const char    *types,
                                       ...);

/* ct-edits.c */
gboolean      _ct_edits_attach        (CtStore     *self,
                                       GError     **error);
void          _ct_edits_detach        (CtStore     *self);
gboolean      _ct_edits_refresh       (CtStore     *self,
                                       GError     **error);

G_END_DECLS
