/* ct-store.h: a project: one SQLite file of documents and what was extracted from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ct-document.h"
#include "ct-extraction.h"
#include "ct-gazetteer.h"

G_BEGIN_DECLS

#define CT_STORE_ERROR (ct_store_error_quark ())
#define CT_STORE_SCHEMA_VERSION 2

typedef enum
{
  CT_STORE_ERROR_NOT_A_PROJECT,
  CT_STORE_ERROR_TOO_NEW,
  CT_STORE_ERROR_FAILED,
  CT_STORE_ERROR_READ_ONLY,
  CT_STORE_ERROR_INVALID,   /* an edit that does not make sense */
} CtStoreError;

typedef struct
{
  guint documents;
  guint places;
  guint groupings;
  guint agreements;
  guint events;
  guint ties;
} CtStoreCounts;

typedef struct _CtStore CtStore;

GQuark      ct_store_error_quark       (void);
CtStore    *ct_store_open              (const char    *path,
                                        GError       **error);
void        ct_store_close             (CtStore       *self);
gboolean    ct_store_save_copy         (CtStore       *self,
                                        const char    *path,
                                        GError       **error);
gboolean    ct_store_is_read_only      (CtStore       *self);
const char *ct_store_get_backup_path   (CtStore       *self);
void        ct_store_set_busy_timeout  (CtStore       *self,
                                        guint          milliseconds);
gboolean    ct_store_has_content       (CtStore       *self,
                                        const char    *content_hash);
char       *ct_store_find_body         (CtStore       *self,
                                        const char    *body_hash);
gboolean    ct_store_begin             (CtStore       *self,
                                        GError       **error);
gboolean    ct_store_add               (CtStore       *self,
                                        CtDocument    *document,
                                        const char    *source,
                                        CtExtraction  *extraction,
                                        CtGazetteer   *gazetteer,
                                        GError       **error);
gboolean    ct_store_add_source        (CtStore       *self,
                                        CtDocument    *document,
                                        const char    *source,
                                        GError       **error);
GArray     *ct_store_list_documents    (CtStore       *self,
                                        const char    *content_hash,
                                        GError       **error);
CtDocument *ct_store_load_document     (CtStore       *self,
                                        gint64         id,
                                        GError       **error);
gboolean    ct_store_replace_extraction (CtStore      *self,
                                        gint64         id,
                                        CtDocument    *document,
                                        CtExtraction  *extraction,
                                        CtGazetteer   *gazetteer,
                                        GError       **error);
gboolean  ct_store_commit      (CtStore       *self,
                                GError       **error);
void      ct_store_rollback    (CtStore       *self);
gboolean  ct_store_count       (CtStore       *self,
                                CtStoreCounts *counts,
                                GError       **error);
JsonNode *ct_store_export      (CtStore       *self,
                                CtGazetteer   *gazetteer,
                                GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtStore, ct_store_close)

G_END_DECLS
