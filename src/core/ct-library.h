/* ct-library.h: the documents of a project, listed and searched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 id;
  char *name;           /* the file it was imported from */
  char *title;
  char *published;      /* 2024-09-23, 2024-09, 2024, or NULL; a date the user set wins */
  char *content_hash;
  guint places;
  guint ties;           /* pairs of places tied by the document */
  char *snippet;        /* Pango markup around a search hit, or NULL */
} CtLibraryEntry;

GPtrArray *ct_library_list           (CtStore     *store,
                                      const char  *query,
                                      GError     **error);
gint64     ct_library_find_document  (CtStore     *store,
                                      const char  *name,
                                      GError     **error);
void       ct_library_entry_free     (CtLibraryEntry *entry);

G_END_DECLS
