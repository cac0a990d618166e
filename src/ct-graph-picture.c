/* ct-graph-picture.c: a picture of part of the graph, drawn off the main thread
 *
 * A sharp drawing of a big graph where labels are readable takes longer than
 * a frame (tests/bench/bench-render), so the graph view asks for it here and
 * keeps showing the picture it has, scaled, until the new one arrives.  The
 * picture is textures: the renderer uploads them once, and every frame
 * after only composites them.  They are tiles of one image, in strips of
 * rows, so that the view can take them in over a few frames (under software
 * GL one texture the size of the view took 30 ms of a frame to upload: new
 * memory faulted in page by page), and where nothing is drawn there is no
 * tile to upload or blend: most of a graph is space between nodes.  The
 * graph is shared by reference and only read, and each thread measures
 * text with its own Pango font map, so nothing here is touched by two
 * threads at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-background.h"
#include "ct-graph-picture.h"
#include "ct-texture.h"

/* GL renderers refuse bigger textures on common hardware */
#define MAX_PIXELS 8192

typedef struct
{
  CtGraph *graph;
  CtRenderOptions options;
  graphene_rect_t area;
  double zoom;
  gint scale_factor;
  guint stamp;
} Request;

static void
free_request (gpointer data)
{
  Request *request = data;

  ct_graph_unref (request->graph);
  g_free (request);
}

static CtGraphPicture *
draw (const Request *request)
{
  double pixels_per_point = request->zoom * request->scale_factor;
  /* whole pixels, less what rounding in floats adds */
  gint width = CLAMP (ceil (request->area.size.width * pixels_per_point - 1e-3), 1, MAX_PIXELS);
  gint height = CLAMP (ceil (request->area.size.height * pixels_per_point - 1e-3), 1, MAX_PIXELS);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  CtGraphPicture *picture = g_new0 (CtGraphPicture, 1);

  ct_render_area (cr, request->graph, &request->options, request->area.origin.x, request->area.origin.y,
                  pixels_per_point);
  cairo_destroy (cr);
  picture->width = width;
  picture->height = height;
  picture->strips = (height + CT_GRAPH_PICTURE_STRIP - 1) / CT_GRAPH_PICTURE_STRIP;
  picture->tiles = ct_texture_tiles_new_for_surface (surface, CT_TEXTURE_TILE_COLUMNS, CT_TEXTURE_TILE_ROWS);
  picture->area = request->area;
  picture->area.size.width = width / pixels_per_point;
  picture->area.size.height = height / pixels_per_point;
  picture->zoom = request->zoom;
  picture->scale_factor = request->scale_factor;
  picture->stamp = request->stamp;
  return picture;
}

static Request *
new_request (CtGraph               *graph,
             const CtRenderOptions *options,
             const graphene_rect_t *area,
             double                 zoom,
             gint                   scale_factor,
             guint                  stamp)
{
  Request *request = g_new0 (Request, 1);

  /* the picture is the graph without focus: hover and selection are drawn
   * over it each frame, so they never wait for a picture */
  g_return_val_if_fail (options->highlight == NULL && options->also_selected == NULL && options->subset == NULL, NULL);
  request->graph = ct_graph_ref (graph);
  request->options = *options;
  request->area = *area;
  request->zoom = zoom;
  request->scale_factor = MAX (scale_factor, 1);
  request->stamp = stamp;
  return request;
}

static void
draw_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, draw (data), (GDestroyNotify) ct_graph_picture_free);
}

void
ct_graph_picture_draw_async (CtGraph               *graph,
                             const CtRenderOptions *options,
                             const graphene_rect_t *area,
                             double                 zoom,
                             gint                   scale_factor,
                             guint                  stamp,
                             GCancellable          *cancellable,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, ct_graph_picture_draw_async);
  g_task_set_task_data (task, new_request (graph, options, area, zoom, scale_factor, stamp), free_request);
  ct_background_run (task, draw_in_thread);
}

CtGraphPicture *
ct_graph_picture_draw_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
ct_graph_picture_free (CtGraphPicture *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->tiles);
  g_free (self);
}
