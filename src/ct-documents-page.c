/* ct-documents-page.c: the project's documents: title, date, file, counts; sorted and searched
 *
 * A row per document (ct-library.c), newest first, oldest first or by
 * title; typing searches their full text and shows where it matched.
 * Activating a row emits "document-activated" with the document's id, and
 * the window opens it.
 *
 * A project may hold thousands of documents: they are listed in a worker
 * (a thousand take 0.1 s to count up), and shown in a list view, which
 * makes and measures rows only for the documents in sight.  Each listing
 * carries a generation number, and the results of older ones are dropped.
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
  GtkLabel *empty;
  GtkListView *list;

  char *project;
  GPtrArray *entries;   /* CtLibraryEntry, in the order shown */
  GtkStringList *rows;  /* their titles, owned by the list; a row shows the entry at its position */
  gboolean stale;       /* the rows are not those of the entries yet */
  GCancellable *cancellable;
  guint generation;
  guint listings_running;
};

enum { DOCUMENT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CtDocumentsPage, ct_documents_page, GTK_TYPE_BOX)

enum { NEWEST_FIRST, OLDEST_FIRST, BY_TITLE };

typedef struct
{
  char *project;
  char *query;
  guint generation;
} CtListing;

static void
free_listing (gpointer data)
{
  CtListing *listing = data;

  g_free (listing->project);
  g_free (listing->query);
  g_free (listing);
}

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

static void
setup_row (GtkListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (subtitle), 3);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkListItemFactory *factory, GtkListItem *item, CtDocumentsPage *self)
{
  guint position = gtk_list_item_get_position (item);
  GtkWidget *texts = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *title = gtk_widget_get_first_child (texts);
  const CtLibraryEntry *e;
  g_autofree char *facts = NULL, *subtitle = NULL;

  /* while the page is hidden the rows may still be those of older entries */
  if (self->entries == NULL || position >= self->entries->len)
    return;
  e = g_ptr_array_index (self->entries, position);
  facts = g_markup_printf_escaped (_("%s · %s · %u places · %u ties"), e->published ? e->published : _("undated"),
                                   e->name, e->places, e->ties);
  subtitle = e->snippet ? g_strdup_printf ("%s\n%s", facts, e->snippet) : g_strdup (facts);
  gtk_label_set_text (GTK_LABEL (title), e->title ? e->title : e->name);
  gtk_label_set_markup (GTK_LABEL (gtk_widget_get_next_sibling (title)), subtitle);
}

/* A list view that does not know its size yet makes and measures rows for
 * two hundred items, and the view stack measures hidden pages too: a
 * hidden page shows its documents when it is shown. */
static void
show_rows (CtDocumentsPage *self)
{
  guint n = self->entries ? self->entries->len : 0;
  g_autofree const char **titles = NULL;

  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    return;
  titles = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const CtLibraryEntry *e = g_ptr_array_index (self->entries, i);

      titles[i] = e->title ? e->title : e->name;
    }
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)), titles);
  gtk_widget_set_visible (GTK_WIDGET (self->empty), self->entries != NULL && n == 0);
}

static void
on_map (CtDocumentsPage *self)
{
  if (self->stale)
    show_rows (self);
}

static void
fill (CtDocumentsPage *self)
{
  if (self->entries != NULL)
    g_ptr_array_sort_with_data (self->entries, compare_entries,
                                GUINT_TO_POINTER (gtk_drop_down_get_selected (self->sort_dropdown)));
  show_rows (self);
}

static void
list_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  CtListing *listing = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (listing->project, &error);
  GPtrArray *entries = store ? ct_library_list (store, listing->query, &error) : NULL;

  if (entries == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
}

static void
list_done (GObject *source, GAsyncResult *result, gpointer data)
{
  CtDocumentsPage *self = CT_DOCUMENTS_PAGE (source);
  CtListing *listing = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the page is gone */
  self->listings_running--;
  if (listing->generation != self->generation)
    return;  /* a newer listing is on its way */
  if (error != NULL)
    g_warning ("%s: %s", listing->project, error->message);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = g_steal_pointer (&entries);
  fill (self);
}

/* Lists the documents holding @query (all of them with NULL or ""), in a worker. */
void
ct_documents_page_search (CtDocumentsPage *self,
                          const char      *query)
{
  CtListing *listing;
  g_autoptr(GTask) task = NULL;

  if (self->project == NULL)
    return;
  listing = g_new0 (CtListing, 1);
  listing->project = g_strdup (self->project);
  listing->query = g_strdup (query);
  listing->generation = ++self->generation;
  self->listings_running++;
  task = g_task_new (self, self->cancellable, list_done, NULL);
  g_task_set_task_data (task, listing, free_listing);
  g_task_run_in_thread (task, list_in_thread);
}

void
ct_documents_page_load (CtDocumentsPage *self,
                        const char      *project)
{
  g_free (self->project);
  self->project = g_strdup (project);
  ct_documents_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Whether a listing is still on its way. */
gboolean
ct_documents_page_is_loading (CtDocumentsPage *self)
{
  return self->listings_running > 0;
}

static void
on_search_changed (CtDocumentsPage *self)
{
  ct_documents_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_row_activated (GtkListView *list, guint position, CtDocumentsPage *self)
{
  if (self->entries != NULL && position < self->entries->len)
    g_signal_emit (self, signals[DOCUMENT_ACTIVATED], 0,
                   ((CtLibraryEntry *) g_ptr_array_index (self->entries, position))->id);
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

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
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
  gtk_widget_class_bind_template_child (widget_class, CtDocumentsPage, empty);
  gtk_widget_class_bind_template_child (widget_class, CtDocumentsPage, list);
  signals[DOCUMENT_ACTIVATED] = g_signal_new ("document-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
ct_documents_page_init (CtDocumentsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->rows = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (self->rows));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (fill), self);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}
