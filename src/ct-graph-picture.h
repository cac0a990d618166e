/* ct-graph-picture.h: a picture of part of the graph, drawn off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-render.h"
#include "ct-texture.h"

G_BEGIN_DECLS

typedef struct
{
  graphene_rect_t area;  /* layout points it shows */
  double zoom;           /* widget pixels per layout point */
  gint scale_factor;     /* device pixels per widget pixel */
  guint stamp;           /* what the owner was showing when it asked */
  gint width, height;    /* area × zoom × scale factor device pixels */
  guint strips;          /* rows of tiles */
  GPtrArray *tiles;      /* CtTextureTile, row by row; none where nothing is drawn */
} CtGraphPicture;

#define CT_GRAPH_PICTURE_STRIP CT_TEXTURE_TILE_ROWS   /* a strip is a row of tiles */

void            ct_graph_picture_draw_async   (CtGraph               *graph,
                                               const CtRenderOptions *options,
                                               const graphene_rect_t *area,
                                               double                 zoom,
                                               gint                   scale_factor,
                                               guint                  stamp,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
CtGraphPicture *ct_graph_picture_draw_finish  (GAsyncResult          *result,
                                               GError               **error);
void            ct_graph_picture_free         (CtGraphPicture        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtGraphPicture, ct_graph_picture_free)

G_END_DECLS
