/* bench-import.c: importing 1,000 articles from the window against the command line
 *
 * Not a test: `meson test -C build --benchmark` runs it under Xvfb and
 * prints the times.  It writes 1,000 distinct articles (a bundled article
 * with paragraphs about other cities, another title and another date, so
 * none is a syndicated copy of another), imports them with `cityties
 * --project P --import FOLDER`, then from a window on another copy of the
 * same project.  From the start of the window's import until the graph of
 * the new project is laid out, it records every frame (frame clock
 * before-paint to after-paint, of every window shown) and how late a 5 ms
 * timeout runs, since a frame that never happens is a stall too.  The
 * goal: no frame and no stall over 50 ms, and the window's import at least
 * 80% of the command line's rate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "ct-application.h"
#include "ct-cli.h"
#include "ct-gazetteer.h"
#include "ct-resources.h"
#include "ct-window.h"

#define N_ARTICLES 1000
#define TICK_MS 5

static const char *topics[] = { "产业协作", "科技创新", "生态环境保护", "交通互联互通", "文化旅游", "医疗卫生",
                                "职业教育", "人才交流", "数字经济", "乡村振兴", "港口物流", "政务服务" };
static const char *fields[] = { "先进制造", "新能源汽车", "生物医药", "现代农业", "跨境电商", "飞地园区",
                                "公共资源交易", "水污染联防联治", "异地就医结算", "高铁旅游线路" };
static const char *sites[] = { "新华网", "人民网", "中国新闻网", "澎湃新闻", "经济日报", "光明网" };

/* ------------------------------------------------------------------------ */
/* The articles                                                              */

typedef struct
{
  GPtrArray *cities;       /* of GPtrArray of const char *: prefecture names by province */
  GPtrArray *bases;        /* GBytes: the bundled articles */
  GRand *rand;
} Writer;

static const char *
pick (Writer *w, const char * const *list, guint n)
{
  return list[g_rand_int_range (w->rand, 0, n)];
}

/* Three distinct prefectures of one province (two if it has only two). */
static void
pick_cities (Writer *w, const char *out[3])
{
  GPtrArray *province;

  do
    province = g_ptr_array_index (w->cities, g_rand_int_range (w->rand, 0, w->cities->len));
  while (province->len < 2);
  out[0] = g_ptr_array_index (province, g_rand_int_range (w->rand, 0, province->len));
  do
    out[1] = g_ptr_array_index (province, g_rand_int_range (w->rand, 0, province->len));
  while (out[1] == out[0]);
  if (province->len < 3)
    {
      out[2] = out[0];
      return;
    }
  do
    out[2] = g_ptr_array_index (province, g_rand_int_range (w->rand, 0, province->len));
  while (out[2] == out[0] || out[2] == out[1]);
}

static void
load_material (Writer *w)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  g_autoptr(GHashTable) by_province = g_hash_table_new (NULL, NULL);
  g_auto(GStrv) names = ct_resources_list_corpus ();

  w->cities = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < ct_gazetteer_get_n_divisions (gazetteer); i++)
    {
      const CtDivision *d = ct_gazetteer_get_division (gazetteer, i);
      GPtrArray *list;

      if (d->level != CT_LEVEL_PREFECTURE || d->pseudo || !g_str_has_suffix (d->name, "市"))
        continue;
      list = g_hash_table_lookup (by_province, GINT_TO_POINTER (d->parent));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_province, GINT_TO_POINTER (d->parent), list);
          g_ptr_array_add (w->cities, list);
        }
      g_ptr_array_add (list, d->name);
    }
  w->bases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *resource = g_strconcat ("corpus/", names[i], NULL);

      g_ptr_array_add (w->bases, ct_resources_lookup (resource));
    }
  w->rand = g_rand_new_with_seed (5);
}

static gboolean
is_prose (const char *line)
{
  return g_utf8_strlen (line, -1) > 60 && strstr (line, "。") != NULL;
}

/* A bundled article under a new header, with three paragraphs about three
 * other cities woven into its prose: a different body every time. */
