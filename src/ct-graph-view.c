/* ct-graph-view.c: the cooperation graph on screen: zoom, pan, hover, select
 *
 * Draws with the core renderer (ct-render.c) into the snapshot's Cairo node,
 * so the screen and exported files share one drawing.  The view keeps a
 * zoom and an offset; the layout itself is never touched here, so selection
 * and hover changes cannot move nodes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>

#include "ct-focus-layer.h"
#include "ct-graph-picture.h"
#include "ct-graph-view.h"
#include "ct-render.h"
#include "ct-texture.h"

struct _CtGraphView
{
  GtkWidget parent_instance;

  CtGraph *graph;
  double zoom;
  double offset_x, offset_y;      /* device position of layout point (0, 0) */
  double drag_start_x, drag_start_y;
  gboolean pointer_inside;
  double pointer_x, pointer_y;
  gint selected_node, selected_edge;
  GHashTable *also_selected;      /* Ctrl-click adds nodes here */
  gint hover_node, hover_edge;
  GHashTable *highlight;
  gboolean fit_pending;
  gboolean time_filter;
  double from, to;
  gboolean show_undated;

  /* A picture of the graph around the visible part, drawn off the main
   * thread: panning moves it, zooming scales it, and a sharp one is asked
   * for when the view settles or leaves it. */
  CtGraphPicture *picture;        /* the newest, taken in a strip per frame */
  guint strips_in;                /* its strips taken in */
  CtGraphPicture *previous;       /* shown where the newest is not in yet */
  guint admit_id;                 /* the tick callback taking strips in */
  guint stamp;                    /* bumped when what is drawn changes, not where */
  GCancellable *drawing;          /* the picture being drawn, or NULL */
  gboolean draw_again;            /* the view changed while it was drawn */
  guint settle_id;

  CtFocusLayer *focus;            /* hover and selection, over the picture */
  GdkTexture *legend;             /* drawn once for each style, not every frame */
  gboolean legend_dark;
};

enum { SELECTION_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CtGraphView, ct_graph_view, GTK_TYPE_WIDGET)

#define SETTLE_MS 120   /* zooming has paused when no step came for this long */

static gboolean on_settled (gpointer data);


static void
to_layout (CtGraphView *self, double x, double y, double *lx, double *ly)
{
  *lx = (x - self->offset_x) / self->zoom;
  *ly = (y - self->offset_y) / self->zoom;
}

