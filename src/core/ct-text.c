/* ct-text.c: small helpers for reading UCS-4 text against UTF-8 word lists
 *
 * The rules keep their words as UTF-8 literals, which read well in the source;
 * these compare them with the UCS-4 text in place, without allocating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "ct-normalize.h"
#include "ct-text.h"

gunichar
ct_text_at (const CtText *text,
            gsize         i)
{
  return i < text->length ? text->chars[i] : 0;
}

gboolean
ct_text_word_at (const CtText *text,
                 gsize         i,
                 const char   *word)
{
  /* the text is folded (ct_normalize()); a name taken from it may not be */
  for (const char *p = word; *p; p = g_utf8_next_char (p), i++)
    if (i >= text->length || text->chars[i] != ct_normalize_fold_width (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
ct_text_word_before (const CtText *text,
                     gsize         end,
                     const char   *word)
{
  glong n = g_utf8_strlen (word, -1);

  return (gsize) n <= end && ct_text_word_at (text, end - n, word);
}

const char *
ct_text_any_word_at (const CtText        *text,
                     gsize                i,
                     const char * const  *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (ct_text_word_at (text, i, words[k]))
      return words[k];
  return NULL;
}

const char *
ct_text_any_word_before (const CtText        *text,
                         gsize                end,
                         const char * const  *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (ct_text_word_before (text, end, words[k]))
      return words[k];
  return NULL;
}

/* Where in [@start, @end) the first of @words starts, or -1. */
gssize
ct_text_find_any (const CtText        *text,
                  gsize                start,
                  gsize                end,
                  const char * const  *words)
{
  for (gsize i = start; i < end && i < text->length; i++)
    if (ct_text_any_word_at (text, i, words) != NULL)
      return i;
  return -1;
}

gssize
ct_text_find (const CtText *text,
              gsize         from,
              gsize         to,
              const char   *word)
{
  gunichar first = g_utf8_get_char (word);

  for (gsize i = from; i < to && i < text->length; i++)
    if (text->chars[i] == first && ct_text_word_at (text, i, word))
      return i;
  return -1;
}

/* g_ascii_isdigit() and g_ascii_isalpha() look at a byte: a Han character
 * whose low byte is '1' (由 is U+7531) would pass.  These look at the character. */
gboolean
ct_text_is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

/* Whether @c is one of the characters of @set; past the text's end (0) it
 * is none, where g_utf8_strchr() would find the string's end. */
gboolean
ct_text_char_in (const char *set,
                 gunichar    c)
{
  return c != 0 && g_utf8_strchr (set, -1, c) != NULL;
}

gboolean
ct_text_is_latin (gunichar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

gboolean
ct_text_is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         c == 0x3007;
}

gsize
ct_text_count_han (const CtText *text,
                   gsize         from,
                   gsize         to)
{
  gsize n = 0;

  for (gsize i = from; i < to && i < text->length; i++)
    n += ct_text_is_han (text->chars[i]);
  return n;
}

guint
ct_spans_lower_bound (GArray *spans,
                      gsize   offset)
{
  guint lo = 0, hi = spans->len;
  guint size = g_array_get_element_size (spans);

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gsize start = *(gsize *) (spans->data + (gsize) mid * size);

      if (start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
