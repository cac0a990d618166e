/* ct-import-job.c: importing documents into a project without blocking the window
 *
 * The worker thread opens its own connection to the project, collects the
 * files (folders recursively), reads and extracts them, and writes the batch
 * in one transaction; progress reaches the main thread through its main
 * context.  Cancelling before the write leaves the project as it was.
 *
 * Files go by at a hundred a second: a name shown for 10 ms cannot be read,
 * and every change of the progress bar costs a frame, which without a GPU
 * repaints the whole window (50–100 ms under Xvfb with llvmpipe, on the
 * CPU the import needs).  So the worker only keeps the latest news, and
 * the main thread shows it four times a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "ct-import-job.h"
#include "ct-importer.h"

#define PROGRESS_INTERVAL_MS 250

/* Shared by the worker and the main thread, under the lock. */
typedef struct
{
  GMutex lock;
  guint done;
  guint total;
  char *path;
  gboolean scheduled;   /* a delivery is on its way */
  gboolean finished;    /* the import is over: deliver nothing more */
  CtImportJobProgress callback;
  gpointer callback_data;
} CtProgress;

typedef struct
{
  char *project;
  GStrv paths;
  CtProgress *progress;
} CtImportJob;

static void
clear_progress (gpointer data)
{
  CtProgress *progress = data;

  g_mutex_clear (&progress->lock);
  g_free (progress->path);
}

static void
release_progress (gpointer data)
{
  g_atomic_rc_box_release_full (data, clear_progress);
}

static void
free_job (gpointer data)
{
  CtImportJob *job = data;

  g_free (job->project);
  g_strfreev (job->paths);
  release_progress (job->progress);
  g_free (job);
}

/* On the main thread: the latest news, unless the import is over. */
static gboolean
deliver_progress (gpointer data)
{
  CtProgress *progress = data;
  g_autofree char *path = NULL;
  guint done, total;
  gboolean finished;

  g_mutex_lock (&progress->lock);
  progress->scheduled = FALSE;
  finished = progress->finished;
  done = progress->done;
  total = progress->total;
  path = g_strdup (progress->path);
  g_mutex_unlock (&progress->lock);
  if (!finished)
    progress->callback (done, total, path, progress->callback_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: keep the news, and have it shown soon if it is not already. */
static void
on_progress (guint done, guint total, const char *path, gpointer data)
{
  CtProgress *progress = data;

  g_mutex_lock (&progress->lock);
  progress->done = done;
  progress->total = total;
  g_free (progress->path);
  progress->path = g_strdup (path);
  if (!progress->scheduled)
    {
      progress->scheduled = TRUE;
      g_timeout_add_full (G_PRIORITY_LOW, PROGRESS_INTERVAL_MS, deliver_progress,
                          g_atomic_rc_box_acquire (progress), release_progress);
    }
  g_mutex_unlock (&progress->lock);
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
  results = ct_import_files (store, files, job->progress->callback ? on_progress : NULL, job->progress,
                             cancellable, &error);
  g_mutex_lock (&job->progress->lock);
  job->progress->finished = TRUE;
  g_mutex_unlock (&job->progress->lock);
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
  job->progress = g_atomic_rc_box_new0 (CtProgress);
  g_mutex_init (&job->progress->lock);
  job->progress->callback = progress;
  job->progress->callback_data = progress_data;
  g_task_set_task_data (task, job, free_job);
  g_task_run_in_thread (task, import_in_thread);
}

GArray *
ct_import_job_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* What happened to every file: the counts, then a line per file. */
char *
ct_import_report (GArray *results)
{
  GString *out = g_string_new (NULL);
  guint counts[3] = { 0 };
  g_autofree char *duplicates = NULL;

  for (guint i = 0; i < results->len; i++)
    counts[g_array_index (results, CtImportResult, i).status]++;
  duplicates = g_strdup_printf (ngettext ("%u duplicate", "%u duplicates", counts[CT_IMPORT_DUPLICATE]),
                                counts[CT_IMPORT_DUPLICATE]);
  /* TRANSLATORS: the counts of an import's report, as in “3 imported, 1 duplicate, 0 failed” */
  g_string_append_printf (out, _("%u imported, %s, %u failed"), counts[CT_IMPORT_IMPORTED],
                          duplicates, counts[CT_IMPORT_FAILED]);
  for (guint i = 0; i < results->len; i++)
    {
      const CtImportResult *r = &g_array_index (results, CtImportResult, i);
      g_autofree char *name = g_path_get_basename (r->path);
      g_autofree char *what = ct_import_result_describe (r);

      g_string_append_printf (out, "\n%s: %s", name, what);
    }
  return g_string_free (out, FALSE);
}