void
ct_graph_view_fit (CtGraphView *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->graph == NULL || self->graph->width <= 0)
    return;
  if (w <= 1 || h <= 1)
    {
      self->fit_pending = TRUE;
      return;
    }
  /* leave the legend its corner */
  self->zoom = MIN ((w - 40 - CT_RENDER_LEGEND_WIDTH) / self->graph->width, (h - 40) / self->graph->height);
  self->zoom = CLAMP (self->zoom, 0.05, 4.0);
  self->offset_x = CT_RENDER_LEGEND_WIDTH + (w - CT_RENDER_LEGEND_WIDTH - self->graph->width * self->zoom) / 2;
  self->offset_y = (h - self->graph->height * self->zoom) / 2;
  self->fit_pending = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at (CtGraphView *self, double factor, double x, double y)
{
  double lx, ly;

  to_layout (self, x, y, &lx, &ly);
  self->zoom = CLAMP (self->zoom * factor, 0.02, 20.0);
  /* still zooming: the sharp picture waits until it pauses */
  if (self->settle_id != 0)
    {
      g_source_remove (self->settle_id);
      self->settle_id = g_timeout_add (SETTLE_MS, on_settled, self);
    }
  self->offset_x = x - lx * self->zoom;
  self->offset_y = y - ly * self->zoom;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ct_graph_view_zoom (CtGraphView *self,
                    double       factor)
{
  zoom_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void render_options (CtGraphView *self, CtRenderOptions *options);

/* The visible part in layout points, and a quarter view more on each side
 * for the picture, so that panning does not wait for drawing at once. */
static graphene_rect_t
visible_area (CtGraphView *self, gboolean with_margin)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  graphene_rect_t visible = GRAPHENE_RECT_INIT (-self->offset_x / self->zoom, -self->offset_y / self->zoom,
                                                w / self->zoom, h / self->zoom);

  if (with_margin)
    {
      /* a quarter of the view more on each side, in whole pixels from a
       * whole pixel: the picture is then shown unresampled, pixel for pixel
       * what an export of the view draws */
      double margin_x = ceil (w / 4), margin_y = ceil (h / 4);

      visible = GRAPHENE_RECT_INIT ((-margin_x - self->offset_x) / self->zoom, (-margin_y - self->offset_y) / self->zoom,
                                    (w + 2 * margin_x) / self->zoom, (h + 2 * margin_y) / self->zoom);
    }
  return visible;
}

/* What is drawn as on screen: the time filter, and with @focus hover and selection too. */
void
ct_graph_view_get_render_options (CtGraphView     *self,
                                  CtRenderOptions *options,
                                  gboolean         focus)
{
  render_options (self, options);
  if (focus)
    return;
  options->selected_node = options->selected_edge = options->hover_node = options->hover_edge = -1;
  options->also_selected = NULL;
  options->highlight = NULL;
}

/* Where the view puts the layout: widget pixels per point, and the pixel of point (0, 0). */
void
ct_graph_view_get_transform (CtGraphView *self,
                             double      *zoom,
                             double      *offset_x,
                             double      *offset_y)
{
  *zoom = self->zoom;
  *offset_x = self->offset_x;
  *offset_y = self->offset_y;
}

static gboolean
picture_is_sharp (CtGraphView *self)
{
  graphene_rect_t visible = visible_area (self, FALSE);

  const graphene_rect_t *area;

  if (self->picture == NULL || self->picture->stamp != self->stamp || self->picture->zoom != self->zoom)
    return FALSE;
  /* not graphene_rect_contains_rect(): it compares a union in floats exactly
   * and says no for rectangles well inside */
  area = &self->picture->area;
  return area->origin.x <= visible.origin.x && area->origin.y <= visible.origin.y &&
         area->origin.x + area->size.width >= visible.origin.x + visible.size.width &&
         area->origin.y + area->size.height >= visible.origin.y + visible.size.height;
}

/* Whether what is shown was drawn for the view as it is now, not a scaled
 * or shifted stand-in while a sharp picture is on its way. */
gboolean
ct_graph_view_is_sharp (CtGraphView *self)
{
  return self->graph == NULL ||
         (picture_is_sharp (self) && self->strips_in == self->picture->strips && ct_focus_layer_is_sharp (self->focus));
}

/* The sharp picture on screen, if there is one: its corner in layout
 * points, its size in device pixels, and device pixels per widget pixel. */
gboolean
ct_graph_view_get_picture (CtGraphView *self,
                           double      *x,
                           double      *y,
                           gint        *width,
                           gint        *height,
                           gint        *scale_factor)
{
  if (self->graph == NULL || !picture_is_sharp (self))
    return FALSE;
  *x = self->picture->area.origin.x;
  *y = self->picture->area.origin.y;
  *width = self->picture->width;
  *height = self->picture->height;
  *scale_factor = self->picture->scale_factor;
  return TRUE;
}

static void draw_picture (CtGraphView *self);

/* Where @picture is shown now, in widget pixels. */
static graphene_rect_t
picture_rect (CtGraphView *self, const CtGraphPicture *picture)
{
  double x = self->offset_x + picture->area.origin.x * self->zoom;
  double y = self->offset_y + picture->area.origin.y * self->zoom;

  if (picture->zoom == self->zoom)
    {
      /* at its own size, on whole device pixels: a plain copy, not a resampling */
      gint scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

      x = round (x * scale_factor) / scale_factor;
      y = round (y * scale_factor) / scale_factor;
    }
  return GRAPHENE_RECT_INIT (x, y, picture->area.size.width * self->zoom, picture->area.size.height * self->zoom);
}

/* Where strip @i of @picture, shown at @shown, is. */
static graphene_rect_t
strip_rect (const CtGraphPicture *picture, const graphene_rect_t *shown, guint i)
{
  double row = shown->size.height / picture->height;
  gint top = i * CT_GRAPH_PICTURE_STRIP;

  return GRAPHENE_RECT_INIT (shown->origin.x, shown->origin.y + top * row, shown->size.width,
                             MIN (CT_GRAPH_PICTURE_STRIP, picture->height - top) * row);
}

/* Appends the tiles of the first @strips strips of @picture, shown at
 * @shown, that show inside @within; adds where they show to @drawn. */
static void
append_tiles (GtkSnapshot           *snapshot,
              const CtGraphPicture  *picture,
              const graphene_rect_t *shown,
              guint                  strips,
              const graphene_rect_t *within,
              GArray                *drawn)
{
  for (guint i = 0; i < picture->tiles->len; i++)
    {
      const CtTextureTile *tile = g_ptr_array_index (picture->tiles, i);
      graphene_rect_t rect = ct_texture_tile_rect (tile, picture->width, picture->height, shown), seen;

      if (tile->y >= (gint) strips * CT_GRAPH_PICTURE_STRIP)
        break;
      if (graphene_rect_intersection (&rect, within, &seen))
        {
          gtk_snapshot_append_texture (snapshot, tile->texture, &rect);
          g_array_append_val (drawn, seen);
        }
    }
}

/* Whether strip @i of @picture has tiles: draws anything. */
static gboolean
strip_has_tiles (const CtGraphPicture *picture, guint i)
{
  for (guint k = 0; k < picture->tiles->len; k++)
    {
      const CtTextureTile *tile = g_ptr_array_index (picture->tiles, k);

      if (tile->y >= (gint) i * CT_GRAPH_PICTURE_STRIP)
        return tile->y < (gint) (i + 1) * CT_GRAPH_PICTURE_STRIP;
    }
  return FALSE;
}

/* Takes in the strips that cost nothing until they are drawn (out of
 * sight) or ever (clear), and the next one with tiles in sight; whether
 * all are in. */
static gboolean
admit_strips (CtGraphView *self)
{
  graphene_rect_t shown = picture_rect (self, self->picture);
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  while (self->strips_in < self->picture->strips)
    {
      guint i = self->strips_in++;
      graphene_rect_t strip = strip_rect (self->picture, &shown, i);

      if (strip.origin.y < h && strip.origin.y + strip.size.height > 0 && strip_has_tiles (self->picture, i))
        break;
    }
  return self->strips_in == self->picture->strips;
}

static gboolean
admit_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  CtGraphView *self = CT_GRAPH_VIEW (widget);

  gtk_widget_queue_draw (widget);
  if (self->picture != NULL && !admit_strips (self))
    return G_SOURCE_CONTINUE;
  g_clear_pointer (&self->previous, ct_graph_picture_free);
  self->admit_id = 0;
  return G_SOURCE_REMOVE;
}

