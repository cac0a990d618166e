/* ct-importer.h: bringing files into a project, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_IMPORT_IMPORTED,
  CT_IMPORT_DUPLICATE,
  CT_IMPORT_FAILED,
} CtImportStatus;

typedef struct
{
  char *path;          /* as the user named it */
  CtImportStatus status;
  char *reason;        /* why it failed, or what it duplicates */
} CtImportResult;

/* Called from the importing thread before each file: @done of @total, and its path. */
typedef void (*CtImportProgress) (guint       done,
                                  guint       total,
                                  const char *path,
                                  gpointer    user_data);

GPtrArray *ct_import_collect    (const char * const *paths);
GArray    *ct_import_files      (CtStore            *store,
                                 GPtrArray          *paths,
                                 CtImportProgress    progress,
                                 gpointer            user_data,
                                 GCancellable       *cancellable,
                                 GError            **error);
gboolean   ct_import_bundled    (CtStore            *store,
                                 GError            **error);
const char *ct_import_status_to_string (CtImportStatus status);
char       *ct_import_result_describe  (const CtImportResult *result);

G_END_DECLS
