/* ct-png.c: writing a Cairo image as PNG, quickly
 *
 * cairo_surface_write_to_png() leaves libpng at its defaults: every filter
 * tried on every row and zlib's level 6, which is most of the time of a big
 * export (tests/bench/bench-export).  Diagrams are flat colour with thin
 * lines; the Sub filter and zlib level 3 compress them nearly as well, in a
 * fraction of the time.  Colours are unpremultiplied with Cairo's own
 * rounding, so a PNG read back into Cairo has the pixels that were drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <glib/gstdio.h>

#include "ct-png.h"

/* libpng reports by longjmp; the message is kept for the GError */
static void
on_png_error (png_structp png, png_const_charp message)
{
  g_strlcpy (png_get_error_ptr (png), message, 128);
  png_longjmp (png, 1);
}

static void
unpremultiply_row (const guint32 *in, guint8 *out, gint width)
{
  for (gint x = 0; x < width; x++, out += 4)
    {
      guint32 pixel = in[x];
      guint alpha = pixel >> 24;

      if (alpha == 0)
        {
          out[0] = out[1] = out[2] = out[3] = 0;
          continue;
        }
      out[0] = (((pixel >> 16) & 0xff) * 255 + alpha / 2) / alpha;
      out[1] = (((pixel >> 8) & 0xff) * 255 + alpha / 2) / alpha;
      out[2] = ((pixel & 0xff) * 255 + alpha / 2) / alpha;
      out[3] = alpha;
    }
}

gboolean
ct_png_write (cairo_surface_t *surface,
              const char      *path,
              GError         **error)
{
  gint width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  const guint8 *data;
  g_autofree guint8 *row = g_malloc ((gsize) width * 4);
  png_structp png = NULL;
  png_infop info = NULL;
  char message[128] = "";
  FILE *file;
  gboolean closed;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, FALSE);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  file = g_fopen (path, "wb");
  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, message, on_png_error, NULL);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  errno = 0;
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      /* a failed write leaves errno, the likeliest reason (no space) */
      int saved = errno;

      png_destroy_write_struct (&png, &info);
      fclose (file);
      g_set_error (error, G_IO_ERROR, saved ? g_io_error_from_errno (saved) : G_IO_ERROR_FAILED, "%s",
                   saved ? g_strerror (saved) : message[0] ? message : "libpng failed");
      return FALSE;
    }
  png_init_io (png, file);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_compression_level (png, 3);
  png_write_info (png, info);
  for (gint y = 0; y < height; y++)
    {
      unpremultiply_row ((const guint32 *) (data + (gsize) y * cairo_image_surface_get_stride (surface)), row, width);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  closed = fclose (file) == 0;
  if (!closed)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
    }
  return closed;
}
