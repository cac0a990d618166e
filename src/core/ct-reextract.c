/* ct-reextract.c: extracting a project's documents again
 *
 * After the extractor improves, or after the user sets a document's
 * publication date, each document is read again from the bytes it was
 * imported from (the text, for a project of the first schema) and what was
 * extracted is replaced, all in one transaction.  Edits are stored apart and
 * keyed by codes, names and content hashes, so they apply to the new rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-edits.h"
#include "ct-extractor.h"
#include "ct-reextract.h"

static gboolean
reextract_one (CtStore *store, gint64 id, GError **error)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  g_autoptr(CtDocument) document = ct_store_load_document (store, id, error);
  g_autoptr(CtExtraction) extraction = NULL;
  CtDate found;

  if (document == NULL)
    return FALSE;
  /* relative dates resolve against the date the user set; the store keeps the one found */
  found = document->published;
  ct_store_get_set_date (store, document->content_hash, &document->published);
  extraction = ct_extract (gazetteer, document);
  document->published = found;
  return ct_store_replace_extraction (store, id, document, extraction, gazetteer, error);
}

/* Every document, or the one with @content_hash; nothing changes when one
 * fails or @cancellable is cancelled. */
gboolean
ct_reextract (CtStore       *store,
              const char    *content_hash,
              GCancellable  *cancellable,
              guint         *n_documents,
              GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  if (!ct_store_begin (store, error))
    return FALSE;
  ids = ct_store_list_documents (store, content_hash, error);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !reextract_one (store, g_array_index (ids, gint64, i), error))
      g_clear_pointer (&ids, g_array_unref);
  if (ids == NULL || !ct_store_commit (store, error))
    {
      ct_store_rollback (store);
      return FALSE;
    }
  if (n_documents != NULL)
    *n_documents = ids->len;
  return TRUE;
}
