/* ct-focus-layer.c: hover and selection, drawn over the graph view's picture
 *
 * The picture is the graph without focus; what is hovered or selected is
 * drawn again on top, the rest veiled, so that hover never waits for a
 * picture.  That drawing is an image only as big as the focused nodes and
 * their ties, a quarter view more, and it is kept while only the view
 * moves: drawn again in every frame of a pan or zoom, it cost more than
 * the rest of the frame under software GL.  While a zoom has not settled
 * it is scaled, like the picture under it.  Like the picture, it is tiles
 * with none where it is clear, and the veil, the colour of the view's
 * background, is laid only where the picture drew: blending all of the
 * view in every frame cost a quarter of the frame under software GL.
 * A new focus is drawn at once, in the frame that shows it; the same focus
 * at a settled zoom or past the edge of a pan is drawn off the main thread
 * while the old drawing shows, scaled or shifted: a hub's ties took 17 ms
 * of the frame that ended a zoom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "ct-background.h"
#include "ct-focus-layer.h"
#include "ct-texture.h"

/* room around the focus for what reaches past nodes and curves: outlines,
 * selection rings, lines drawn at a least width in pixels */
#define MARGIN_POINTS 8.0
#define MARGIN_PIXELS 6.0

/* What the drawing shows; the same key, the same drawing. */
typedef struct
{
  gint selected_node, selected_edge, hover_node, hover_edge;
  gconstpointer highlight;
  guint focus_sum;      /* of the focused nodes, which Ctrl-click changes */
  guint stamp;
  gboolean dark;
} Key;

/* A drawing of the focus. */
typedef struct
{
  GPtrArray *tiles;     /* CtTextureTile */
  gint width, height;   /* of the image the tiles are of, device pixels */
  Key key;
  graphene_rect_t area; /* layout points it shows */
  double zoom;
} Sheet;

struct _CtFocusLayer
{
  GtkWidget *view;      /* drawn again when a drawing arrives; owns the layer */
  Sheet *sheet;         /* NULL: nothing drawn yet */
  GCancellable *drawing; /* a drawing on its way, or NULL */
  gboolean stale;       /* the last frame showed a drawing for another view */
};

static void
sheet_free (Sheet *sheet)
{
  if (sheet == NULL)
    return;
  g_ptr_array_unref (sheet->tiles);
  g_free (sheet);
}

CtFocusLayer *
ct_focus_layer_new (GtkWidget *view)
{
  CtFocusLayer *self = g_new0 (CtFocusLayer, 1);

  self->view = view;
  return self;
}

static void
stop_drawing (CtFocusLayer *self)
{
  g_cancellable_cancel (self->drawing);
  g_clear_object (&self->drawing);
}

void
ct_focus_layer_free (CtFocusLayer *self)
{
  if (self == NULL)
    return;
  stop_drawing (self);
  g_clear_pointer (&self->sheet, sheet_free);
  g_free (self);
}

static Key
key_of (const CtRenderOptions *options, GHashTable *focus, guint stamp)
{
  Key key = { options->selected_node, options->selected_edge, options->hover_node, options->hover_edge,
              options->highlight, 0, stamp, options->dark };
  GHashTableIter iter;
  gpointer node;

  g_hash_table_iter_init (&iter, focus);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    key.focus_sum += GPOINTER_TO_UINT (node) * 2654435761u + 1;
  return key;
}

static gboolean
key_equal (const Key *a, const Key *b)
{
  return a->selected_node == b->selected_node && a->selected_edge == b->selected_edge &&
         a->hover_node == b->hover_node && a->hover_edge == b->hover_edge && a->highlight == b->highlight &&
         a->focus_sum == b->focus_sum && a->stamp == b->stamp && a->dark == b->dark;
}

/* Whether @outer holds @inner.  Not graphene_rect_contains_rect(): it
 * compares a union in floats exactly and says no for rectangles well inside. */
static gboolean
covers (const graphene_rect_t *outer, const graphene_rect_t *inner)
{
  return outer->origin.x <= inner->origin.x && outer->origin.y <= inner->origin.y &&
         outer->origin.x + outer->size.width >= inner->origin.x + inner->size.width &&
         outer->origin.y + outer->size.height >= inner->origin.y + inner->size.height;
}

