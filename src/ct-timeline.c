/* ct-timeline.c: agreements and events on a time axis
 *
 * One lane per grouping an item belongs to (by its title), the rest in a
 * last lane; events are circles (with a bar for their span), agreements
 * diamonds, on an axis with year ticks and month ticks when there is room.
 * Items whose year the text does not tell are counted apart on the right.
 * A label that would overlap the one before it drops to a second row, or
 * is left for the tooltip.  Click selects an item; dragging selects a time
 * range; scrolling zooms the axis about the pointer, Shift+scroll pans, a
 * double-click shows everything again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ct-render.h"
#include "ct-timeline.h"

struct _CtTimeline
{
  GtkWidget parent_instance;

  CtGraph *graph;       /* borrowed: the window sets it with the graph view's */
  gint selected;
  gint hover;
  double first, last;   /* axis range in months since year 0 */
  double view_first, view_last;  /* zoomed axis; 0, 0 for the whole range */
  GPtrArray *lanes;     /* lane names */
  GArray *item_lane;    /* guint lane of each item */
  gboolean has_range;   /* a dragged time range */
  double range_from, range_to;
  double drag_x;
};

enum { ITEM_SELECTED, RANGE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CtTimeline, ct_timeline, GTK_TYPE_WIDGET)

#define MARGIN 24.0
#define MAX_LANE_HEIGHT 34.0
#define MIN_LANE_HEIGHT 22.0
#define LANES_TOP 30.0
#define AXIS_SPACE 30.0
#define UNDATED_WIDTH 150.0   /* room on the right for the count of undated items */

static gboolean
dated (const CtGraphItem *item)
{
  return item->start.year > 0 && item->start.precision >= CT_PRECISION_YEAR;
}

/* Where a date sits on the axis: the middle of what it covers. */
static double
months (const CtDate *d)
{
  double first, last;

  ct_date_month_span (d, &first, &last);
  return (first + last) / 2;
}

static void
compute_range (CtTimeline *self)
{
  self->first = G_MAXDOUBLE;
  self->last = -G_MAXDOUBLE;
  for (guint i = 0; self->graph != NULL && i < self->graph->items->len; i++)
    {
      const CtGraphItem *item = g_ptr_array_index (self->graph->items, i);

      if (!dated (item))
        continue;
      self->first = MIN (self->first, months (&item->start));
      self->last = MAX (self->last, months (&item->start));
    }
  if (self->first > self->last)
    self->first = self->last = 2024 * 12;
  self->first = floor (self->first / 12) * 12;           /* whole years */
  self->last = (floor (self->last / 12) + 1) * 12;
  if (self->view_last > self->view_first)
    {
      self->first = self->view_first;
      self->last = self->view_last;
    }
}

static double
x_of (CtTimeline *self, double m)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * MARGIN - UNDATED_WIDTH;

  return MARGIN + (m - self->first) / (self->last - self->first) * w;
}

static double
month_at (CtTimeline *self, double x)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * MARGIN - UNDATED_WIDTH;

  return self->first + (x - MARGIN) / w * (self->last - self->first);
}

/* Lanes share the height the timeline is given. */
static double
lane_height (CtTimeline *self)
{
  double room = gtk_widget_get_height (GTK_WIDGET (self)) - LANES_TOP - AXIS_SPACE;

  return CLAMP (room / MAX (self->lanes->len, 1), MIN_LANE_HEIGHT, MAX_LANE_HEIGHT);
}

static double
lane_y (CtTimeline *self, guint item)
{
  return LANES_TOP + g_array_index (self->item_lane, guint, item) * lane_height (self) + lane_height (self) / 2 + 4;
}

