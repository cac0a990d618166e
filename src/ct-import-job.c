/* ct-import-job.c: importing documents into a project without blocking the window
 *
 * The worker thread opens its own connection to the project, collects the
 * files (folders recursively), reads and extracts them, and writes the batch
 * in one transaction; progress reaches the main thread through its main
 * context.  Cancelling before the write leaves the project as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "ct-import-job.h"
#include "ct-importer.h"

typedef struct
{
  char *project;
  GStrv paths;
  CtImportJobProgress progress;
  gpointer progress_data;
} CtImportJob;

typedef struct
{
  CtImportJob *job;
  guint done;
  guint total;
  char *path;
} CtProgressUpdate;

static void
free_job (gpointer data)
{
  CtImportJob *job = data;

  g_free (job->project);
  g_strfreev (job->paths);
  g_free (job);
}

static gboolean
deliver_progress (gpointer data)
{
  CtProgressUpdate *update = data;

  update->job->progress (update->done, update->total, update->path, update->job->progress_data);
  g_free (update->path);
  g_free (update);
  return G_SOURCE_REMOVE;
}

/* In the worker: hand the news to the main thread. */
static void
on_progress (guint done, guint total, const char *path, gpointer data)
{
  CtImportJob *job = data;
  CtProgressUpdate *update;

  if (job->progress == NULL)
    return;
  update = g_new0 (CtProgressUpdate, 1);
  update->job = job;
  update->done = done;
  update->total = total;
  update->path = g_strdup (path);
  g_main_context_invoke (NULL, deliver_progress, update);
}

static void
import_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  CtImportJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (job->project, &error);
  g_autoptr(GPtrArray) files = NULL;
  GArray *results;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  files = ct_import_collect ((const char * const *) job->paths);
  results = ct_import_files (store, files, on_progress, job, cancellable, &error);
  if (results == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_array_unref);
}

void
ct_import_job_run (const char          *project,
                   const char * const  *paths,
                   CtImportJobProgress  progress,
                   gpointer             progress_data,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  CtImportJob *job = g_new0 (CtImportJob, 1);

  job->project = g_strdup (project);
  job->paths = g_strdupv ((GStrv) paths);
  job->progress = progress;
  job->progress_data = progress_data;
  g_task_set_task_data (task, job, free_job);
  g_task_run_in_thread (task, import_in_thread);
}

GArray *
ct_import_job_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* What happened to every file, for the report dialog. */
char *
ct_import_report (GArray *results)
{
  GString *out = g_string_new (NULL);
  guint counts[3] = { 0 };

  for (guint i = 0; i < results->len; i++)
    counts[g_array_index (results, CtImportResult, i).status]++;
  g_string_append_printf (out, _("%u imported, %u duplicates, %u failed"), counts[CT_IMPORT_IMPORTED],
                          counts[CT_IMPORT_DUPLICATE], counts[CT_IMPORT_FAILED]);
  for (guint i = 0; i < results->len; i++)
    {
      const CtImportResult *r = &g_array_index (results, CtImportResult, i);
      g_autofree char *name = g_path_get_basename (r->path);
      g_autofree char *what = ct_import_result_describe (r);

      g_string_append_printf (out, "\n%s: %s", name, what);
    }
  return g_string_free (out, FALSE);
}
