/* ct-timeline-render.h: agreements and events on a time axis, drawn with Cairo for the window and for files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ct-graph.h"

G_BEGIN_DECLS

#define CT_TIMELINE_MIN_LANE_HEIGHT 22.0

/* The lanes of a graph's items: computed once per graph. */
typedef struct
{
  CtGraph *graph;       /* a reference */
  GPtrArray *names;     /* lane names, borrowed from the graph */
  GArray *item_lane;    /* guint lane of each item; G_MAXUINT for undated items */
  double first, last;   /* whole years around the dated items, in months since year 0 */
} CtTimelineLanes;

/* What part of the axis is shown where, and what stands out. */
typedef struct
{
  double width, height; /* of the drawing */
  double first, last;   /* axis range shown, in months since year 0 */
  gboolean dark;
  gint selected;        /* item index or -1 */
  gint hover;
  gboolean has_range;   /* a selected time range */
  double range_from, range_to;
} CtTimelineView;

CtTimelineLanes *ct_timeline_lanes_new     (CtGraph               *graph);
void             ct_timeline_lanes_free    (CtTimelineLanes       *self);
double           ct_timeline_min_height    (const CtTimelineLanes *lanes);
void             ct_timeline_view_init     (CtTimelineView        *view,
                                            const CtTimelineLanes *lanes,
                                            double                 width,
                                            double                 height);
double           ct_timeline_x_of          (const CtTimelineView  *view,
                                            double                 month);
double           ct_timeline_month_at      (const CtTimelineView  *view,
                                            double                 x);
gint             ct_timeline_item_at       (const CtTimelineLanes *lanes,
                                            const CtTimelineView  *view,
                                            double                 x,
                                            double                 y);
void             ct_timeline_render        (cairo_t               *cr,
                                            const CtTimelineLanes *lanes,
                                            const CtTimelineView  *view);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTimelineLanes, ct_timeline_lanes_free)

G_END_DECLS
