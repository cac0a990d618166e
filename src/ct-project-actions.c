/* ct-project-actions.c: New Project, Open Project, Open Recent and Save a Copy
 *
 * A project is one file; each opens in a window of its own.  Projects
 * opened or made here go to the recent files list (GtkRecentManager), which
 * the primary menu's Open Recent shows.  Save a Copy writes a consistent
 * copy under a temporary name and renames it into place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-project-actions.h"
#include "ct-store.h"

#define PROJECT_SUFFIX ".cityties"
#define RECENT_SHOWN 8

static GtkFileChooserNative *
new_chooser (CtWindow *window, const char *title, GtkFileChooserAction action, const char *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (window), action, accept, _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("City Ties projects"));
  gtk_file_filter_add_pattern (filter, "*" PROJECT_SUFFIX);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  return chooser;
}

/* The chosen file, with the project suffix when it has none; NULL when cancelled. */
static char *
chosen_path (GtkNativeDialog *chooser, int response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  return g_str_has_suffix (path, PROJECT_SUFFIX) ? g_steal_pointer (&path) : g_strconcat (path, PROJECT_SUFFIX, NULL);
}

static void
open_window (CtWindow *window, const char *path)
{
  gtk_window_present (GTK_WINDOW (ct_window_new (gtk_window_get_application (GTK_WINDOW (window)), path)));
}

static void
open_response (GtkNativeDialog *chooser, int response, CtWindow *window)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (path != NULL)
    open_window (window, path);
  g_object_unref (chooser);
}

static void
on_open (GSimpleAction *action, GVariant *parameter, gpointer window)
{
  GtkFileChooserNative *chooser = new_chooser (window, _("Open Project"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  g_signal_connect (chooser, "response", G_CALLBACK (open_response), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_recent (GSimpleAction *action, GVariant *parameter, gpointer window)
{
  open_window (window, g_variant_get_string (parameter, NULL));
}

/* The chooser asked before replacing a file; a new project starts empty. */
static void
new_response (GtkNativeDialog *chooser, int response, CtWindow *window)
{
  g_autofree char *path = chosen_path (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;

  g_object_unref (chooser);
  if (path == NULL)
    return;
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_unlink (path) != 0)
    {
      g_autofree char *text = g_strdup_printf (_("%s was not replaced: %s"), path, g_strerror (errno));

      ct_window_toast (window, text, FALSE);
      return;
    }
  store = ct_store_open (path, &error);
  if (store == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("%s was not made: %s"), path, error->message);

      ct_window_toast (window, text, FALSE);
      return;
    }
  g_clear_pointer (&store, ct_store_close);
  open_window (window, path);
}

static void
on_new (GSimpleAction *action, GVariant *parameter, gpointer window)
{
  GtkFileChooserNative *chooser = new_chooser (window, _("New Project"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"));
  g_autofree char *name = g_strconcat (_("Untitled"), PROJECT_SUFFIX, NULL);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (new_response), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_copy_response (GtkNativeDialog *chooser, int response, CtWindow *window)
{
  g_autofree char *path = chosen_path (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autofree char *text = NULL;

  g_object_unref (chooser);
  if (path == NULL)
    return;
  if (g_strcmp0 (path, ct_window_get_project (window)) == 0)
    text = g_strdup (_("A copy needs another file than the project itself"));
  else if ((store = ct_store_open (ct_window_get_project (window), &error)) == NULL ||
           !ct_store_save_copy (store, path, &error))
    text = g_strdup_printf (_("No copy saved: %s"), error->message);
  else
    {
      text = g_strdup_printf (_("Copy saved as %s"), path);
      ct_project_actions_remember (path);
    }
  ct_window_toast (window, text, FALSE);
}

static void
on_save_copy (GSimpleAction *action, GVariant *parameter, gpointer window)
{
  GtkFileChooserNative *chooser = new_chooser (window, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  g_autofree char *base = g_path_get_basename (ct_window_get_project (window));
  g_autofree char *stem = g_strndup (base, strlen (base) - (g_str_has_suffix (base, PROJECT_SUFFIX) ? strlen (PROJECT_SUFFIX) : 0));
  g_autofree char *name = g_strdup_printf (_("%s (copy)%s"), stem, PROJECT_SUFFIX);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_response), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Adds @path to the recent files the Open Recent menu lists. */
void
ct_project_actions_remember (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static gint
newest_first (gconstpointer a, gconstpointer b)
{
  return g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *) b),
                              gtk_recent_info_get_modified ((GtkRecentInfo *) a));
}

/* The last projects used that still exist, newest first, as menu items. */
GMenuModel *
ct_project_actions_recent_menu (void)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GMenu *menu = g_menu_new ();
  guint shown = 0;

  items = g_list_sort (items, newest_first);
  for (GList *l = items; l != NULL && shown < RECENT_SHOWN; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL || !g_str_has_suffix (path, PROJECT_SUFFIX) || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target_value (item, "project.open-recent", g_variant_new_string (path));
      g_menu_append_item (menu, item);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return G_MENU_MODEL (menu);
}

void
ct_project_actions_install (CtWindow *window)
{
  static const GActionEntry entries[] = {
    { "new", on_new }, { "open", on_open }, { "open-recent", on_open_recent, "s" }, { "save-copy", on_save_copy },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), window);
  gtk_widget_insert_action_group (GTK_WIDGET (window), "project", G_ACTION_GROUP (group));
}