/* A new picture comes in a strip a frame, over the one before: the
 * renderer uploads a strip in a few milliseconds, where the whole picture
 * took 30 under software GL.  What shows under it is a whole picture. */
static void
take_picture (CtGraphView *self, CtGraphPicture *picture)
{
  if (self->picture != NULL && self->strips_in == self->picture->strips)
    {
      g_clear_pointer (&self->previous, ct_graph_picture_free);
      self->previous = self->picture;
    }
  else
    g_clear_pointer (&self->picture, ct_graph_picture_free);
  self->picture = picture;
  self->strips_in = 0;
  if (!admit_strips (self) && self->admit_id == 0)
    self->admit_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), admit_tick, NULL, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drops the pictures: they show another graph. */
static void
drop_pictures (CtGraphView *self)
{
  g_cancellable_cancel (self->drawing);
  g_clear_object (&self->drawing);
  g_clear_pointer (&self->picture, ct_graph_picture_free);
  g_clear_pointer (&self->previous, ct_graph_picture_free);
  if (self->admit_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->admit_id);
  self->admit_id = 0;
}

static void
picture_drawn (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;
  CtGraphPicture *picture = ct_graph_picture_draw_finish (result, &error);
  CtGraphView *self = data;

  if (picture == NULL)
    return;  /* cancelled: the view is gone or shows another graph */
  g_clear_object (&self->drawing);
  if (self->picture == NULL || picture->stamp >= self->picture->stamp)
    take_picture (self, picture);
  else
    ct_graph_picture_free (picture);
  if (self->draw_again)
    draw_picture (self);
}