/* @rect, in layout points, as widget pixels. */
static graphene_rect_t
to_view (const CtFocusView *view, const graphene_rect_t *rect)
{
  return GRAPHENE_RECT_INIT (view->offset_x + rect->origin.x * view->zoom, view->offset_y + rect->origin.y * view->zoom,
                             rect->size.width * view->zoom, rect->size.height * view->zoom);
}

/* What to draw: all its own, so that a thread can draw it while the view
 * changes its selection sets. */
typedef struct
{
  CtGraph *graph;
  CtRenderOptions options;
  double x, y, zoom;    /* layout point at the image's corner, pixels per point */
  gint width, height;   /* widget pixels */
  gint scale_factor;
  Key key;
} Request;

static GHashTable *
copy_set (GHashTable *set)
{
  GHashTable *copy;
  GHashTableIter iter;
  gpointer item;

  if (set == NULL)
    return NULL;
  copy = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    g_hash_table_add (copy, item);
  return copy;
}

static void
request_free (gpointer data)
{
  Request *request = data;

  ct_graph_unref (request->graph);
  g_clear_pointer (&request->options.subset, g_hash_table_unref);
  g_clear_pointer (&request->options.highlight, g_hash_table_unref);
  g_clear_pointer (&request->options.also_selected, g_hash_table_unref);
  g_free (request);
}

/* @focus where the view shows it, and a quarter view more around: the
 * pixels of @needed, widget pixels, that are near the view. */
static Request *
new_request (CtGraph *graph, const CtRenderOptions *options, GHashTable *focus, const graphene_rect_t *needed,
             const CtFocusView *view, const Key *key)
{
  graphene_rect_t around = GRAPHENE_RECT_INIT (-view->width / 4, -view->height / 4, view->width * 1.5, view->height * 1.5);
  graphene_rect_t pixels;
  Request *request = g_new0 (Request, 1);

  graphene_rect_intersection (needed, &around, &pixels);
  /* whole pixels, so that it is shown unresampled */
  pixels.origin.x = floor (pixels.origin.x);
  pixels.origin.y = floor (pixels.origin.y);
  request->graph = ct_graph_ref (graph);
  request->options = *options;
  request->options.subset = copy_set (focus);
  request->options.highlight = copy_set (options->highlight);
  request->options.also_selected = copy_set (options->also_selected);
  request->x = (pixels.origin.x - view->offset_x) / view->zoom;
  request->y = (pixels.origin.y - view->offset_y) / view->zoom;
  request->zoom = view->zoom;
  request->width = ceil (pixels.size.width) + 1;
  request->height = ceil (pixels.size.height) + 1;
  request->scale_factor = view->scale_factor;
  request->key = *key;
  return request;
}

static void
draw (cairo_t *cr, gpointer data)
{
  Request *request = data;

  cairo_scale (cr, request->zoom, request->zoom);
  cairo_translate (cr, -request->x, -request->y);
  ct_render_graph (cr, request->graph, &request->options);
}

static Sheet *
draw_sheet (Request *request)
{
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->tiles = ct_texture_draw_tiles (request->width, request->height, request->scale_factor, draw, request,
                                        CT_TEXTURE_TILE_COLUMNS, CT_TEXTURE_TILE_ROWS);
  sheet->width = request->width * request->scale_factor;
  sheet->height = request->height * request->scale_factor;
  sheet->area = GRAPHENE_RECT_INIT (request->x, request->y, request->width / request->zoom,
                                    request->height / request->zoom);
  sheet->zoom = request->zoom;
  sheet->key = request->key;
  return sheet;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
draw_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, draw_sheet (data), (GDestroyNotify) sheet_free);
}

static void
sheet_drawn (GObject *source, GAsyncResult *result, gpointer data)
{
  Sheet *sheet = g_task_propagate_pointer (G_TASK (result), NULL);
  CtFocusLayer *self = data;

  if (sheet == NULL)
    return;  /* cancelled: another focus, or the view is gone */
  g_clear_object (&self->drawing);
  sheet_free (self->sheet);
  self->sheet = sheet;
  gtk_widget_queue_draw (self->view);
}

