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

/* Takes @surface, an ARGB32 image, and shows it as textures of @rows rows
 * each (the last one fewer), top to bottom, sharing its memory. */
GPtrArray *
ct_texture_strips_new_for_surface (cairo_surface_t *surface,
                                   int              rows)
{
  gint width = cairo_image_surface_get_width (surface);
  gint height = cairo_image_surface_get_height (surface);
  gint stride = cairo_image_surface_get_stride (surface);
  GPtrArray *strips = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = surface_bytes (surface);

  for (gint top = 0; top < height; top += rows)
    {
      gint n = MIN (rows, height - top);
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (bytes, (gsize) stride * top, (gsize) stride * n);

      g_ptr_array_add (strips, gdk_memory_texture_new (width, n, GDK_MEMORY_DEFAULT, part, stride));
    }
  return strips;
}

/* What @draw draws on @width × @height widget pixels, at @scale_factor device pixels each. */
GdkTexture *
ct_texture_draw (int      width,
                 int      height,
                 int      scale_factor,
                 void   (*draw) (cairo_t *cr, gpointer data),
                 gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width * scale_factor, 1),
                                                         MAX (height * scale_factor, 1));
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  draw (cr, data);
  cairo_destroy (cr);
  return new_for_surface (surface);
}
