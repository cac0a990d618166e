/* ct-export.h: the graph as a picture: PNG, SVG, PDF, drawn like the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-graph.h"

G_BEGIN_DECLS

typedef struct
{
  double scale;        /* PNG pixels per point (1, 2, 4) */
  gboolean legend;
  gboolean transparent;
} CtExportOptions;

gboolean ct_export_picture (CtGraph               *graph,
                            const char            *path,
                            const CtExportOptions *options,
                            GError               **error);
gboolean ct_export_check_font (GError **error);

G_END_DECLS
