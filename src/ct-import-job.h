/* ct-import-job.h: importing documents into a project without blocking the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* On the main thread, four times a second: the file being read. */
typedef void (*CtImportJobProgress) (guint       done,
                                     guint       total,
                                     const char *path,
                                     gpointer    user_data);

void    ct_import_job_run    (const char          *project,
                              const char * const  *paths,
                              CtImportJobProgress  progress,
                              gpointer             progress_data,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data);
GArray *ct_import_job_finish (GAsyncResult        *result,
                              GError             **error);
char   *ct_import_report     (GArray              *results);

G_END_DECLS
