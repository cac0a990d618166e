/* ct-unwrap.c: text hard-wrapped at a fixed width, as PDF dumps are, joined
 *
 * A page turned to text breaks its lines where the page did, in the middle of
 * sentences and of names (…在山东省德州 / 市武城县召开), and a name cut so is
 * read by nothing after.  The user reads the text as it flows, so it is
 * joined before anything else reads it, offsets and all.
 *
 * A text is wrapped when many of its lines are of one width, give or take
 * a character; such a line that ends without the end of a sentence goes on
 * in the next, unless that one starts an item of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-unwrap.h"

/* Fewer lines of one width than this and the widths are a coincidence. */
#define MIN_WRAPPED_LINES 4
/* Narrower than this (in columns) and a line is an item, a heading or a name. */
#define MIN_WIDTH 32

/* In columns, as a page sets it: a Chinese character takes two. */
static glong
line_width (const char *line)
{
  g_autofree char *trimmed = g_strchomp (g_strdup (line));
  glong columns = 0;

  for (const char *p = trimmed; *p; p = g_utf8_next_char (p))
    columns += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return columns;
}

/* The width most lines are cut at, or 0 when the text is not wrapped:
 * many wide lines end within a few columns of it (a Chinese character does
 * not fit in the last column, digits take one), and few go past it. */
static glong
wrap_width (char **lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);   /* width -> lines */
  GHashTableIter iter;
  gpointer key, value;
  glong best = 0;
  guint best_count = 0, wide = 0, wider = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      glong width = line_width (lines[i]);

      if (width < MIN_WIDTH)
        continue;
      wide++;
      g_hash_table_insert (counts, GINT_TO_POINTER (width),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (width))) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      glong width = GPOINTER_TO_INT (key);
      guint count = 0;

      for (glong w = width - 3; w <= width; w++)
        count += GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (w)));
      if (count > best_count || (count == best_count && width > best))
        {
          best = width;
          best_count = count;
        }
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (key) > best + 3)
      wider += GPOINTER_TO_UINT (value);
  if (best_count < MIN_WRAPPED_LINES || best_count * 3 < wide || wider * 10 > wide)
    return 0;
  return best;
}

/* Whether @line ends a sentence, or a heading: what a wrap never cuts after. */
static gboolean
ends_sentence (const char *line)
{
  static const char * const ends[] = { "。", "！", "？", "；", "：", "!", "?", ";", ":", "”", "」", NULL };
  g_autofree char *trimmed = g_strchomp (g_strdup (line));

  for (guint i = 0; ends[i] != NULL; i++)
    if (g_str_has_suffix (trimmed, ends[i]))
      return TRUE;
  return FALSE;
}

/* Whether @line starts an item of its own: a paragraph's indent, a list's
 * mark or number, a heading's numeral. */
static gboolean
starts_item (const char *line)
{
  gunichar c = g_utf8_get_char (line);
  gunichar next = *line ? g_utf8_get_char (g_utf8_next_char (line)) : 0;

  if (c == 0 || g_unichar_isspace (c) || c == 0x3000)
    return TRUE;
  if (g_utf8_strchr ("•◆◇■□●○▲△★☆-*（(【〔", -1, c) != NULL || c >= 0x1f000)
    return TRUE;
  /* 一、 1. 2、 2️⃣ */
  return (g_utf8_strchr ("一二三四五六七八九十", -1, c) != NULL || g_unichar_isdigit (c)) &&
         (next == 0x3001 || next == '.' || next == 0xff0e || next == 0xfe0f || next == 0x20e3);
}

char *
ct_unwrap (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  glong width = wrap_width (lines);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean joins = width > 0 && lines[i + 1] != NULL && line_width (lines[i]) >= width - 3 &&
                       !ends_sentence (lines[i]) && !starts_item (lines[i + 1]);

      if (joins)
        g_string_append (out, g_strchomp (lines[i]));
      else
        {
          g_string_append (out, lines[i]);
          if (lines[i + 1] != NULL)
            g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}
