/* ct-timeline.c: agreements and events on a time axis
 *
 * The drawing is ct-timeline-render.c's, shared with exported pictures;
 * this widget keeps what the user does with it.  Click selects an item;
 * dragging selects a time range; scrolling zooms the axis about the
 * pointer, Shift+scroll pans, a double-click shows everything again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>

#include "ct-texture.h"
#include "ct-timeline.h"

struct _CtTimeline
{
  GtkWidget parent_instance;

  CtTimelineLanes *lanes;
  gint selected;
  gint hover;
  double view_first, view_last;  /* zoomed axis; 0, 0 for the whole range */
  gboolean has_range;   /* a dragged time range */
  double range_from, range_to;
  double drag_x;
  double pointer_x;
};

enum { ITEM_SELECTED, RANGE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CtTimeline, ct_timeline, GTK_TYPE_WIDGET)

/* What the widget shows now, for drawing and for finding what is under the pointer. */
static CtTimelineView
current_view (CtTimeline *self)
{
  CtTimelineView view;

  ct_timeline_view_init (&view, self->lanes, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)));
  if (self->view_last > self->view_first)
    {
      view.first = self->view_first;
      view.last = self->view_last;
    }
  view.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  view.selected = self->selected;
  view.hover = self->hover;
  view.has_range = self->has_range;
  view.range_from = self->range_from;
  view.range_to = self->range_to;
  return view;
}

/* The view as shown, to draw the same into a file. */
gboolean
ct_timeline_get_view (CtTimeline     *self,
                      CtTimelineView *view)
{
  if (self->lanes == NULL)
    return FALSE;
  *view = current_view (self);
  return TRUE;
}

static void
draw_view (cairo_t *cr, gpointer data)
{
  CtTimeline *self = data;
  CtTimelineView view = current_view (self);

  ct_timeline_render (cr, self->lanes, &view);
}

/* Drawn as a texture: a thousand articles' marks and labels took a whole
 * frame, and twice that through gtk_snapshot_append_cairo(). */
static void
ct_timeline_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  CtTimeline *self = CT_TIMELINE (widget);
  gint width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkTexture) texture = NULL;

  if (self->lanes == NULL)
    return;
  texture = ct_texture_draw (width, height, gtk_widget_get_scale_factor (widget), draw_view, self);
  gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static gint
item_at (CtTimeline *self, double x, double y)
{
  CtTimelineView view;

  if (self->lanes == NULL)
    return -1;
  view = current_view (self);
  return ct_timeline_item_at (self->lanes, &view, x, y);
}

static void
on_click (GtkGestureClick *gesture, int n_press, double x, double y, CtTimeline *self)
{
  if (n_press == 2)
    self->view_first = self->view_last = 0;   /* back to the whole range */
  ct_timeline_select (self, item_at (self, x, y));
}

/* Zooms the axis about the pointer, or pans it with Shift or a sideways scroll. */
static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, CtTimeline *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  CtTimelineView view;
  double span, at;

  if (self->lanes == NULL)
    return FALSE;
  view = current_view (self);
  span = view.last - view.first;
  at = ct_timeline_month_at (&view, self->pointer_x);
  if ((state & GDK_SHIFT_MASK) || dx != 0)
    {
      double shift = ((state & GDK_SHIFT_MASK) ? dy : dx) * span / 20;

      self->view_first = view.first + shift;
      self->view_last = view.last + shift;
    }
  else
    {
      double factor = dy < 0 ? 0.8 : 1.25;

      span = CLAMP (span * factor, 3, 12 * 60);
      self->view_first = at - (at - view.first) * span / (view.last - view.first);
      self->view_last = self->view_first + span;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture, double x, double y, CtTimeline *self)
{
  self->drag_x = x;
}

/* Dragging across the axis selects a time range; a click without a drag clears it. */
static void
on_drag_update (GtkGestureDrag *gesture, double dx, double dy, CtTimeline *self)
{
  CtTimelineView view;

  if (fabs (dx) < 4 || self->lanes == NULL)
    return;
  view = current_view (self);
  self->has_range = TRUE;
  self->range_from = CLAMP (ct_timeline_month_at (&view, MIN (self->drag_x, self->drag_x + dx)), view.first, view.last);
  self->range_to = CLAMP (ct_timeline_month_at (&view, MAX (self->drag_x, self->drag_x + dx)), view.first, view.last);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

static void
on_drag_end (GtkGestureDrag *gesture, double dx, double dy, CtTimeline *self)
{
  if (fabs (dx) < 4 && self->has_range && item_at (self, self->drag_x, 0) < 0)
    ct_timeline_clear_range (self);
}

static void
on_motion (GtkEventControllerMotion *motion, double x, double y, CtTimeline *self)
{
  gint hover = item_at (self, x, y);

  self->pointer_x = x;
  if (hover != self->hover)
    {
      self->hover = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip, CtTimeline *self)
{
  gint i = item_at (self, x, y);
  const CtGraphItem *item;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (i < 0)
    return FALSE;
  item = g_ptr_array_index (self->lanes->graph->items, i);
  date = ct_date_format (&item->start);
  text = g_strdup_printf ("%s\n%s%s%s", item->title, date ? date : "", item->place ? " · " : "", item->place ? item->place : "");
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ct_timeline_finalize (GObject *object)
{
  g_clear_pointer (&CT_TIMELINE (object)->lanes, ct_timeline_lanes_free);
  G_OBJECT_CLASS (ct_timeline_parent_class)->finalize (object);
}

static void
ct_timeline_class_init (CtTimelineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ct_timeline_finalize;
  widget_class->snapshot = ct_timeline_snapshot;
  signals[ITEM_SELECTED] = g_signal_new ("item-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RANGE_CHANGED] = g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
ct_timeline_init (CtTimeline *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);

  self->selected = self->hover = -1;
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, 4 * CT_TIMELINE_MIN_LANE_HEIGHT);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

void
ct_timeline_set_graph (CtTimeline *self,
                       CtGraph    *graph)
{
  g_clear_pointer (&self->lanes, ct_timeline_lanes_free);
  self->lanes = ct_timeline_lanes_new (graph);
  self->selected = self->hover = -1;
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, ct_timeline_min_height (self->lanes));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint
ct_timeline_get_selected (CtTimeline *self)
{
  return self->selected;
}

/* Selects item @index of the graph (or none with -1), as a click on it would. */
void
ct_timeline_select (CtTimeline *self,
                    gint        index)
{
  self->selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[ITEM_SELECTED], 0);
}

/* The selected range in months since year 0; FALSE when there is none. */
gboolean
ct_timeline_get_range (CtTimeline *self,
                       double     *from,
                       double     *to)
{
  *from = self->range_from;
  *to = self->range_to;
  return self->has_range;
}

void
ct_timeline_set_range (CtTimeline *self,
                       double      from,
                       double      to)
{
  self->has_range = TRUE;
  self->range_from = MIN (from, to);
  self->range_to = MAX (from, to);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

void
ct_timeline_clear_range (CtTimeline *self)
{
  self->has_range = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}
