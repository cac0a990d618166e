/* ct-graph-view.h: the cooperation graph on screen: zoom, pan, hover, select
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-graph.h"
#include "ct-render.h"

G_BEGIN_DECLS

#define CT_TYPE_GRAPH_VIEW (ct_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (CtGraphView, ct_graph_view, CT, GRAPH_VIEW, GtkWidget)

void     ct_graph_view_set_graph      (CtGraphView *self,
                                       CtGraph     *graph);
CtGraph *ct_graph_view_get_graph      (CtGraphView *self);
void     ct_graph_view_fit            (CtGraphView *self);
void     ct_graph_view_zoom           (CtGraphView *self,
                                       double       factor);
void     ct_graph_view_pan            (CtGraphView *self,
                                       double       dx,
                                       double       dy);
void     ct_graph_view_select_node    (CtGraphView *self,
                                       gint         node);
gint     ct_graph_view_get_selected_node (CtGraphView *self);
void     ct_graph_view_select_edge    (CtGraphView *self,
                                       gint         edge);
void     ct_graph_view_add_to_selection (CtGraphView *self,
                                         gint         node);
guint    ct_graph_view_count_selected (CtGraphView *self);
guint    ct_graph_view_get_selected_nodes (CtGraphView *self,
                                           gint        *nodes,
                                           guint        max);
gint     ct_graph_view_get_selected_edge (CtGraphView *self);
void     ct_graph_view_set_highlight  (CtGraphView *self,
                                       GHashTable  *nodes);
void     ct_graph_view_set_time_filter (CtGraphView *self,
                                        gboolean     active,
                                        double       from,
                                        double       to,
                                        gboolean     show_undated);
guint    ct_graph_view_count_visible_edges (CtGraphView *self);
gboolean ct_graph_view_is_sharp            (CtGraphView *self);
gboolean ct_graph_view_get_picture         (CtGraphView *self,
                                            double      *x,
                                            double      *y,
                                            gint        *width,
                                            gint        *height,
                                            gint        *scale_factor);
void     ct_graph_view_get_render_options  (CtGraphView     *self,
                                            CtRenderOptions *options,
                                            gboolean         focus);
void     ct_graph_view_get_transform       (CtGraphView *self,
                                            double      *zoom,
                                            double      *offset_x,
                                            double      *offset_y);

G_END_DECLS
