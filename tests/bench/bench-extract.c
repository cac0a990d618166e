/* bench-extract.c: extraction time against input size (it must grow linearly)
 *
 * Not a test: `meson test -C build --benchmark` runs it.  A bundled article's
 * body is repeated to make documents of growing size; the time per megabyte
 * should stay about the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "ct-extractor.h"
#include "ct-resources.h"

int
main (int argc, char *argv[])
{
  g_autoptr(GBytes) seed = NULL;
  const char *text;
  gsize size;

  setlocale (LC_ALL, "");
  seed = ct_resources_lookup ("corpus/001_3873d8454603a5b7.txt");
  text = g_bytes_get_data (seed, &size);
  for (guint copies = 20; copies <= 1280; copies *= 4)
    {
      g_autoptr(GString) big = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CtDocument) document = NULL;
      g_autoptr(CtExtraction) extraction = NULL;
      gint64 t0;
      double seconds;

      for (guint i = 0; i < copies; i++)
        g_string_append_len (big, text, size);
      bytes = g_string_free_to_bytes (g_steal_pointer (&big));
      t0 = g_get_monotonic_time ();
      document = ct_document_new_from_bytes ("big.txt", bytes, NULL);
      extraction = ct_extract (ct_gazetteer_get_default (), document);
      seconds = (g_get_monotonic_time () - t0) / 1e6;
      g_print ("%5.1f MB: %.2f s, %.2f s per MB\n", g_bytes_get_size (bytes) / 1048576.0, seconds,
               seconds / (g_bytes_get_size (bytes) / 1048576.0));
    }
  return 0;
}
