/* ct-application.c: the cityties application and its command line
 *
 * Command-line work (--extract, --import, --export) runs in the local
 * instance and exits, so it needs no display and never talks to a running
 * window.  Without those options the project's summary is printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ct-application.h"
#include "ct-cli.h"

struct _CtApplication
{
  GApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (CtApplication, ct_application, G_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "project", 'p', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the project in FILE (default: the bundled articles)"), N_("FILE") },
  { "extract", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print what the extractor finds in FILE… as JSON"), NULL },
  { "import", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Import FILE… and folders into the project"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the project's graph to OUT.json"), N_("OUT") },
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
  gboolean extract = FALSE, import = FALSE, version = FALSE;

  g_variant_dict_lookup (options, "project", "^ay", &project);
  g_variant_dict_lookup (options, "export", "^ay", &export_path);
  g_variant_dict_lookup (options, "extract", "b", &extract);
  g_variant_dict_lookup (options, "import", "b", &import);
  g_variant_dict_lookup (options, "version", "b", &version);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (version)
    {
      g_print ("cityties %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (extract + import + (export_path != NULL) > 1)
    {
      g_printerr (_("Use one of --extract, --import and --export at a time\n"));
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
  if (export_path != NULL)
    return ct_cli_export (project, export_path);
  return ct_cli_summary (project);
}

static void
ct_application_class_init (CtApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = ct_application_handle_local_options;
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