/* The grouping whose name the item's title holds (the longest), else "other". */
static void
assign_lanes (CtTimeline *self)
{
  g_ptr_array_set_size (self->lanes, 0);
  g_array_set_size (self->item_lane, 0);
  for (guint i = 0; self->graph != NULL && i < self->graph->items->len; i++)
    {
      const CtGraphItem *item = g_ptr_array_index (self->graph->items, i);
      const char *best = NULL;
      guint lane = G_MAXUINT;

      /* undated items are counted apart and need no lane */
      if (!dated (item))
        {
          g_array_append_val (self->item_lane, lane);
          continue;
        }
      for (guint k = 0; k < self->graph->nodes->len; k++)
        {
          const CtGraphNode *n = g_ptr_array_index (self->graph->nodes, k);

          if (n->kind == CT_NODE_GROUPING && strstr (item->title, n->label) != NULL &&
              (best == NULL || strlen (n->label) > strlen (best)))
            best = n->label;
        }
      if (best == NULL)
        best = _("其他 other");
      if (!g_ptr_array_find_with_equal_func (self->lanes, best, g_str_equal, &lane))
        {
          g_ptr_array_add (self->lanes, (gpointer) best);
          lane = self->lanes->len - 1;
        }
      g_array_append_val (self->item_lane, lane);
    }
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, LANES_TOP + MAX (self->lanes->len, 2) * MIN_LANE_HEIGHT + AXIS_SPACE);
}

static void
text_at (cairo_t *cr, double x, double y, const char *text, double size, gboolean dark, double alpha)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (CT_RENDER_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  if (dark)
    cairo_set_source_rgba (cr, 0.92, 0.92, 0.92, alpha);
  else
    cairo_set_source_rgba (cr, 0.13, 0.13, 0.13, alpha);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static char *
short_title (const char *title)
{
  if (g_utf8_strlen (title, -1) <= 14)
    return g_strdup (title);
  {
    g_autofree char *head = g_utf8_substring (title, 0, 13);
    return g_strconcat (head, "…", NULL);
  }
}

static void
ct_timeline_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  CtTimeline *self = CT_TIMELINE (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  double labels_end = w - UNDATED_WIDTH + 10;
  double axis = h - 26;
  g_autofree double *row_end = NULL;   /* right end of the last label, per lane and row */
  guint undated = 0;

  if (self->graph == NULL)
    {
      cairo_destroy (cr);
      return;
    }
  compute_range (self);

  if (self->has_range)
    {
      double x0 = x_of (self, self->range_from), x1 = x_of (self, self->range_to);
      g_autofree char *text = g_strdup_printf ("%d-%02d – %d-%02d", (int) (self->range_from / 12),
                                               (int) fmod (self->range_from, 12) + 1, (int) (self->range_to / 12),
                                               (int) fmod (self->range_to, 12) + 1);

      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.18);
      cairo_rectangle (cr, MIN (x0, x1), 0, fabs (x1 - x0), h);
      cairo_fill (cr);
      text_at (cr, MIN (x0, x1) + 4, 2, text, 9, dark, 0.9);
    }

  /* axis with year ticks, month ticks when a year is wide enough */
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.5);
  cairo_move_to (cr, MARGIN, axis);
  cairo_line_to (cr, x_of (self, self->last), axis);
  cairo_stroke (cr);
  for (double m = self->first; m <= self->last; m += 1)
    {
      double x = x_of (self, m);
      gboolean year = fmod (m, 12) == 0;

      if (!year && x_of (self, m + 1) - x < 6)
        continue;
      cairo_move_to (cr, x, axis);
      cairo_line_to (cr, x, axis + (year ? 8 : 4));
      cairo_stroke (cr);
      if (year)
        {
          char label[8];

          g_snprintf (label, sizeof label, "%d", (int) (m / 12));
          text_at (cr, x + 2, axis + 4, label, 10, dark, 0.8);
        }
    }
  for (guint l = 0; l < self->lanes->len; l++)
    {
      double y = LANES_TOP + l * lane_height (self);

      cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.06);
      cairo_rectangle (cr, 0, y, w - UNDATED_WIDTH, lane_height (self) - 2);
      cairo_fill (cr);
      text_at (cr, 4, y, g_ptr_array_index (self->lanes, l), 8, dark, 0.55);
    }
  row_end = g_new0 (double, MAX (self->lanes->len, 1) * 2);
  for (guint k = 0; k < MAX (self->lanes->len, 1) * 2; k++)
    row_end[k] = -1e9;

  for (guint i = 0; i < self->graph->items->len; i++)
    {
      const CtGraphItem *item = g_ptr_array_index (self->graph->items, i);
      double x, y;
      g_autofree char *label = NULL;
      guint row = 0;

      if (!dated (item))
        {
          undated++;
          continue;
        }
      x = x_of (self, months (&item->start));
      y = lane_y (self, i);
      if ((gint) i == self->selected || (gint) i == self->hover)
        cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      else if (item->is_event)
        cairo_set_source_rgb (cr, 0.80, 0.47, 0.00);
      else
        cairo_set_source_rgb (cr, 0.20, 0.40, 0.64);
      if (item->is_event)
        {
          if (item->end.precision != CT_PRECISION_NONE)
            {
              cairo_rectangle (cr, x, y - 3, MAX (4, x_of (self, months (&item->end)) - x), 6);
              cairo_fill (cr);
            }
          cairo_arc (cr, x, y, 6, 0, 2 * G_PI);
        }
      else
        {
          cairo_move_to (cr, x, y - 7);
          cairo_line_to (cr, x + 7, y);
          cairo_line_to (cr, x, y + 7);
          cairo_line_to (cr, x - 7, y);
          cairo_close_path (cr);
        }
      cairo_fill (cr);

      label = short_title (item->title);
      {
        guint lane = g_array_index (self->item_lane, guint, i);
        guint rows = lane_height (self) >= 30 ? 2 : 1;

        while (row < rows && row_end[lane * 2 + row] > x)
          row++;
        if (row < rows)
          {
            row_end[lane * 2 + row] = x + 10 + 10 * g_utf8_strlen (label, -1);
            cairo_save (cr);
            cairo_rectangle (cr, 0, 0, labels_end, h);
            cairo_clip (cr);
            text_at (cr, x + 9, y - (rows == 2 ? 13 : 7) + row * 11, label, 8.5, dark, 0.9);
            cairo_restore (cr);
          }
      }
    }
  if (undated > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u 件未注明年份\n%u undated", undated, undated);

      text_at (cr, w - UNDATED_WIDTH + 20, LANES_TOP, text, 9.5, dark, 0.7);
    }
  cairo_destroy (cr);
}

