/* ct-highlights.c: where in a document's text the extracted places, groupings, agreements, events and dates are
 *
 * The document is extracted again (it takes milliseconds) so that what is
 * highlighted is exactly what the extractor took: every mention of a place
 * it kept, every occurrence of a grouping's name or an agreement's or
 * event's title, and the dates in the title and body.  Offsets are in
 * characters of the text the user reads; normalisation keeps one character
 * per character, so they hold for it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "ct-extractor.h"
#include "ct-highlights.h"
#include "ct-places.h"

static void
add (GArray *out, gsize start, gsize end, CtHighlightKind kind, const char *key)
{
  CtHighlight h = { start, end, kind, g_strdup (key) };

  g_array_append_val (out, h);
}

/* Every occurrence of @name in the document's normalised characters. */
static void
add_occurrences (GArray *out, CtDocument *document, const char *name, CtHighlightKind kind)
{
  glong length = 0;
  g_autofree gunichar *needle = g_utf8_to_ucs4_fast (name, -1, &length);

  for (gsize i = 0; length > 0 && i + length <= document->n_chars; i++)
    if (memcmp (document->chars + i, needle, length * sizeof (gunichar)) == 0)
      {
        add (out, i, i + length, kind, name);
        i += length - 1;
      }
}

static gboolean
outside (CtDocument *document, gsize offset)
{
  for (guint i = 0; i < document->lines->len; i++)
    {
      const CtLine *line = &g_array_index (document->lines, CtLine, i);

      if (offset >= line->start && offset < line->end)
        return line->kind == CT_LINE_OUTSIDE;
    }
  return TRUE;
}

static gint
by_start (gconstpointer a, gconstpointer b)
{
  const CtHighlight *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
clear_highlight (gpointer data)
{
  g_free (((CtHighlight *) data)->key);
}

/* The highlights of @document, by position. */
GArray *
ct_highlights_find (CtGazetteer *gazetteer,
                    CtDocument  *document)
{
  g_autoptr(CtExtraction) extraction = ct_extract (gazetteer, document);
  g_autoptr(GArray) mentions = ct_places_find (gazetteer, document);
  g_autoptr(GArray) dates = ct_dates_find (document->chars, document->n_chars, &document->published);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (CtHighlight));

  g_array_set_clear_func (out, clear_highlight);
  for (guint i = 0; i < extraction->places->len; i++)
    g_hash_table_add (kept, GUINT_TO_POINTER (g_array_index (extraction->places, CtPlace, i).division));
  for (guint i = 0; i < mentions->len; i++)
    {
      const CtPlaceMention *m = &g_array_index (mentions, CtPlaceMention, i);

      if (g_hash_table_contains (kept, GUINT_TO_POINTER (m->division)) && !outside (document, m->start))
        add (out, m->start, m->end, CT_HIGHLIGHT_PLACE, ct_gazetteer_get_division (gazetteer, m->division)->code);
    }
  for (guint i = 0; i < extraction->groupings->len; i++)
    add_occurrences (out, document, ((CtGrouping *) g_ptr_array_index (extraction->groupings, i))->name,
                     CT_HIGHLIGHT_GROUPING);
  for (guint i = 0; i < extraction->agreements->len; i++)
    add_occurrences (out, document, ((CtAgreement *) g_ptr_array_index (extraction->agreements, i))->title,
                     CT_HIGHLIGHT_AGREEMENT);
  for (guint i = 0; i < extraction->events->len; i++)
    add_occurrences (out, document, ((CtEvent *) g_ptr_array_index (extraction->events, i))->title,
                     CT_HIGHLIGHT_EVENT);
  for (guint i = 0; i < dates->len; i++)
    {
      const CtDateMention *d = &g_array_index (dates, CtDateMention, i);

      if (!outside (document, d->start))
        add (out, d->start, d->end, CT_HIGHLIGHT_DATE, NULL);
    }
  g_array_sort (out, by_start);
  return out;
}
