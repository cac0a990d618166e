/* ct-export.h: the graph as a picture: PNG, SVG, PDF, drawn like the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-graph.h"
#include "ct-render.h"
#include "ct-timeline-render.h"

G_BEGIN_DECLS

/* What a picture shows.  By default: the whole graph on white with the
 * legend, no timeline, nothing selected. */
typedef struct
{
  double scale;             /* PNG pixels per point (1, 2, 4) */
  gboolean legend;
  double background[4];     /* RGBA painted first; alpha 0 leaves it transparent */
  gboolean graph;           /* FALSE: the timeline alone */
  gboolean timeline;        /* the timeline under the graph */
  gboolean view;            /* only the part the window shows, as it shows it: */
  double view_width;        /*   its size in pixels, */
  double view_height;
  double view_x, view_y;    /*   where layout point (0, 0) is, */
  double view_zoom;         /*   and pixels per layout point; */
  double picture_x;         /*   and if it shows a picture at the export's scale, the picture's */
  double picture_y;         /*   corner in layout points and its size in pixels (else 0 × 0) */
  gint picture_width;
  gint picture_height;
  CtRenderOptions render;   /* time filter, emphasis and dark labels as on screen */
  CtTimelineView timeline_view;  /* axis range and time range; its size is the picture's */
} CtExportOptions;

void     ct_export_options_init (CtExportOptions *options);
gboolean ct_export_picture (CtGraph               *graph,
                            const char            *path,
                            const CtExportOptions *options,
                            GError               **error);
gboolean ct_export_check_font (GError **error);

G_END_DECLS
