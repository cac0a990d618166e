/* ct-focus-layer.h: hover and selection, drawn over the graph view's picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-render.h"

G_BEGIN_DECLS

typedef struct _CtFocusLayer CtFocusLayer;

/* Where the view shows the layout: widget pixel of layout point (0, 0), pixels per point. */
typedef struct
{
  double offset_x, offset_y, zoom;
  double width, height;        /* the widget */
  gint scale_factor;
  guint stamp;                 /* changes when what the graph looks like changes */
  gboolean zooming;            /* a zoom has not settled yet */
} CtFocusView;

CtFocusLayer *ct_focus_layer_new    (GtkWidget             *view);
void          ct_focus_layer_free   (CtFocusLayer          *self);
void          ct_focus_layer_append (CtFocusLayer          *self,
                                     GtkSnapshot           *snapshot,
                                     CtGraph               *graph,
                                     const CtRenderOptions *options,
                                     const CtFocusView     *view,
                                     GArray                *veiled);
gboolean      ct_focus_layer_is_sharp (CtFocusLayer        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtFocusLayer, ct_focus_layer_free)

G_END_DECLS
