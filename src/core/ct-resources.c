/* ct-resources.c: the data compiled into the binary
 *
 * The resources live in a static library, where a constructor would be dropped
 * by the linker; so they are registered by hand, once, before first use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "ct-resources.h"
#include "ct-core-resources.h"

void
ct_resources_ensure_registered (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      ct_core_register_resource ();
      g_once_init_leave (&once, 1);
    }
}

/* Returns NULL when there is no such resource. */
GBytes *
ct_resources_lookup (const char *name)
{
  g_autofree char *path = g_strconcat (CT_RESOURCE_PREFIX, name, NULL);

  ct_resources_ensure_registered ();
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The file names of the bundled articles, sorted. */
GStrv
ct_resources_list_corpus (void)
{
  GStrv names;

  ct_resources_ensure_registered ();
  names = g_resources_enumerate_children (CT_RESOURCE_PREFIX "corpus/", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names != NULL)
    qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return names;
}