/* Asks for a sharp picture of what is visible now; one at a time. */
static void
draw_picture (CtGraphView *self)
{
  graphene_rect_t area;
  CtRenderOptions options;

  self->draw_again = FALSE;
  if (self->graph == NULL || picture_is_sharp (self))
    return;
  if (self->drawing != NULL)
    {
      self->draw_again = TRUE;
      return;
    }
  area = visible_area (self, TRUE);
  ct_graph_view_get_render_options (self, &options, FALSE);
  self->drawing = g_cancellable_new ();
  ct_graph_picture_draw_async (self->graph, &options, &area, self->zoom, gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                               self->stamp, self->drawing, picture_drawn, self);
}

static gboolean
on_settled (gpointer data)
{
  CtGraphView *self = data;

  self->settle_id = 0;
  draw_picture (self);
  return G_SOURCE_REMOVE;
}

/* What is drawn changed (not just where): the picture is redrawn, and
 * shown as it was until then. */
static void
invalidate (CtGraphView *self)
{
  self->stamp++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The picture before, around @in: what of the new one is in. */
static void
append_previous (CtGraphView *self, GtkSnapshot *snapshot, const graphene_rect_t *in, GArray *drawn)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  double right = in->origin.x + in->size.width, bottom = in->origin.y + in->size.height;
  graphene_rect_t around[] = {
    GRAPHENE_RECT_INIT (0, bottom, w, h - bottom),
    GRAPHENE_RECT_INIT (0, 0, in->origin.x, bottom),
    GRAPHENE_RECT_INIT (right, 0, w - right, bottom),
    GRAPHENE_RECT_INIT (in->origin.x, 0, in->size.width, in->origin.y),
  };
  graphene_rect_t shown = picture_rect (self, self->previous);

  for (guint k = 0; k < G_N_ELEMENTS (around); k++)
    {
      if (around[k].size.width <= 0 || around[k].size.height <= 0)
        continue;
      gtk_snapshot_push_clip (snapshot, &around[k]);
      append_tiles (snapshot, self->previous, &shown, self->previous->strips, &around[k], drawn);
      gtk_snapshot_pop (snapshot);
    }
}

/* Shows the picture where the view now puts it, and adds where it drew
 * anything to @drawn; asks for a sharp one right away after a pan or a
 * change, and once zooming has paused for a moment. */
static void
append_picture (CtGraphView *self, GtkSnapshot *snapshot, GArray *drawn)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  const CtGraphPicture *p;
  graphene_rect_t shown;

  /* a new graph: its first picture is on its way, and until then there is
   * nothing to show (a big graph's first picture takes longer than a frame) */
  if (self->picture == NULL)
    {
      draw_picture (self);
      return;
    }
  if (!picture_is_sharp (self))
    {
      if (self->picture->zoom == self->zoom)
        draw_picture (self);
      else if (self->settle_id == 0)
        self->settle_id = g_timeout_add (SETTLE_MS, on_settled, self);
    }
  p = self->picture;
  shown = picture_rect (self, p);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (self->previous != NULL && self->strips_in < p->strips)
    {
      graphene_rect_t last = strip_rect (p, &shown, self->strips_in - 1);

      append_previous (self, snapshot, &GRAPHENE_RECT_INIT (shown.origin.x, shown.origin.y, shown.size.width,
                                                            last.origin.y + last.size.height - shown.origin.y),
                       drawn);
    }
  append_tiles (snapshot, p, &shown, self->strips_in, &GRAPHENE_RECT_INIT (0, 0, w, h), drawn);
  gtk_snapshot_pop (snapshot);
}

static void
draw_legend (cairo_t *cr, gpointer options)
{
  ct_render_legend (cr, options);
}

