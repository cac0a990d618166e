/* ct-background.c: work that yields to the frames on screen
 *
 * Like g_task_run_in_thread(), but in two threads of their own at a lower
 * priority.  With few cores, a picture or a layout worked out at full
 * priority took the CPU from the frame being drawn and from the renderer's
 * own threads (Mesa's llvmpipe draws with the CPU), and frames came late.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE   /* gettid() */
#include <sys/resource.h>
#include <unistd.h>

#include "ct-background.h"

typedef struct
{
  GTask *task;
  GTaskThreadFunc func;
} Job;

static void
run_job (gpointer data, gpointer pool_data)
{
  Job *job = data;

#ifdef __linux__
  setpriority (PRIO_PROCESS, gettid (), 10);   /* this thread only, on Linux */
#endif
  job->func (job->task, g_task_get_source_object (job->task), g_task_get_task_data (job->task),
             g_task_get_cancellable (job->task));
  g_object_unref (job->task);
  g_free (job);
}

/* Runs @func on @task in a background thread; @task returns from there. */
void
ct_background_run (GTask           *task,
                   GTaskThreadFunc  func)
{
  static GThreadPool *pool;
  Job *job = g_new (Job, 1);

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_job, NULL, 2, FALSE, NULL));
  job->task = g_object_ref (task);
  job->func = func;
  g_thread_pool_push (pool, job, NULL);
}
