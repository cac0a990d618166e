/* ct-texture.h: Cairo drawings as textures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A part of an image, as a texture. */
typedef struct
{
  GdkTexture *texture;
  gint x, y;             /* its top left corner in the image, in pixels */
} CtTextureTile;

void        ct_texture_tile_free             (CtTextureTile   *tile);
GPtrArray  *ct_texture_tiles_new_for_surface (cairo_surface_t *surface,
                                              int              columns,
                                              int              rows);
GdkTexture *ct_texture_draw            (int              width,
                                        int              height,
                                        int              scale_factor,
                                        void           (*draw) (cairo_t *cr, gpointer data),
                                        gpointer         data);

G_END_DECLS