static char *
write_article (Writer *w, guint n)
{
  GBytes *base = g_ptr_array_index (w->bases, n % w->bases->len);
  g_autofree char *text = g_strndup (g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  const char *c[3], *topic = pick (w, topics, G_N_ELEMENTS (topics));
  const char *field = pick (w, fields, G_N_ELEMENTS (fields));
  guint year = g_rand_int_range (w->rand, 2018, 2025), month = g_rand_int_range (w->rand, 1, 13);
  guint day = g_rand_int_range (w->rand, 1, 29), prose = 0, seen = 0;
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL;

  pick_cities (w, c);
  for (guint i = 0; lines[i] != NULL; i++)
    prose += is_prose (lines[i]);
  p1 = g_strdup_printf ("%u月%u日,%s与%s在%s举行%s合作座谈会,两地签署《%s%s%s合作框架协议》。根据协议,双方将在%s、%s等方面"
                        "加强合作,推动资源共享、优势互补,第%u批合作项目同步落地。",
                        month, day, c[0], c[1], c[0], topic, c[0], c[1], topic, field,
                        pick (w, fields, G_N_ELEMENTS (fields)), n + 1);
  p2 = g_strdup_printf ("%s相关负责人表示,%s将主动对接%s、%s,在%s领域共建协同发展示范区,"
                        "共同争取国家和省级政策支持,让两地企业和群众有更多获得感。",
                        c[2], c[2], c[0], c[1], field);
  p3 = g_strdup_printf ("会议期间,%s、%s、%s三地还共同发布了《%s协同发展行动计划(%u—%u年)》,明确了%u项重点任务。",
                        c[0], c[1], c[2], topic, year, year + 2, 10 + n % 40);

  g_string_append_printf (out, "%s\n\n%s与%s深化%s合作(%u)\n\n时间:%u-%02u-%02u 来源:%s\n\n",
                          pick (w, sites, G_N_ELEMENTS (sites)), c[0], c[1], topic, n + 1, year, month, day,
                          pick (w, sites, G_N_ELEMENTS (sites)));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (is_prose (lines[i]))
        {
          if (seen == 0)
            g_string_append_printf (out, "%s\n\n", p1);
          else if (seen == prose / 2)
            g_string_append_printf (out, "%s\n\n", p2);
        }
      g_string_append_printf (out, "%s\n", lines[i]);
      if (is_prose (lines[i]) && ++seen == prose)
        g_string_append_printf (out, "\n%s\n", p3);
    }
  return g_string_free (out, FALSE);
}

static void
write_articles (const char *folder)
{
  Writer w = { 0 };

  load_material (&w);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  for (guint n = 0; n < N_ARTICLES; n++)
    {
      g_autofree char *name = g_strdup_printf ("article-%04u.txt", n);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = write_article (&w, n);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  g_ptr_array_unref (w.cities);
  g_ptr_array_unref (w.bases);
  g_rand_free (w.rand);
}

static void
copy_file (const char *from, const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* ------------------------------------------------------------------------ */
/* The command line                                                          */

static double
run_cli (const char *project, const char *folder, guint *imported)
{
  const char *exe = g_getenv ("CITYTIES");
  const char *argv[] = { exe, "--project", project, "--import", folder, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  gint64 t0 = g_get_monotonic_time ();
  double seconds;

  g_assert_nonnull (exe);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  seconds = (g_get_monotonic_time () - t0) / 1e6;
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  *imported = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    *imported += g_str_has_suffix (lines[i], ": imported");
  return seconds;
}

/* ------------------------------------------------------------------------ */
/* The window                                                                */

typedef struct
{
  CtWindow *window;
  GMainLoop *loop;
  GArray *frames;         /* double, ms */
  GPtrArray *clocks;      /* watched frame clocks */
  gint64 start, imported, laid_out, last_tick;
  gint64 worst_stall;     /* µs late */
  guint stalls;           /* over 50 ms */
  gint64 worst_gap;       /* µs between frames while importing */
  gint64 last_frame;
} Bench;

static void
before_paint (GdkFrameClock *clock, Bench *bench)
{
  g_object_set_data (G_OBJECT (clock), "paint-start", GSIZE_TO_POINTER ((gsize) g_get_monotonic_time ()));
}

static void
after_paint (GdkFrameClock *clock, Bench *bench)
{
  gint64 start = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (clock), "paint-start"));
  gint64 now = g_get_monotonic_time ();
  double ms = (now - start) / 1000.0;

  if (start == 0)
    return;
  g_object_set_data (G_OBJECT (clock), "paint-start", NULL);
  g_array_append_val (bench->frames, ms);
  if (bench->imported == 0 && bench->last_frame != 0)
    bench->worst_gap = MAX (bench->worst_gap, now - bench->last_frame);
  bench->last_frame = now;
}

/* Every window shown (the report dialog too) has its own frame clock. */
static void
watch_frame_clocks (Bench *bench)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GdkFrameClock *clock = gtk_widget_get_mapped (window) ? gtk_widget_get_frame_clock (window) : NULL;

      if (clock == NULL || g_ptr_array_find (bench->clocks, clock, NULL))
        continue;
      g_ptr_array_add (bench->clocks, g_object_ref (clock));
      g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), bench);
      g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), bench);
    }
}

