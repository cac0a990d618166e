/* ct-timeline.h: agreements and events on a time axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-graph.h"
#include "ct-timeline-render.h"

G_BEGIN_DECLS

#define CT_TYPE_TIMELINE (ct_timeline_get_type ())

G_DECLARE_FINAL_TYPE (CtTimeline, ct_timeline, CT, TIMELINE, GtkWidget)

void ct_timeline_set_graph (CtTimeline *self,
                            CtGraph    *graph);
gint     ct_timeline_get_selected    (CtTimeline *self);
void     ct_timeline_select          (CtTimeline *self,
                                      gint        index);
gboolean ct_timeline_get_range       (CtTimeline *self,
                                      double     *from,
                                      double     *to);
void     ct_timeline_set_range       (CtTimeline *self,
                                      double      from,
                                      double      to);
void     ct_timeline_clear_range     (CtTimeline *self);
gboolean ct_timeline_get_view        (CtTimeline     *self,
                                      CtTimelineView *view);

G_END_DECLS
