/* ct-texture.h: Cairo drawings as textures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The size of tiles in device pixels: big enough that the draws are few,
 * small enough that most of a graph's empty space is no tile. */
#define CT_TEXTURE_TILE_COLUMNS 128
#define CT_TEXTURE_TILE_ROWS    96

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
graphene_rect_t ct_texture_tile_rect (const CtTextureTile   *tile,
                                      int                    width,
                                      int                    height,
                                      const graphene_rect_t *shown);
GdkTexture *ct_texture_draw            (int              width,
                                        int              height,
                                        int              scale_factor,
                                        void           (*draw) (cairo_t *cr, gpointer data),
                                        gpointer         data);
GPtrArray  *ct_texture_draw_tiles      (int              width,
                                        int              height,
                                        int              scale_factor,
                                        void           (*draw) (cairo_t *cr, gpointer data),
                                        gpointer         data,
                                        int              columns,
                                        int              rows);

G_END_DECLS
