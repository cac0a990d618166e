/* ct-importer.c: bringing files into a project, all or nothing
 *
 * Every file is read, decoded and extracted first; a file that fails gets its
 * reason and the others go on.  Then everything that succeeded is written in
 * one transaction, so the project holds either the whole batch or none of it
 * (a crash mid-write leaves the previous state, which SQLite's journal
 * guarantees).  Same bytes as a stored document, or as an earlier file in the
 * batch, count as a duplicate.  So does the same body under another site's
 * title, date line and boilerplate (a syndicated article): it is kept as one
 * more source of the document, not extracted again, so its ties count once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "ct-extractor.h"
#include "ct-importer.h"
#include "ct-resources.h"

const char *
ct_import_status_to_string (CtImportStatus status)
{
  switch (status)
    {
    case CT_IMPORT_IMPORTED:
      return "imported";
    case CT_IMPORT_DUPLICATE:
      return "duplicate";
    case CT_IMPORT_FAILED:
    default:
      return "failed";
    }
}

/* What became of a file, for a report: "imported", "duplicate of a.html
 * (same body)", "failed: empty file"... */
char *
ct_import_result_describe (const CtImportResult *result)
{
  const char *status = ct_import_status_to_string (result->status);

  if (result->reason == NULL)
    return g_strdup (status);
  if (result->status == CT_IMPORT_DUPLICATE)
    return g_strdup (result->reason);
  return g_strdup_printf ("%s: %s", status, result->reason);
}

static void
clear_result (gpointer data)
{
  CtImportResult *r = data;

  g_free (r->path);
  g_free (r->reason);
}

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
collect_into (GPtrArray *out, const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) found = NULL;
  GFileInfo *info;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_ptr_array_add (out, g_strdup (path));
      return;
    }
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (children == NULL)
    {
      g_ptr_array_add (out, g_strdup (path));  /* reading it will say why */
      return;
    }
  found = g_ptr_array_new_with_free_func (g_free);
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      if (!g_file_info_get_is_hidden (info))
        g_ptr_array_add (found, g_build_filename (path, g_file_info_get_name (info), NULL));
      g_object_unref (info);
    }
  g_ptr_array_sort (found, compare_paths);
  for (guint i = 0; i < found->len; i++)
    collect_into (out, g_ptr_array_index (found, i));
}

/* Files named, and files inside folders named (recursively, sorted, hidden ones skipped). */
GPtrArray *
ct_import_collect (const char * const *paths)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; paths[i] != NULL; i++)
    collect_into (out, paths[i]);
  return out;
}

typedef struct
{
  CtDocument *document;
  CtExtraction *extraction;  /* NULL for another source of a document with the same body */
  char *source;
} CtPending;

static void
clear_pending (gpointer data)
{
  CtPending *p = data;

  ct_document_free (p->document);
  ct_extraction_free (p->extraction);
  g_free (p->source);
}

static gboolean
write_batch (CtStore *store, GArray *pending, GError **error)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  if (!ct_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < pending->len; i++)
    {
      CtPending *p = &g_array_index (pending, CtPending, i);

      if (!(p->extraction != NULL ? ct_store_add (store, p->document, p->source, p->extraction, gazetteer, error)
                                  : ct_store_add_source (store, p->document, p->source, error)))
        {
          ct_store_rollback (store);
          return FALSE;
        }
    }
  return ct_store_commit (store, error);
}

/* The name of a document with the same body, earlier in the batch or stored, or NULL. */
static char *
find_same_body (CtStore *store, GHashTable *bodies, CtDocument *document)
{
  const char *name;

  if (document->body_hash == NULL)
    return NULL;
  name = g_hash_table_lookup (bodies, document->body_hash);
  return name != NULL ? g_strdup (name) : ct_store_find_body (store, document->body_hash);
}

/* Returns one CtImportResult per path; NULL with @error when the batch could
 * not be written or was cancelled (then nothing was). */
GArray *
ct_import_files (CtStore           *store,
                 GPtrArray         *paths,
                 CtImportProgress   progress,
                 gpointer           user_data,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_autoptr(GArray) results = g_array_new (FALSE, TRUE, sizeof (CtImportResult));
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (CtPending));
  g_autoptr(GHashTable) batch = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) bodies = g_hash_table_new (g_str_hash, g_str_equal);
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_array_set_clear_func (results, clear_result);
  g_array_set_clear_func (pending, clear_pending);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GError) local_error = NULL;
      CtImportResult result = { g_strdup (path), CT_IMPORT_IMPORTED, NULL };
      g_autofree char *original = NULL;
      CtDocument *document;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          clear_result (&result);
          return NULL;
        }
      if (progress != NULL)
        progress (i, paths->len, path, user_data);
      document = ct_document_new_from_file (file, &local_error);
      if (document == NULL)
        {
          result.status = CT_IMPORT_FAILED;
          result.reason = g_strdup (local_error->message);
        }
      else if (g_hash_table_contains (batch, document->content_hash) ||
               ct_store_has_content (store, document->content_hash))
        {
          result.status = CT_IMPORT_DUPLICATE;
          ct_document_free (document);
        }
      else if ((original = find_same_body (store, bodies, document)) != NULL)
        {
          CtPending p = { document, NULL, g_file_get_path (file) };

          result.status = CT_IMPORT_DUPLICATE;
          result.reason = g_strdup_printf (_("duplicate of %s (same body)"), original);
          g_array_append_val (pending, p);
          g_hash_table_add (batch, document->content_hash);
        }
      else
        {
          CtPending p = { document, ct_extract (gazetteer, document), g_file_get_path (file) };

          g_array_append_val (pending, p);
          g_hash_table_add (batch, document->content_hash);
          if (document->body_hash != NULL)
            g_hash_table_insert (bodies, document->body_hash, document->name);
        }
      g_array_append_val (results, result);
    }

  /* the last moment to cancel: after this the batch is in */
  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !write_batch (store, pending, error))
    return NULL;
  return g_steal_pointer (&results);
}

/* The default project: the articles that ship with the program. */
gboolean
ct_import_bundled (CtStore  *store,
                   GError  **error)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (CtPending));
  g_auto(GStrv) names = ct_resources_list_corpus ();
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_array_set_clear_func (pending, clear_pending);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *resource = g_strconcat ("corpus/", names[i], NULL);
      g_autoptr(GBytes) bytes = ct_resources_lookup (resource);
      CtDocument *document = ct_document_new_from_bytes (names[i], bytes, error);
      CtPending p;

      if (document == NULL)
        return FALSE;
      if (ct_store_has_content (store, document->content_hash))
        {
          ct_document_free (document);
          continue;
        }
      p = (CtPending) { document, ct_extract (gazetteer, document), g_strconcat ("resource:///", resource, NULL) };
      g_array_append_val (pending, p);
    }
  return write_batch (store, pending, error);
}
