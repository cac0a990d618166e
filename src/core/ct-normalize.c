/* ct-normalize.c: the form of a text the extractor reads
 *
 * Full-width ASCII becomes ASCII and traditional characters become simplified
 * (OpenCC's t2s, the conversion Debian and Flatpak both ship).  The result has
 * exactly one character per character of the original, so every offset the
 * extractor finds also points into the text the user sees.  Where OpenCC maps
 * a phrase to a different length, that line is converted character by
 * character instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <opencc/opencc.h>
#include <string.h>

#include "ct-normalize.h"

static GMutex opencc_lock;

static opencc_t
get_converter (void)
{
  static opencc_t converter = (opencc_t) -1;

  if (converter == (opencc_t) -1)
    {
      converter = opencc_open (OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
      if (converter == (opencc_t) -1)
        g_warning ("OpenCC's %s is missing; traditional characters will not be recognised",
                   OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    }
  return converter;
}

/* Full-width ASCII and wide spaces as their narrow selves. */
gunichar
ct_normalize_fold_width (gunichar c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFF01 + 0x21;
  if (c == 0x3000 || c == 0x00A0)
    return ' ';
  return c;
}

/* Converts @chars[0..n) in place when OpenCC keeps the length. */
static gboolean
simplify_span (opencc_t converter, gunichar *chars, glong n)
{
  g_autofree char *utf8 = g_ucs4_to_utf8 (chars, n, NULL, NULL, NULL);
  char *simplified;
  gboolean same_length = FALSE;

  if (utf8 == NULL)
    return FALSE;
  simplified = opencc_convert_utf8 (converter, utf8, strlen (utf8));
  if (simplified != NULL)
    {
      glong m;
      g_autofree gunichar *out = g_utf8_to_ucs4_fast (simplified, -1, &m);

      if (m == n)
        {
          memcpy (chars, out, n * sizeof (gunichar));
          same_length = TRUE;
        }
      opencc_convert_utf8_free (simplified);
    }
  return same_length;
}

static gboolean
has_non_ascii (const gunichar *chars, glong n)
{
  for (glong i = 0; i < n; i++)
    if (chars[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* A label spaced out at the start of a line (出　席：, 时　间：) closed up,
 * its spaces moved before it, so that it reads as the word it is: the
 * line keeps its length, and no name is ever in a label. */
static void
close_up_labels (gunichar *chars, glong n)
{
  for (glong line = 0; line < n; line++)
    {
      glong start = line, end, han = 0, spaces = 0;

      while (start < n && chars[start] == ' ')
        start++;
      for (end = start; end < n && end - start < 12; end++)
        if (g_unichar_type (chars[end]) == G_UNICODE_OTHER_LETTER)
          han++;
        else if (chars[end] == ' ' && han > 0)
          spaces++;
        else
          break;
      if (end < n && chars[end] == ':' && han >= 2 && han <= 4 && spaces >= han - 1 && chars[end - 1] != ' ')
        {
          glong to = end;

          for (glong i = end; i-- > start;)
            if (chars[i] != ' ')
              chars[--to] = chars[i];
          while (to > start)
            chars[--to] = ' ';
        }
      while (line < n && chars[line] != '\n')
        line++;
    }
}

gunichar *
ct_normalize (const char *utf8,
              glong      *n_chars)
{
  gunichar *chars = g_utf8_to_ucs4_fast (utf8, -1, n_chars);
  opencc_t converter;

  for (glong i = 0; i < *n_chars; i++)
    chars[i] = ct_normalize_fold_width (chars[i]);
  close_up_labels (chars, *n_chars);

  g_mutex_lock (&opencc_lock);
  converter = get_converter ();
  if (converter != (opencc_t) -1 && has_non_ascii (chars, *n_chars) &&
      !simplify_span (converter, chars, *n_chars))
    {
      for (glong start = 0; start < *n_chars;)
        {
          glong end = start;

          while (end < *n_chars && chars[end] != '\n')
            end++;
          if (!simplify_span (converter, chars + start, end - start))
            for (glong i = start; i < end; i++)
              simplify_span (converter, chars + i, 1);
          start = end + 1;
        }
    }
  g_mutex_unlock (&opencc_lock);
  return chars;
}
