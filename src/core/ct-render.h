/* ct-render.h: drawing the graph with Cairo, the same for the screen and for files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ct-graph.h"

G_BEGIN_DECLS

#define CT_RENDER_FONT "Noto Sans CJK SC"

/* the legend's corner of the picture, in pixels from the top left */
#define CT_RENDER_LEGEND_WIDTH 190.0
#define CT_RENDER_LEGEND_HEIGHT 166.0

typedef struct
{
  double scale;           /* device pixels per layout point: labels hide below a readable size */
  gboolean dark;
  gint selected_node;     /* -1 for none; the one the details pane shows */
  GHashTable *also_selected; /* more node indexes added with Ctrl-click, or NULL */
  gint selected_edge;
  gint hover_node;
  gint hover_edge;
  GHashTable *highlight;  /* node indexes to emphasise (timeline selection), or NULL */
  gboolean time_filter;   /* show only ties dated in [from, to], in months since year 0 */
  double from;
  double to;
  gboolean show_undated;  /* with a time filter, keep ties and memberships without a date */
  GHashTable *subset;     /* draw only these nodes and the edges between them, or NULL for all */
} CtRenderOptions;

void     ct_render_options_init   (CtRenderOptions *options);
void     ct_render_measure        (CtGraph         *graph);
void     ct_render_graph          (cairo_t         *cr,
                                   CtGraph         *graph,
                                   const CtRenderOptions *options);
void     ct_render_area           (cairo_t         *cr,
                                   CtGraph         *graph,
                                   const CtRenderOptions *options,
                                   double           x,
                                   double           y,
                                   double           pixels_per_point);
GHashTable *ct_render_focus       (CtGraph         *graph,
                                   const CtRenderOptions *options);
gboolean ct_render_subset_extents (CtGraph         *graph,
                                   GHashTable      *subset,
                                   double          *x,
                                   double          *y,
                                   double          *width,
                                   double          *height);
void     ct_render_legend         (cairo_t         *cr,
                                   const CtRenderOptions *options);
gboolean ct_render_edge_visible   (CtGraph         *graph,
                                   const CtRenderOptions *options,
                                   guint            edge);
gint     ct_render_hit_node       (CtGraph         *graph,
                                   double           x,
                                   double           y);
gint     ct_render_hit_edge       (CtGraph         *graph,
                                   const CtRenderOptions *options,
                                   double           x,
                                   double           y,
                                   double           tolerance);
void     ct_render_node_colour    (const CtGraphNode *node,
                                   double          *rgb);

G_END_DECLS
