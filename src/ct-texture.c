/* ct-texture.c: Cairo drawings as textures
 *
 * A widget that draws with gtk_snapshot_append_cairo() is drawn twice
 * under GTK's GL renderer: once into a recording, and again when the
 * recording is played onto an image to upload.  Drawn here, straight onto
 * an image, it is drawn once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-texture.h"

static void
free_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

/* Takes @surface, an ARGB32 image: Cairo's ARGB32 is GDK's default memory
 * format, so textures show its memory as it is, no copy. */
static GBytes *
surface_bytes (cairo_surface_t *surface)
{
  cairo_surface_flush (surface);
  return g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                     (gsize) cairo_image_surface_get_stride (surface) *
                                     cairo_image_surface_get_height (surface),
                                     free_surface, surface);
}

/* Takes @surface, an ARGB32 image, and shows it as a texture. */
static GdkTexture *
new_for_surface (cairo_surface_t *surface)
{
  gint width = cairo_image_surface_get_width (surface);
  gint height = cairo_image_surface_get_height (surface);
  gint stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = surface_bytes (surface);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* Whether the @width × @height pixels at @x, @y of @surface are all clear. */
static gboolean
is_clear (cairo_surface_t *surface, gint x, gint y, gint width, gint height)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  gint stride = cairo_image_surface_get_stride (surface);

  for (gint row = y; row < y + height; row++)
    {
      const guint32 *pixel = (const guint32 *) (data + (gsize) stride * row) + x;

      for (gint i = 0; i < width; i++)
        if (pixel[i] != 0)
          return FALSE;
    }
  return TRUE;
}

void
ct_texture_tile_free (CtTextureTile *tile)
{
  g_object_unref (tile->texture);
  g_free (tile);
}

/* Takes @surface, an ARGB32 image, and shows it as textures, row by row,
 * sharing its memory: each of @rows rows (the last fewer), as wide as the
 * runs of @columns columns with anything drawn.  Clear columns are left
 * out, the renderer need neither upload nor blend what draws nothing; runs
 * are whole, as each texture costs a draw of its own. */
GPtrArray *
ct_texture_tiles_new_for_surface (cairo_surface_t *surface,
                                  int              columns,
                                  int              rows)
{
  gint width = cairo_image_surface_get_width (surface);
  gint height = cairo_image_surface_get_height (surface);
  gint stride = cairo_image_surface_get_stride (surface);
  GPtrArray *tiles = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_texture_tile_free);
  g_autoptr(GBytes) bytes = surface_bytes (surface);

  for (gint y = 0; y < height; y += rows)
    {
      gint h = MIN (rows, height - y);

      /* runs end at a clear column or the edge */
      for (gint x = 0, end; x < width; x = end + columns)
        {
          g_autoptr(GBytes) part = NULL;
          CtTextureTile *tile;

          for (end = x; end < width && !is_clear (surface, end, y, MIN (columns, width - end), h); )
            end = MIN (end + columns, width);
          if (end == x)
            continue;
          /* from its first pixel to its last */
          part = g_bytes_new_from_bytes (bytes, (gsize) stride * y + 4 * x, (gsize) stride * (h - 1) + 4 * (end - x));
          tile = g_new (CtTextureTile, 1);
          tile->texture = gdk_memory_texture_new (end - x, h, GDK_MEMORY_DEFAULT, part, stride);
          tile->x = x;
          tile->y = y;
          g_ptr_array_add (tiles, tile);
        }
    }
  return tiles;
}

/* Where @tile of an image of @width × @height pixels shows when the whole
 * image is shown at @shown. */
graphene_rect_t
ct_texture_tile_rect (const CtTextureTile   *tile,
                      int                    width,
                      int                    height,
                      const graphene_rect_t *shown)
{
  double sx = shown->size.width / width, sy = shown->size.height / height;

  return GRAPHENE_RECT_INIT (shown->origin.x + tile->x * sx, shown->origin.y + tile->y * sy,
                             gdk_texture_get_width (tile->texture) * sx, gdk_texture_get_height (tile->texture) * sy);
}

/* An image of @width × @height widget pixels, @scale_factor device pixels
 * each, with what @draw draws on it. */
static cairo_surface_t *
draw_surface (int width, int height, int scale_factor, void (*draw) (cairo_t *cr, gpointer data), gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width * scale_factor, 1),
                                                         MAX (height * scale_factor, 1));
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  draw (cr, data);
  cairo_destroy (cr);
  return surface;
}

/* What @draw draws on @width × @height widget pixels, at @scale_factor device pixels each. */
GdkTexture *
ct_texture_draw (int      width,
                 int      height,
                 int      scale_factor,
                 void   (*draw) (cairo_t *cr, gpointer data),
                 gpointer data)
{
  return new_for_surface (draw_surface (width, height, scale_factor, draw, data));
}

/* The same, as tiles (ct_texture_tiles_new_for_surface()). */
GPtrArray *
ct_texture_draw_tiles (int      width,
                       int      height,
                       int      scale_factor,
                       void   (*draw) (cairo_t *cr, gpointer data),
                       gpointer data,
                       int      columns,
                       int      rows)
{
  return ct_texture_tiles_new_for_surface (draw_surface (width, height, scale_factor, draw, data), columns, rows);
}
