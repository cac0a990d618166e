/* ct-test-util.c: shared helpers for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "ct-extractor.h"
#include "ct-gazetteer.h"
#include "ct-test-util.h"

CtDocument *
ct_test_document_from_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CtDocument *document = ct_document_new_from_bytes ("test.txt", bytes, &error);

  g_assert_no_error (error);
  return document;
}

CtExtraction *
ct_test_extract_text (const char *text)
{
  g_autoptr(CtDocument) document = ct_test_document_from_text (text);

  return ct_extract (ct_gazetteer_get_default (), document);
}

/* A path under the source tree (the tests never read outside it). */
char *
ct_test_source_path (const char *first, ...)
{
  const char *root = g_getenv ("CITYTIES_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

gboolean
ct_test_has_place (CtExtraction *extraction,
                   const char   *path)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  for (guint i = 0; i < extraction->places->len; i++)
    if (g_str_equal (ct_gazetteer_get_division (gazetteer, g_array_index (extraction->places, CtPlace, i).division)->path, path))
      return TRUE;
  return FALSE;
}

gboolean
ct_test_has_tie (CtExtraction *extraction,
                 const char   *a,
                 const char   *b)
{
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  for (guint i = 0; i < extraction->ties->len; i++)
    {
      const CtTie *t = &g_array_index (extraction->ties, CtTie, i);
      const char *pa = ct_gazetteer_get_division (gazetteer, t->a)->path;
      const char *pb = ct_gazetteer_get_division (gazetteer, t->b)->path;

      if ((g_str_equal (pa, a) && g_str_equal (pb, b)) || (g_str_equal (pa, b) && g_str_equal (pb, a)))
        return TRUE;
    }
  return FALSE;
}
