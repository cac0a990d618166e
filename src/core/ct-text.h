/* ct-text.h: small helpers for reading UCS-4 text against UTF-8 word lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const gunichar *chars;
  gsize length;
} CtText;

gboolean    ct_text_word_at      (const CtText *text,
                                  gsize         i,
                                  const char   *word);
gboolean    ct_text_word_before  (const CtText *text,
                                  gsize         end,
                                  const char   *word);
const char *ct_text_any_word_at  (const CtText *text,
                                  gsize         i,
                                  const char * const *words);
const char *ct_text_any_word_before (const CtText *text,
                                     gsize         end,
                                     const char * const *words);
gssize      ct_text_find_any     (const CtText        *text,
                                  gsize                start,
                                  gsize                end,
                                  const char * const  *words);
gssize      ct_text_find         (const CtText *text,
                                  gsize         from,
                                  gsize         to,
                                  const char   *word);
gboolean    ct_text_is_han       (gunichar      c);
gboolean    ct_text_is_digit     (gunichar      c);
gboolean    ct_text_char_in      (const char   *set,
                                  gunichar      c);
gboolean    ct_text_is_latin     (gunichar      c);
gsize       ct_text_count_han    (const CtText *text,
                                  gsize         from,
                                  gsize         to);
gunichar    ct_text_at           (const CtText *text,
                                  gsize         i);

/* For arrays of structs whose first member is a gsize start offset, sorted
 * by it: the index of the first element starting at or after @offset. */
guint       ct_spans_lower_bound (GArray       *spans,
                                  gsize         offset);

G_END_DECLS
