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
#define CT_STORE_SCHEMA_VERSION 1

typedef enum
{
  CT_STORE_ERROR_NOT_A_PROJECT,
  CT_STORE_ERROR_TOO_NEW,
  CT_STORE_ERROR_FAILED,
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

GQuark    ct_store_error_quark (void);
CtStore  *ct_store_open        (const char    *path,
                                GError       **error);
void      ct_store_close       (CtStore       *self);
void      ct_store_set_busy_timeout (CtStore  *self,
                                     guint     milliseconds);
gboolean  ct_store_has_content (CtStore       *self,
                                const char    *content_hash);
gboolean  ct_store_begin       (CtStore       *self,
                                GError       **error);
gboolean  ct_store_add         (CtStore       *self,
                                CtDocument    *document,
                                const char    *source,
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
