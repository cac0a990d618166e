/* ct-png.h: writing a Cairo image as PNG, quickly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

gboolean ct_png_write (cairo_surface_t  *surface,
                       const char       *path,
                       GError          **error);

G_END_DECLS
