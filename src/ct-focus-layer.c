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
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

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

struct _CtFocusLayer
{
  GPtrArray *tiles;     /* CtTextureTile; NULL: nothing drawn yet */
  gint width, height;   /* of the image the tiles are of, device pixels */
  Key key;
  graphene_rect_t area; /* layout points it shows */
  double zoom;
};

CtFocusLayer *
ct_focus_layer_new (void)
{
  return g_new0 (CtFocusLayer, 1);
}

void
ct_focus_layer_free (CtFocusLayer *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
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

typedef struct
{
  CtGraph *graph;
  const CtRenderOptions *options;
  double x, y, zoom;    /* layout point at the image's corner, pixels per point */
} Drawing;

static void
draw (cairo_t *cr, gpointer data)
{
  Drawing *drawing = data;

  cairo_scale (cr, drawing->zoom, drawing->zoom);
  cairo_translate (cr, -drawing->x, -drawing->y);
  ct_render_graph (cr, drawing->graph, drawing->options);
}

/* Draws @focus where the view shows it, and a quarter view more around. */
static void
redraw (CtFocusLayer *self, CtGraph *graph, const CtRenderOptions *options, GHashTable *focus,
        const graphene_rect_t *needed, const CtFocusView *view, const Key *key)
{
  graphene_rect_t around = GRAPHENE_RECT_INIT (-view->width / 4, -view->height / 4, view->width * 1.5, view->height * 1.5);
  graphene_rect_t pixels;
  CtRenderOptions subset = *options;
  Drawing drawing;

  graphene_rect_intersection (needed, &around, &pixels);
  /* whole pixels, so that it is shown unresampled */
  pixels.origin.x = floor (pixels.origin.x);
  pixels.origin.y = floor (pixels.origin.y);
  pixels.size.width = ceil (pixels.size.width) + 1;
  pixels.size.height = ceil (pixels.size.height) + 1;
  subset.subset = focus;
  drawing = (Drawing) { graph, &subset, (pixels.origin.x - view->offset_x) / view->zoom,
                        (pixels.origin.y - view->offset_y) / view->zoom, view->zoom };
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  self->tiles = ct_texture_draw_tiles (pixels.size.width, pixels.size.height, view->scale_factor, draw, &drawing,
                                       CT_TEXTURE_TILE_COLUMNS, CT_TEXTURE_TILE_ROWS);
  self->width = pixels.size.width * view->scale_factor;
  self->height = pixels.size.height * view->scale_factor;
  self->area = GRAPHENE_RECT_INIT (drawing.x, drawing.y, pixels.size.width / view->zoom, pixels.size.height / view->zoom);
  self->zoom = view->zoom;
  self->key = *key;
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
  Key key;

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
  shown = self->tiles ? to_view (view, &self->area) : GRAPHENE_RECT_INIT (0, 0, 0, 0);
  /* another focus; or at this zoom, and what is in sight not all drawn; or
   * a zoom has settled at another scale */
  if (self->tiles == NULL || !key_equal (&key, &self->key) ||
      (self->zoom == view->zoom && !covers (&shown, &visible)) ||
      (self->zoom != view->zoom && !view->zooming))
    {
      redraw (self, graph, options, focus, &needed, view, &key);
      shown = to_view (view, &self->area);
    }
  if (self->zoom == view->zoom)
    {
      /* on whole device pixels: a plain copy */
      shown.origin.x = round (shown.origin.x * view->scale_factor) / view->scale_factor;
      shown.origin.y = round (shown.origin.y * view->scale_factor) / view->scale_factor;
    }
  for (guint i = 0; i < self->tiles->len; i++)
    {
      const CtTextureTile *tile = g_ptr_array_index (self->tiles, i);
      graphene_rect_t rect = ct_texture_tile_rect (tile, self->width, self->height, &shown);

      if (graphene_rect_intersection (&rect, &widget, NULL))
        gtk_snapshot_append_texture (snapshot, tile->texture, &rect);
    }
}