static gboolean
tick (gpointer data)
{
  Bench *bench = data;
  gint64 now = g_get_monotonic_time ();
  gint64 late = now - bench->last_tick - TICK_MS * 1000;

  bench->worst_stall = MAX (bench->worst_stall, late);
  bench->stalls += late > 50000;
  bench->last_tick = now;
  watch_frame_clocks (bench);
  if (bench->imported == 0 && !ct_window_is_importing (bench->window))
    bench->imported = now;
  if (bench->imported != 0 && bench->laid_out == 0 && !ct_window_is_laying_out (bench->window))
    bench->laid_out = now;
  /* a quarter of a second more for the new graph's first pictures */
  if (bench->laid_out != 0 && now - bench->laid_out > 250000)
    {
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gint
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
run_window (GtkApplication *app, const char *project, const char *folder, double cli_seconds)
{
  Bench bench = { 0 };
  const char *paths[] = { folder, NULL };
  g_autoptr(GString) report = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  double import_seconds, worst = 0;
  guint over = 0;

  bench.window = ct_window_new (app, project);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1400, 900);
  gtk_window_present (GTK_WINDOW (bench.window));
  while ((!gtk_widget_get_mapped (GTK_WIDGET (bench.window)) || ct_window_is_laying_out (bench.window))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  bench.frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench.clocks = g_ptr_array_new_with_free_func (g_object_unref);
  bench.loop = g_main_loop_new (NULL, FALSE);
  watch_frame_clocks (&bench);
  bench.start = bench.last_tick = g_get_monotonic_time ();
  ct_window_import (bench.window, paths);
  g_timeout_add (TICK_MS, tick, &bench);
  g_main_loop_run (bench.loop);

  import_seconds = (bench.imported - bench.start) / 1e6;
  for (guint i = 0; i < bench.frames->len; i++)
    {
      double ms = g_array_index (bench.frames, double, i);

      worst = MAX (worst, ms);
      over += ms > 50;
    }
  g_array_sort (bench.frames, compare_doubles);
  g_print ("window: import %.2f s (%.0f files/s), graph laid out %.2f s after the start\n", import_seconds,
           N_ARTICLES / import_seconds, (bench.laid_out - bench.start) / 1e6);
  g_print ("rate ratio window/cli: %.2f (goal: at least 0.80)\n", cli_seconds / import_seconds);
  g_print ("frames (%s): %u, median %.1f ms, worst %.1f ms, %u over 50 ms (goal: none)\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (bench.window))), bench.frames->len,
           bench.frames->len ? g_array_index (bench.frames, double, bench.frames->len / 2) : 0, worst, over);
  g_print ("main loop: worst stall %.1f ms, %u over 50 ms (goal: none); longest wait between frames while importing %.1f ms\n",
           bench.worst_stall / 1000.0, bench.stalls, bench.worst_gap / 1000.0);
  report = g_string_new (ct_window_get_import_report (bench.window));
  g_print ("report: %.*s\n", (int) strcspn (report->str, "\n"), report->str);

  for (guint i = 0; i < bench.clocks->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (bench.clocks, i), &bench);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_ptr_array_unref (bench.clocks);
  g_array_unref (bench.frames);
  g_main_loop_unref (bench.loop);
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("cityties-bench-import-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "articles", NULL);
  g_autofree char *cli_project = g_build_filename (dir, "cli.cityties", NULL);
  g_autofree char *window_project = g_build_filename (dir, "window.cityties", NULL);
  g_autofree char *empty = NULL;
  g_autoptr(CtApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  double cli_seconds;
  guint imported;

  setlocale (LC_ALL, "");
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  /* registered, the application has started up as it does for a user:
   * its style sheet is loaded; g_application_run() would name the program */
  g_set_prgname ("bench-import");
  app = ct_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  write_articles (folder);
  /* the default project, as on first run: the bundled articles */
  empty = ct_cli_prepare_project (NULL, &error);
  g_assert_no_error (error);
  copy_file (empty, cli_project);
  copy_file (empty, window_project);

  cli_seconds = run_cli (cli_project, folder, &imported);
  g_print ("%u articles; cli: %.2f s (%.0f files/s), %u imported\n", N_ARTICLES, cli_seconds,
           N_ARTICLES / cli_seconds, imported);
  run_window (GTK_APPLICATION (app), window_project, folder, cli_seconds);

  /* 1,000 articles and three projects: not left in /tmp */
  {
    const char *rm[] = { "rm", "-rf", dir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return 0;
}
