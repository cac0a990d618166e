/* ct-texture.h: Cairo drawings as textures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GPtrArray  *ct_texture_strips_new_for_surface (cairo_surface_t *surface,
                                               int              rows);
GdkTexture *ct_texture_draw            (int              width,
                                        int              height,
                                        int              scale_factor,
                                        void           (*draw) (cairo_t *cr, gpointer data),
                                        gpointer         data);

G_END_DECLS