static void
append_legend (CtGraphView *self, GtkSnapshot *snapshot, const CtRenderOptions *options)
{
  gint scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (self->legend == NULL || self->legend_dark != options->dark ||
      gdk_texture_get_width (self->legend) != (gint) (CT_RENDER_LEGEND_WIDTH * scale_factor))
    {
      g_clear_object (&self->legend);
      self->legend = ct_texture_draw (CT_RENDER_LEGEND_WIDTH, CT_RENDER_LEGEND_HEIGHT, scale_factor, draw_legend,
                                      (gpointer) options);
      self->legend_dark = options->dark;
    }
  gtk_snapshot_append_texture (snapshot, self->legend,
                               &GRAPHENE_RECT_INIT (0, 0, CT_RENDER_LEGEND_WIDTH, CT_RENDER_LEGEND_HEIGHT));
}

static void
ct_graph_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CtGraphView *self = CT_GRAPH_VIEW (widget);
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  CtRenderOptions options;
  CtFocusView view;

  if (self->fit_pending)
    ct_graph_view_fit (self);
  if (self->graph == NULL)
    return;
  render_options (self, &options);
  append_picture (self, snapshot, drawn);
  view = (CtFocusView) { self->offset_x, self->offset_y, self->zoom, gtk_widget_get_width (widget),
                         gtk_widget_get_height (widget), gtk_widget_get_scale_factor (widget), self->stamp,
                         self->settle_id != 0 };
  ct_focus_layer_append (self->focus, snapshot, self->graph, &options, &view, drawn);
  append_legend (self, snapshot, &options);
}

static void
render_options (CtGraphView *self, CtRenderOptions *options)
{
  ct_render_options_init (options);
  options->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  options->scale = self->zoom;
  options->selected_node = self->selected_node;
  options->also_selected = self->also_selected;
  options->selected_edge = self->selected_edge;
  options->hover_node = self->hover_node;
  options->hover_edge = self->hover_edge;
  options->highlight = self->highlight;
  options->time_filter = self->time_filter;
  options->from = self->from;
  options->to = self->to;
  options->show_undated = self->show_undated;
}

