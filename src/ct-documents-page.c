/* ct-documents-page.c: the project's documents: title, date, file, counts; sorted and searched
 *
 * A row per document (ct-library.c), newest first, oldest first or by
 * title; typing searches their full text and shows where it matched.
 * Activating a row emits "document-activated" with the document's id, and
 * the window opens it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-documents-page.h"
#include "ct-library.h"

struct _CtDocumentsPage
{
  GtkBox parent_instance;

  GtkSearchEntry *search_entry;
  GtkDropDown *sort_dropdown;
  GtkListBox *list;

  char *project;
  GPtrArray *entries;   /* CtLibraryEntry, in the order shown */
};

enum { DOCUMENT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CtDocumentsPage, ct_documents_page, GTK_TYPE_BOX)

enum { NEWEST_FIRST, OLDEST_FIRST, BY_TITLE };

static gint
compare_entries (gconstpointer a, gconstpointer b, gpointer order)
{
  const CtLibraryEntry *x = *(CtLibraryEntry **) a, *y = *(CtLibraryEntry **) b;

  if (GPOINTER_TO_UINT (order) == BY_TITLE)
    return g_utf8_collate (x->title ? x->title : x->name, y->title ? y->title : y->name);
  /* undated documents last either way */
  if ((x->published == NULL) != (y->published == NULL))
    return x->published == NULL ? 1 : -1;
  return (GPOINTER_TO_UINT (order) == OLDEST_FIRST ? 1 : -1) * g_strcmp0 (x->published, y->published);
}

static GtkWidget *
new_row (const CtLibraryEntry *e)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (e->title ? e->title : e->name, -1);
  g_autofree char *facts = g_markup_printf_escaped (_("%s · %s · %u places · %u ties"),
                                                    e->published ? e->published : _("undated"), e->name,
                                                    e->places, e->ties);
  g_autofree char *subtitle = e->snippet ? g_strdup_printf ("%s\n%s", facts, e->snippet) : g_strdup (facts);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
fill (CtDocumentsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->entries == NULL)
    return;
  g_ptr_array_sort_with_data (self->entries, compare_entries,
                              GUINT_TO_POINTER (gtk_drop_down_get_selected (self->sort_dropdown)));
  for (guint i = 0; i < self->entries->len; i++)
    gtk_list_box_append (self->list, new_row (g_ptr_array_index (self->entries, i)));
  if (self->entries->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No document contains this text"));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 24);
      gtk_widget_set_margin_bottom (empty, 24);
      gtk_list_box_append (self->list, empty);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->list, 0), FALSE);
    }
}

/* Lists the documents holding @query (all of them with NULL or ""). */
void
ct_documents_page_search (CtDocumentsPage *self,
                          const char      *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = self->project ? ct_store_open (self->project, &error) : NULL;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  if (store != NULL)
    self->entries = ct_library_list (store, query, &error);
  if (error != NULL)
    g_warning ("%s: %s", self->project, error->message);
  fill (self);
}

void
ct_documents_page_load (CtDocumentsPage *self,
                        const char      *project)
{
  g_free (self->project);
  self->project = g_strdup (project);
  ct_documents_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_changed (CtDocumentsPage *self)
{
  ct_documents_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_row_activated (GtkListBox *list, GtkListBoxRow *row, CtDocumentsPage *self)
{
  gint index = gtk_list_box_row_get_index (row);

  if (self->entries != NULL && index >= 0 && index < (gint) self->entries->len)
    g_signal_emit (self, signals[DOCUMENT_ACTIVATED], 0,
                   ((CtLibraryEntry *) g_ptr_array_index (self->entries, index))->id);
}

guint
ct_documents_page_count (CtDocumentsPage *self)
{
  return self->entries ? self->entries->len : 0;
}

gint64
ct_documents_page_get_id (CtDocumentsPage *self,
                          guint            row)
{
  return ((CtLibraryEntry *) g_ptr_array_index (self->entries, row))->id;
}

const char *
ct_documents_page_get_published (CtDocumentsPage *self,
                                 guint            row)
{
  return ((CtLibraryEntry *) g_ptr_array_index (self->entries, row))->published;
}

const char *
ct_documents_page_get_snippet (CtDocumentsPage *self,
                               guint            row)
{
  return ((CtLibraryEntry *) g_ptr_array_index (self->entries, row))->snippet;
}

static void
ct_documents_page_dispose (GObject *object)
{
  CtDocumentsPage *self = CT_DOCUMENTS_PAGE (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->project, g_free);
  G_OBJECT_CLASS (ct_documents_page_parent_class)->dispose (object);
}

static void
ct_documents_page_class_init (CtDocumentsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ct_documents_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cityties/CityTies/ct-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtDocumentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtDocumentsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtDocumentsPage, list);
  signals[DOCUMENT_ACTIVATED] = g_signal_new ("document-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ct_documents_page_init (CtDocumentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (fill), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}
