/* ct-decode.c: bytes of a document to UTF-8, or a reason why not
 *
 * Chinese news arrives as UTF-8, UTF-16, GB18030/GBK (mainland sites) or Big5
 * (Hong Kong, Taiwan).  Both legacy encodings are double-byte and often both
 * decode without error, so the choice is made on their trail bytes: Big5 uses
 * 0x40–0x7E for a large share of its characters, GB2312-era text almost never.
 * Whatever decodes must then look like text; otherwise the file is refused
 * with a reason rather than shown as mojibake.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "ct-decode.h"

G_DEFINE_QUARK (ct-decode-error-quark, ct_decode_error)

typedef struct
{
  const char *magic;
  gsize length;
  const char *kind;
} CtMagic;

static const CtMagic magics[] = {
  { "%PDF-", 5, "PDF document" },
  { "\x89PNG", 4, "PNG image" },
  { "\xff\xd8\xff", 3, "JPEG image" },
  { "GIF8", 4, "GIF image" },
  { "PK\x03\x04", 4, "ZIP archive or Office document" },
  { "\xd0\xcf\x11\xe0", 4, "Office document" },
  { "\x1f\x8b", 2, "gzip archive" },
  { "\x7f" "ELF", 4, "program" },
  { "SQLite format 3", 15, "SQLite database" },
};

static gboolean
is_binary (const guint8 *data, gsize size, const char **kind)
{
  gsize controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (size >= magics[i].length && memcmp (data, magics[i].magic, magics[i].length) == 0)
      {
        *kind = magics[i].kind;
        return TRUE;
      }

  /* UTF-16 without BOM is not supported, so any NUL means binary. */
  for (gsize i = 0; i < size; i++)
    {
      if (data[i] == 0)
        {
          *kind = "binary data";
          return TRUE;
        }
      if (data[i] < 0x20 && data[i] != '\n' && data[i] != '\r' && data[i] != '\t' && data[i] != '\f')
        controls++;
    }
  *kind = "binary data";
  return controls * 100 > size;
}

/* Decoding "succeeded" but produced something no article looks like: private
 * use characters, stray controls, replacement characters. */
static gboolean
looks_like_text (const char *utf8)
{
  gsize total = 0, odd = 0;

  for (const char *p = utf8; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      total++;
      if (c == 0xFFFD || type == G_UNICODE_PRIVATE_USE || type == G_UNICODE_UNASSIGNED ||
          (type == G_UNICODE_CONTROL && !g_unichar_isspace (c)))
        odd++;
    }
  return odd * 100 <= total;
}

static char *
convert_strict (const guint8 *data, gsize size, const char *from)
{
  g_autoptr(GError) error = NULL;
  gsize written = 0;
  char *out = g_convert ((const char *) data, size, "UTF-8", from, NULL, &written, &error);

  if (out == NULL || strlen (out) != written || !looks_like_text (out))
    {
      g_free (out);
      return NULL;
    }
  return out;
}

/* Share of double-byte characters whose trail byte is below 0x80. */
static double
low_trail_share (const guint8 *data, gsize size)
{
  gsize pairs = 0, low = 0;

  for (gsize i = 0; i + 1 < size; i++)
    if (data[i] >= 0x81 && data[i] <= 0xfe)
      {
        pairs++;
        if (data[i + 1] < 0x80)
          low++;
        i++;
      }
  return pairs ? (double) low / pairs : 0.0;
}

static const char *
canonical_charset (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_equal (lower, "utf-8") || g_str_equal (lower, "utf8"))
    return "UTF-8";
  if (g_str_equal (lower, "gb2312") || g_str_equal (lower, "gbk") || g_str_equal (lower, "gb18030") ||
      g_str_equal (lower, "x-gbk") || g_str_equal (lower, "cp936"))
    return "GB18030";
  if (g_str_equal (lower, "big5") || g_str_equal (lower, "big5-hkscs") || g_str_equal (lower, "x-x-big5"))
    return "BIG5";
  return NULL;
}

/* The charset an HTML page declares in its first bytes (<meta charset=...>). */
char *
ct_decode_sniff_charset (const guint8 *data,
                         gsize         size)
{
  g_autofree char *head = g_ascii_strdown ((const char *) data, MIN (size, 4096));
  const char *p = strstr (head, "charset");

  if (p == NULL)
    return NULL;
  p += strlen ("charset");
  while (*p == ' ' || *p == '=' || *p == '"' || *p == '\'')
    p++;
  {
    gsize n = strspn (p, "abcdefghijklmnopqrstuvwxyz0123456789-_");
    g_autofree char *name = g_strndup (p, n);
    const char *canonical = canonical_charset (name);

    return canonical ? g_strdup (canonical) : NULL;
  }
}

char *
ct_decode (const guint8  *data,
           gsize          size,
           const char    *charset_hint,
           const char   **encoding,
           GError       **error)
{
  const char *kind = NULL;
  const char *dummy;
  char *text;

  if (encoding == NULL)
    encoding = &dummy;

  if (size > CT_DECODE_MAX_SIZE)
    {
      g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_TOO_LARGE,
                   _("too large (%.1f MB; the limit is %d MB)"), size / 1048576.0,
                   CT_DECODE_MAX_SIZE / 1048576);
      return NULL;
    }

  if (size >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
    {
      *encoding = data[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
      text = convert_strict (data + 2, size - 2, *encoding);
      if (text == NULL)
        g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_UNKNOWN_ENCODING,
                     _("starts with a UTF-16 byte order mark but is not valid UTF-16"));
      else if (*text == '\0')
        {
          g_clear_pointer (&text, g_free);
          g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_EMPTY, _("empty file"));
        }
      return text;
    }

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
      *encoding = "UTF-8";
    }

  {
    gsize blank = 0;

    while (blank < size && g_ascii_isspace (data[blank]))
      blank++;
    if (blank == size)
      {
        g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_EMPTY, _("empty file"));
        return NULL;
      }
  }

  if (is_binary (data, size, &kind))
    {
      g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_BINARY, _("not a text file (%s)"), kind);
      return NULL;
    }

  if (g_utf8_validate ((const char *) data, size, NULL))
    {
      *encoding = "UTF-8";
      text = g_strndup ((const char *) data, size);
      if (looks_like_text (text))
        return text;
      g_free (text);
    }

  if (charset_hint != NULL && !g_str_equal (charset_hint, "UTF-8") &&
      (text = convert_strict (data, size, charset_hint)) != NULL)
    {
      *encoding = charset_hint;
      return text;
    }

  {
    const char *order[2] = { "GB18030", "BIG5" };

    if (low_trail_share (data, size) >= 0.10)
      {
        order[0] = "BIG5";
        order[1] = "GB18030";
      }
    for (guint i = 0; i < 2; i++)
      if ((text = convert_strict (data, size, order[i])) != NULL)
        {
          *encoding = order[i];
          return text;
        }
  }

  g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_UNKNOWN_ENCODING,
               _("unknown encoding (not UTF-8, UTF-16, GB18030 or Big5)"));
  return NULL;
}
