/* ct-timeline-render.c: agreements and events on a time axis, drawn with Cairo for the window and for files
 *
 * One lane per grouping an item belongs to (by its title), the rest in a
 * last lane; events are circles (with a bar for their span), agreements
 * diamonds, on an axis with year ticks and month ticks when there is room.
 * Items whose year the text does not tell are counted apart on the right.
 * A label that would overlap the one before it drops to a second row, or
 * is left for the tooltip.  The window's timeline and exported pictures
 * draw through here, so they look the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ct-render.h"
#include "ct-timeline-render.h"

#define MARGIN 24.0
#define MAX_LANE_HEIGHT 34.0
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

/* The grouping whose name the item's title holds (the longest), else "other". */
static guint
lane_of (CtTimelineLanes *self, const CtGraphItem *item)
{
  const char *best = NULL;
  guint lane;

  for (guint k = 0; k < self->graph->nodes->len; k++)
    {
      const CtGraphNode *n = g_ptr_array_index (self->graph->nodes, k);

      if (n->kind == CT_NODE_GROUPING && strstr (item->title, n->label) != NULL &&
          (best == NULL || strlen (n->label) > strlen (best)))
        best = n->label;
    }
  if (best == NULL)
    best = _("其他 other");
  if (!g_ptr_array_find_with_equal_func (self->names, best, g_str_equal, &lane))
    {
      g_ptr_array_add (self->names, (gpointer) best);
      lane = self->names->len - 1;
    }
  return lane;
}

CtTimelineLanes *
ct_timeline_lanes_new (CtGraph *graph)
{
  CtTimelineLanes *self = g_new0 (CtTimelineLanes, 1);

  self->graph = ct_graph_ref (graph);
  self->names = g_ptr_array_new ();
  self->item_lane = g_array_new (FALSE, FALSE, sizeof (guint));
  self->first = G_MAXDOUBLE;
  self->last = -G_MAXDOUBLE;
  for (guint i = 0; i < graph->items->len; i++)
    {
      const CtGraphItem *item = g_ptr_array_index (graph->items, i);
      /* undated items are counted apart and need no lane */
      guint lane = dated (item) ? lane_of (self, item) : G_MAXUINT;

      g_array_append_val (self->item_lane, lane);
      if (dated (item))
        {
          self->first = MIN (self->first, months (&item->start));
          self->last = MAX (self->last, months (&item->start));
        }
    }
  if (self->first > self->last)
    self->first = self->last = 2024 * 12;
  self->first = floor (self->first / 12) * 12;           /* whole years */
  self->last = (floor (self->last / 12) + 1) * 12;
  return self;
}

void
ct_timeline_lanes_free (CtTimelineLanes *self)
{
  if (self == NULL)
    return;
  ct_graph_unref (self->graph);
  g_ptr_array_unref (self->names);
  g_array_unref (self->item_lane);
  g_free (self);
}

double
ct_timeline_min_height (const CtTimelineLanes *lanes)
{
  return LANES_TOP + MAX (lanes->names->len, 2) * CT_TIMELINE_MIN_LANE_HEIGHT + AXIS_SPACE;
}

/* The whole range, nothing selected, in a drawing of @width × @height. */
void
ct_timeline_view_init (CtTimelineView        *view,
                       const CtTimelineLanes *lanes,
                       double                 width,
                       double                 height)
{
  *view = (CtTimelineView) { width, height, lanes->first, lanes->last, FALSE, -1, -1, FALSE, 0, 0 };
}

double
ct_timeline_x_of (const CtTimelineView *view,
                  double                month)
{
  double w = view->width - 2 * MARGIN - UNDATED_WIDTH;

  return MARGIN + (month - view->first) / (view->last - view->first) * w;
}

double
ct_timeline_month_at (const CtTimelineView *view,
                      double                x)
{
  double w = view->width - 2 * MARGIN - UNDATED_WIDTH;

  return view->first + (x - MARGIN) / w * (view->last - view->first);
}

/* Lanes share the height the timeline is given. */
static double
lane_height (const CtTimelineLanes *lanes, const CtTimelineView *view)
{
  double room = view->height - LANES_TOP - AXIS_SPACE;

  return CLAMP (room / MAX (lanes->names->len, 1), CT_TIMELINE_MIN_LANE_HEIGHT, MAX_LANE_HEIGHT);
}