static void
set_selection (CtGraphView *self, gint node, gint edge)
{
  if (self->selected_node == node && self->selected_edge == edge)
    return;
  self->selected_node = node;
  self->selected_edge = edge;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
hit (CtGraphView *self, double x, double y, gint *node, gint *edge)
{
  double lx, ly;

  *node = *edge = -1;
  if (self->graph == NULL)
    return;
  to_layout (self, x, y, &lx, &ly);
  *node = ct_render_hit_node (self->graph, lx, ly);
  if (*node < 0)
    {
      CtRenderOptions options;

      render_options (self, &options);
      *edge = ct_render_hit_edge (self->graph, &options, lx, ly, 4.0 / self->zoom);
    }
}

static void
on_click (GtkGestureClick *gesture, int n_press, double x, double y, CtGraphView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  gint node, edge;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  hit (self, x, y, &node, &edge);
  if (n_press == 2 && node < 0 && edge < 0)
    ct_graph_view_fit (self);
  else if ((state & GDK_CONTROL_MASK) && node >= 0)
    ct_graph_view_add_to_selection (self, node);
  else
    {
      g_hash_table_remove_all (self->also_selected);
      set_selection (self, node, edge);
    }
}

static void
on_drag_begin (GtkGestureDrag *gesture, double x, double y, CtGraphView *self)
{
  self->drag_start_x = self->offset_x;
  self->drag_start_y = self->offset_y;
}

static void
on_drag_update (GtkGestureDrag *gesture, double dx, double dy, CtGraphView *self)
{
  self->offset_x = self->drag_start_x + dx;
  self->offset_y = self->drag_start_y + dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Moves the drawing by @dx, @dy widget pixels. */
void
ct_graph_view_pan (CtGraphView *self,
                   double       dx,
                   double       dy)
{
  self->offset_x += dx;
  self->offset_y += dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, CtGraphView *self)
{
  /* about the pointer: scroll events carry no position of their own on
   * every backend, and a surface's position is not the view's */
  if (self->pointer_inside)
    zoom_at (self, dy < 0 ? 1.15 : 1 / 1.15, self->pointer_x, self->pointer_y);
  else
    ct_graph_view_zoom (self, dy < 0 ? 1.15 : 1 / 1.15);
  return TRUE;
}

static void
on_zoom_gesture (GtkGestureZoom *gesture, double scale, CtGraphView *self)
{
  static double last = 1.0;
  double x, y;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  zoom_at (self, scale / last, x, y);
  last = scale;
}

static void
on_motion (GtkEventControllerMotion *controller, double x, double y, CtGraphView *self)
{
  gint node, edge;

  self->pointer_inside = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  hit (self, x, y, &node, &edge);
  if (node != self->hover_node || edge != self->hover_edge)
    {
      self->hover_node = node;
      self->hover_edge = edge;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (GtkEventControllerMotion *controller, CtGraphView *self)
{
  self->pointer_inside = FALSE;
  self->hover_node = self->hover_edge = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key (GtkEventControllerKey *controller, guint keyval, guint keycode, GdkModifierType state, CtGraphView *self)
{
  switch (keyval)
    {
    case GDK_KEY_Left: ct_graph_view_pan (self, 40, 0); return TRUE;
    case GDK_KEY_Right: ct_graph_view_pan (self, -40, 0); return TRUE;
    case GDK_KEY_Up: ct_graph_view_pan (self, 0, 40); return TRUE;
    case GDK_KEY_Down: ct_graph_view_pan (self, 0, -40); return TRUE;
    case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add: ct_graph_view_zoom (self, 1.25); return TRUE;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract: ct_graph_view_zoom (self, 0.8); return TRUE;
    case GDK_KEY_0: case GDK_KEY_KP_0: ct_graph_view_fit (self); return TRUE;
    case GDK_KEY_Escape:
      g_hash_table_remove_all (self->also_selected);
      set_selection (self, -1, -1);
      ct_graph_view_set_highlight (self, NULL);
      return TRUE;
    default: return FALSE;
    }
}

static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip, CtGraphView *self)
{
  gint node, edge;
  g_autofree char *text = NULL;

  hit (self, x, y, &node, &edge);
  if (node >= 0)
    {
      const CtGraphNode *n = g_ptr_array_index (self->graph->nodes, node);

      text = n->kind == CT_NODE_PLACE
        ? g_strdup_printf ("%s\n%s · %s\n%u ties", n->label, n->subkind, n->province ? n->province : "", n->degree)
        : g_strdup_printf ("%s\n%s", n->label, n->subkind);
    }
  else if (edge >= 0)
    {
      const CtGraphEdge *e = g_ptr_array_index (self->graph->edges, edge);
      const CtGraphNode *a = g_ptr_array_index (self->graph->nodes, e->source);
      const CtGraphNode *b = g_ptr_array_index (self->graph->nodes, e->target);

      text = e->membership ? g_strdup_printf ("%s ∈ %s", a->label, b->label)
                           : g_strdup_printf ("%s — %s\n%u agreements, %u events", a->label, b->label, e->agreements, e->events);
    }
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ct_graph_view_dispose (GObject *object)
{
  CtGraphView *self = CT_GRAPH_VIEW (object);

  g_clear_pointer (&self->graph, ct_graph_unref);
  g_clear_pointer (&self->highlight, g_hash_table_unref);
  g_clear_pointer (&self->also_selected, g_hash_table_unref);
  drop_pictures (self);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_object (&self->legend);
  g_clear_pointer (&self->focus, ct_focus_layer_free);
  G_OBJECT_CLASS (ct_graph_view_parent_class)->dispose (object);
}

static void
ct_graph_view_class_init (CtGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_graph_view_dispose;
  widget_class->snapshot = ct_graph_view_snapshot;
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ct_graph_view_init (CtGraphView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  self->zoom = 1.0;
  self->focus = ct_focus_layer_new (GTK_WIDGET (self));
  self->also_selected = g_hash_table_new (NULL, NULL);
  self->selected_node = self->selected_edge = self->hover_node = self->hover_edge = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (on_click), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_gesture), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key), self);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
}

/* Takes ownership of @graph, which must be laid out. */
void
ct_graph_view_set_graph (CtGraphView *self,
                         CtGraph     *graph)
{
  /* a new graph, a grown one or another engine's layout is shown whole; the
   * same layout again keeps the view where the user left it */
  gboolean refit = self->graph == NULL || self->graph->nodes->len != graph->nodes->len ||
                   fabs (self->graph->width - graph->width) > 0.01 * graph->width ||
                   fabs (self->graph->height - graph->height) > 0.01 * graph->height;

  g_clear_pointer (&self->graph, ct_graph_unref);
  self->graph = graph;
  /* the old pictures show the old layout: the next frame draws a new one */
  drop_pictures (self);
  self->hover_node = self->hover_edge = -1;
  if (self->selected_node >= (gint) graph->nodes->len)
    self->selected_node = -1;
  self->selected_edge = -1;
  g_hash_table_remove_all (self->also_selected);
  if (refit)
    ct_graph_view_fit (self);
  invalidate (self);
}

CtGraph *
ct_graph_view_get_graph (CtGraphView *self)
{
  return self->graph;
}

void
ct_graph_view_select_node (CtGraphView *self,
                           gint         node)
{
  set_selection (self, node, -1);
}

void
ct_graph_view_select_edge (CtGraphView *self,
                           gint         edge)
{
  g_hash_table_remove_all (self->also_selected);
  set_selection (self, -1, edge);
}

gint
ct_graph_view_get_selected_node (CtGraphView *self)
{
  return self->selected_node;
}

gint
ct_graph_view_get_selected_edge (CtGraphView *self)
{
  return self->selected_edge;
}

void
ct_graph_view_set_highlight (CtGraphView *self,
                             GHashTable  *nodes)
{
  g_clear_pointer (&self->highlight, g_hash_table_unref);
  self->highlight = nodes ? g_hash_table_ref (nodes) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shows only the ties dated in [@from, @to] (months since year 0); positions do not change. */
void
ct_graph_view_set_time_filter (CtGraphView *self,
                               gboolean     active,
                               double       from,
                               double       to,
                               gboolean     show_undated)
{
  self->time_filter = active;
  self->from = from;
  self->to = to;
  self->show_undated = show_undated;
  invalidate (self);
}

guint
ct_graph_view_count_visible_edges (CtGraphView *self)
{
  CtRenderOptions options;
  guint n = 0;

  if (self->graph == NULL)
    return 0;
  render_options (self, &options);
  for (guint i = 0; i < self->graph->edges->len; i++)
    n += ct_render_edge_visible (self->graph, &options, i);
  return n;
}

/* Ctrl-click: the earlier selection stays, @node becomes the one shown. */
void
ct_graph_view_add_to_selection (CtGraphView *self,
                                gint         node)
{
  if (self->selected_node >= 0)
    g_hash_table_add (self->also_selected, GINT_TO_POINTER (self->selected_node));
  set_selection (self, node, -1);
}

/* Fills @nodes with up to @max selected nodes, the one shown last; returns how many. */
guint
ct_graph_view_get_selected_nodes (CtGraphView *self,
                                  gint        *nodes,
                                  guint        max)
{
  GHashTableIter iter;
  gpointer node;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->also_selected);
  while (g_hash_table_iter_next (&iter, &node, NULL) && n + (self->selected_node >= 0) < max)
    if (GPOINTER_TO_INT (node) != self->selected_node)
      nodes[n++] = GPOINTER_TO_INT (node);
  if (self->selected_node >= 0 && n < max)
    nodes[n++] = self->selected_node;
  return n;
}

guint
ct_graph_view_count_selected (CtGraphView *self)
{
  guint n = g_hash_table_size (self->also_selected);

  return n + (self->selected_node >= 0 && !g_hash_table_contains (self->also_selected, GINT_TO_POINTER (self->selected_node)));
}