/* A drawing of the same focus, for where the view is now; one at a time. */
static void
draw_later (CtFocusLayer *self, Request *request)
{
  g_autoptr(GTask) task = NULL;

  if (self->drawing != NULL)
    {
      request_free (request);
      return;
    }
  self->drawing = g_cancellable_new ();
  task = g_task_new (NULL, self->drawing, sheet_drawn, self);
  g_task_set_task_data (task, request, request_free);
  ct_background_run (task, draw_in_thread);
}

/* Veils the picture where it drew, @veiled, in the view's background colour. */
static void
append_veil (GtkSnapshot *snapshot, const CtRenderOptions *options, GArray *veiled)
{
  const GdkRGBA *veil = options->dark ? &(GdkRGBA) { 0.14, 0.14, 0.14, 0.72 } : &(GdkRGBA) { 0.98, 0.98, 0.98, 0.72 };

  for (guint i = 0; i < veiled->len; i++)
    gtk_snapshot_append_color (snapshot, veil, &g_array_index (veiled, graphene_rect_t, i));
}

void
ct_focus_layer_append (CtFocusLayer          *self,
                       GtkSnapshot           *snapshot,
                       CtGraph               *graph,
                       const CtRenderOptions *options,
                       const CtFocusView     *view,
                       GArray                *veiled)
{
  g_autoptr(GHashTable) focus = ct_render_focus (graph, options);
  graphene_rect_t widget = GRAPHENE_RECT_INIT (0, 0, view->width, view->height), needed, visible, shown;
  double margin = MARGIN_POINTS * view->zoom + MARGIN_PIXELS;
  double x, y, width, height;
  const Sheet *sheet;
  Key key;

  self->stale = FALSE;
  if (focus == NULL)
    return;
  append_veil (snapshot, options, veiled);
  if (!ct_render_subset_extents (graph, focus, &x, &y, &width, &height))
    return;
  needed = to_view (view, &GRAPHENE_RECT_INIT (x, y, width, height));
  graphene_rect_inset (&needed, -margin, -margin);
  if (!graphene_rect_intersection (&needed, &widget, &visible))
    return;
  key = key_of (options, focus, view->stamp);
  if (self->sheet == NULL || !key_equal (&key, &self->sheet->key))
    {
      g_autoptr(Request) request = new_request (graph, options, focus, &needed, view, &key);

      stop_drawing (self);
      sheet_free (self->sheet);
      self->sheet = draw_sheet (request);
    }
  sheet = self->sheet;
  shown = to_view (view, &sheet->area);
  /* at this zoom, and what is in sight not all drawn; or a zoom has
   * settled at another scale */
  if ((sheet->zoom == view->zoom && !covers (&shown, &visible)) || (sheet->zoom != view->zoom && !view->zooming))
    draw_later (self, new_request (graph, options, focus, &needed, view, &key));
  self->stale = sheet->zoom != view->zoom || self->drawing != NULL;
  if (sheet->zoom == view->zoom)
    {
      /* on whole device pixels: a plain copy */
      shown.origin.x = round (shown.origin.x * view->scale_factor) / view->scale_factor;
      shown.origin.y = round (shown.origin.y * view->scale_factor) / view->scale_factor;
    }
  for (guint i = 0; i < sheet->tiles->len; i++)
    {
      const CtTextureTile *tile = g_ptr_array_index (sheet->tiles, i);
      graphene_rect_t rect = ct_texture_tile_rect (tile, sheet->width, sheet->height, &shown);

      if (graphene_rect_intersection (&rect, &widget, NULL))
        gtk_snapshot_append_texture (snapshot, tile->texture, &rect);
    }
}

/* Whether the last frame showed the focus as drawn for that frame's view,
 * not a drawing for another, scaled or shifted until a new one arrives. */
gboolean
ct_focus_layer_is_sharp (CtFocusLayer *self)
{
  return !self->stale;
}