static double
lane_y (const CtTimelineLanes *lanes, const CtTimelineView *view, guint item)
{
  return LANES_TOP + g_array_index (lanes->item_lane, guint, item) * lane_height (lanes, view) +
         lane_height (lanes, view) / 2 + 4;
}

gint
ct_timeline_item_at (const CtTimelineLanes *lanes,
                     const CtTimelineView  *view,
                     double                 x,
                     double                 y)
{
  for (guint i = 0; i < lanes->graph->items->len; i++)
    {
      const CtGraphItem *item = g_ptr_array_index (lanes->graph->items, i);

      if (dated (item) && fabs (x - ct_timeline_x_of (view, months (&item->start))) <= 8 &&
          fabs (y - lane_y (lanes, view, i)) <= 8)
        return i;
    }
  return -1;
}

static PangoLayout *
text_layout (cairo_t *cr, const char *text, double size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (CT_RENDER_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

static void
show_text (cairo_t *cr, PangoLayout *layout, double x, double y, gboolean dark, double alpha)
{
  cairo_move_to (cr, x, y);
  if (dark)
    cairo_set_source_rgba (cr, 0.92, 0.92, 0.92, alpha);
  else
    cairo_set_source_rgba (cr, 0.13, 0.13, 0.13, alpha);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

static void
text_at (cairo_t *cr, double x, double y, const char *text, double size, gboolean dark, double alpha)
{
  g_autoptr(PangoLayout) layout = text_layout (cr, text, size);

  show_text (cr, layout, x, y, dark, alpha);
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
draw_range (cairo_t *cr, const CtTimelineView *view)
{
  double x0 = ct_timeline_x_of (view, view->range_from), x1 = ct_timeline_x_of (view, view->range_to);
  g_autofree char *text = g_strdup_printf ("%d-%02d – %d-%02d", (int) (view->range_from / 12),
                                           (int) fmod (view->range_from, 12) + 1, (int) (view->range_to / 12),
                                           (int) fmod (view->range_to, 12) + 1);

  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.18);
  cairo_rectangle (cr, MIN (x0, x1), 0, fabs (x1 - x0), view->height);
  cairo_fill (cr);
  text_at (cr, MIN (x0, x1) + 4, 2, text, 9, view->dark, 0.9);
}

/* The axis with year ticks, and month ticks when a year is wide enough. */
static void
draw_axis (cairo_t *cr, const CtTimelineView *view, double axis)
{
  double grey = view->dark ? 1 : 0;

  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, grey, grey, grey, 0.5);
  cairo_move_to (cr, MARGIN, axis);
  cairo_line_to (cr, ct_timeline_x_of (view, view->last), axis);
  cairo_stroke (cr);
  for (double m = view->first; m <= view->last; m += 1)
    {
      double x = ct_timeline_x_of (view, m);
      gboolean year = fmod (m, 12) == 0;

      if (!year && ct_timeline_x_of (view, m + 1) - x < 6)
        continue;
      cairo_set_source_rgba (cr, grey, grey, grey, 0.5);
      cairo_move_to (cr, x, axis);
      cairo_line_to (cr, x, axis + (year ? 8 : 4));
      cairo_stroke (cr);
      if (year)
        {
          char label[8];

          g_snprintf (label, sizeof label, "%d", (int) (m / 12));
          text_at (cr, x + 2, axis + 4, label, 10, view->dark, 0.8);
        }
    }
}

static void
draw_mark (cairo_t *cr, const CtTimelineView *view, const CtGraphItem *item, gint index, double x, double y)
{
  if (index == view->selected || index == view->hover)
    cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
  else if (item->is_event)
    cairo_set_source_rgb (cr, 0.80, 0.47, 0.00);
  else
    cairo_set_source_rgb (cr, 0.20, 0.40, 0.64);
  if (item->is_event)
    {
      if (item->end.precision != CT_PRECISION_NONE)
        {
          cairo_rectangle (cr, x, y - 3, MAX (4, ct_timeline_x_of (view, months (&item->end)) - x), 6);
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
}

/* Marks of one kind at the same pixel of one lane look the same: a
 * thousand articles put hundreds there, and drawing each is wasted.  The
 * selected and hovered marks are never skipped; they are coloured apart. */
static gboolean
mark_drawn_before (GHashTable *drawn, const CtTimelineView *view, const CtGraphItem *item, gint index, guint lane,
                   double x)
{
  gint64 end = item->is_event && item->end.precision != CT_PRECISION_NONE
               ? lround (ct_timeline_x_of (view, months (&item->end))) : -1;
  gint64 key = ((gint64) lane << 44) ^ ((gint64) item->is_event << 43) ^ ((lround (x) & 0xfffff) << 22) ^ (end & 0x3fffff);

  if (index == view->selected || index == view->hover)
    return FALSE;
  if (g_hash_table_contains (drawn, &key))
    return TRUE;
  g_hash_table_add (drawn, g_memdup2 (&key, sizeof key));
  return FALSE;
}

static gint
compare_starts (gconstpointer a, gconstpointer b, gpointer data)
{
  CtGraph *graph = data;
  const CtGraphItem *x = g_ptr_array_index (graph->items, *(const guint *) a);
  const CtGraphItem *y = g_ptr_array_index (graph->items, *(const guint *) b);

  return ct_date_compare (&x->start, &y->start);
}

void
ct_timeline_render (cairo_t               *cr,
                    const CtTimelineLanes *lanes,
                    const CtTimelineView  *view)
{
  CtGraph *graph = lanes->graph;
  double lane_h = lane_height (lanes, view);
  guint rows = lane_h >= 30 ? 2 : 1;
  double labels_end = view->width - UNDATED_WIDTH + 10;
  g_autofree double *row_end = g_new (double, MAX (lanes->names->len, 1) * 2);  /* right end of the last label */
  g_autofree guint *order = NULL;
  g_autoptr(GHashTable) drawn = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint undated = 0;

  cairo_save (cr);
  if (view->has_range)
    draw_range (cr, view);
  draw_axis (cr, view, view->height - 26);
  for (guint l = 0; l < lanes->names->len; l++)
    {
      double y = LANES_TOP + l * lane_h;

      cairo_set_source_rgba (cr, view->dark ? 1 : 0, view->dark ? 1 : 0, view->dark ? 1 : 0, 0.06);
      cairo_rectangle (cr, 0, y, view->width - UNDATED_WIDTH, lane_h - 2);
      cairo_fill (cr);
      text_at (cr, 4, y, g_ptr_array_index (lanes->names, l), 8, view->dark, 0.55);
    }
  for (guint k = 0; k < MAX (lanes->names->len, 1) * 2; k++)
    row_end[k] = -1e9;

  /* left to right, so each label only has to clear the one before it */
  order = g_new (guint, MAX (graph->items->len, 1));
  for (guint i = 0; i < graph->items->len; i++)
    order[i] = i;
  g_qsort_with_data (order, graph->items->len, sizeof (guint), compare_starts, graph);
  for (guint k = 0; k < graph->items->len; k++)
    {
      guint i = order[k];
      const CtGraphItem *item = g_ptr_array_index (graph->items, i);
      guint lane = g_array_index (lanes->item_lane, guint, i), row;
      double x, y, label_x = 0;
      g_autofree char *label = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle extent;

      if (!dated (item))
        {
          undated++;
          continue;
        }
      x = ct_timeline_x_of (view, months (&item->start));
      y = lane_y (lanes, view, i);
      if (!mark_drawn_before (drawn, view, item, i, lane, x))
        draw_mark (cr, view, item, i, x, y);
      /* a label needs a row whose last label ends before this mark: where
       * none does (most marks of a crowded year), shaping it is wasted */
      for (row = 0; row < rows && row_end[lane * 2 + row] > x; row++)
        ;
      if (row == rows)
        continue;
      label = short_title (item->title);
      layout = text_layout (cr, label, 8.5);
      pango_layout_get_pixel_extents (layout, NULL, &extent);
      /* right of the mark; left of it where the right runs out of room */
      for (row = 0; row < rows; row++)
        {
          double end = row_end[lane * 2 + row];

          if (end <= x && x + 9 + extent.width <= labels_end)
            label_x = x + 9;
          else if (end <= x - 9 - extent.width && x + 9 + extent.width > labels_end)
            label_x = x - 9 - extent.width;
          else
            continue;
          break;
        }
      if (row < rows)
        {
          row_end[lane * 2 + row] = MAX (x + 9, label_x + extent.width + 4);
          show_text (cr, layout, label_x, y - (rows == 2 ? 13 : 7) + row * 11, view->dark, 0.9);
        }
    }
  if (undated > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u 件未注明年份\n%u undated", undated, undated);

      text_at (cr, view->width - UNDATED_WIDTH + 20, LANES_TOP, text, 9.5, view->dark, 0.7);
    }
  cairo_restore (cr);
}