static gint
item_at (CtTimeline *self, double x, double y)
{
  for (guint i = 0; self->graph != NULL && i < self->graph->items->len; i++)
    {
      const CtGraphItem *item = g_ptr_array_index (self->graph->items, i);

      if (dated (item) && fabs (x - x_of (self, months (&item->start))) <= 8 && fabs (y - lane_y (self, i)) <= 8)
        return i;
    }
  return -1;
}

static void
on_click (GtkGestureClick *gesture, int n_press, double x, double y, CtTimeline *self)
{
  if (n_press == 2)
    self->view_first = self->view_last = 0;   /* back to the whole range */
  ct_timeline_select (self, item_at (self, x, y));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, CtTimeline *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y;
  double span = self->last - self->first;
  double at;

  if (event != NULL)
    gdk_event_get_position (event, &x, &y);
  at = month_at (self, x);
  if ((state & GDK_SHIFT_MASK) || dx != 0)
    {
      double shift = ((state & GDK_SHIFT_MASK) ? dy : dx) * span / 20;

      self->view_first = self->first + shift;
      self->view_last = self->last + shift;
    }
  else
    {
      double factor = dy < 0 ? 0.8 : 1.25;

      span = CLAMP (span * factor, 3, 12 * 60);
      self->view_first = at - (at - self->first) * span / (self->last - self->first);
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
  if (fabs (dx) < 4)
    return;
  self->has_range = TRUE;
  self->range_from = CLAMP (month_at (self, MIN (self->drag_x, self->drag_x + dx)), self->first, self->last);
  self->range_to = CLAMP (month_at (self, MAX (self->drag_x, self->drag_x + dx)), self->first, self->last);
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
  item = g_ptr_array_index (self->graph->items, i);
  date = ct_date_format (&item->start);
  text = g_strdup_printf ("%s\n%s%s%s", item->title, date ? date : "", item->place ? " · " : "", item->place ? item->place : "");
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ct_timeline_finalize (GObject *object)
{
  CtTimeline *self = CT_TIMELINE (object);

  g_ptr_array_unref (self->lanes);
  g_array_unref (self->item_lane);
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
  self->lanes = g_ptr_array_new ();
  self->item_lane = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, LANES_TOP + 2 * MIN_LANE_HEIGHT + AXIS_SPACE);
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
  self->graph = graph;
  self->selected = self->hover = -1;
  assign_lanes (self);
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
