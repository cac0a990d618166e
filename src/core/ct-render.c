/* ct-render.c: drawing the graph with Cairo, the same for the screen and for files
 *
 * Coordinates are layout points (1 pt = 1 Graphviz point, y down); the
 * caller sets the transform.  Text is laid out by PangoCairo at 72 dpi with
 * metric hinting off, so label widths scale exactly with zoom and match what
 * was measured for the layout.
 *
 * Places are ellipses filled by province, bigger with more ties, their level
 * shown by the outline (province: heavy double, prefecture: solid, county:
 * dashed).  Each grouping kind has its own shape.  Ties are coloured and
 * dashed by what is behind them (agreement, event, both, co-membership) and
 * thicker with more agreements and events; memberships are thin dashed lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <pango/pangocairo.h>

#include "ct-render.h"

/* Tango-like colours that read on light and dark backgrounds. */
static const double palette[][3] = {
  { 0.45, 0.62, 0.81 }, { 0.99, 0.69, 0.24 }, { 0.54, 0.89, 0.20 }, { 0.94, 0.41, 0.41 },
  { 0.68, 0.50, 0.66 }, { 0.99, 0.91, 0.31 }, { 0.45, 0.82, 0.81 }, { 0.80, 0.80, 0.55 },
  { 0.96, 0.60, 0.80 }, { 0.60, 0.75, 0.45 }, { 0.75, 0.60, 0.90 }, { 0.85, 0.65, 0.45 },
};

#define LABEL_SIZE 10.0
#define DETAIL_SCALE 0.5      /* below this many device pixels per point, draw coarsely */
#define SHARP_SCALE 1.0       /* on big graphs, below this thin lines get no antialiasing and dashes no pattern */
#define BIG_GRAPH_EDGES 1000
#define MIN_READABLE_PX 6.0

void
ct_render_options_init (CtRenderOptions *options)
{
  *options = (CtRenderOptions) { 1.0, FALSE, -1, NULL, -1, -1, -1, NULL, FALSE, 0, 0, FALSE, NULL };
}

static PangoLayout *
new_layout (cairo_t *cr, const char *text, double size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *fo = cairo_font_options_create ();
  PangoFontDescription *font = pango_font_description_from_string (CT_RENDER_FONT);

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, fo);
  cairo_font_options_destroy (fo);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_context_changed (layout);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

#define N_LABEL_SIZES 4

/* Four sizes, not one per degree: each size is a font of its own in PDF,
 * and in SVG but for exports of the whole graph, with its own copy of
 * every glyph. */
static guint
label_step (const CtGraphNode *n)
{
  return n->kind == CT_NODE_PLACE ? MIN (n->degree, 12) / 4 : 0;
}

static double
step_size (guint step)
{
  return LABEL_SIZE + step * 1.4;
}

static double
label_size (const CtGraphNode *n)
{
  return step_size (label_step (n));
}

/* One layout per label size, reused label after label: creating a layout,
 * or giving one another font, costs more than drawing the text.  At one
 * pixel per point on a surface that keeps no text (SVG and images: whole
 * graph exports), labels need no layout: they are drawn with the glyphs
 * shaped when they were measured, in the size's font. */
typedef struct
{
  cairo_t *cr;
  gboolean as_measured;
  gboolean queue_places;
  PangoLayout *by_size[N_LABEL_SIZES];
  PangoFont *fonts[N_LABEL_SIZES];
  GArray *queued[N_LABEL_SIZES][2];   /* cairo_glyph_t by size and brightness, or NULL */
} Labels;

static PangoLayout *
size_layout (Labels *labels, guint step)
{
  if (labels->by_size[step] == NULL)
    labels->by_size[step] = new_layout (labels->cr, "", step_size (step));
  return labels->by_size[step];
}

static PangoLayout *
label_layout (Labels *labels, const CtGraphNode *n)
{
  PangoLayout *layout = size_layout (labels, label_step (n));

  pango_layout_set_text (layout, n->label, -1);
  return layout;
}

/* The first font of a layout's description: the one a label is set in
 * unless it has characters the font lacks. */
static PangoFont *
first_font (PangoLayout *layout)
{
  return pango_context_load_font (pango_layout_get_context (layout), pango_layout_get_font_description (layout));
}

static PangoFont *
size_font (Labels *labels, guint step)
{
  if (labels->fonts[step] == NULL)
    labels->fonts[step] = first_font (size_layout (labels, step));
  return labels->fonts[step];
}

static void
labels_clear (Labels *labels)
{
  for (guint i = 0; i < N_LABEL_SIZES; i++)
    {
      g_clear_object (&labels->by_size[i]);
      g_clear_object (&labels->fonts[i]);
    }
}

/* A laid out label's glyphs, to be drawn on their own from its top left
 * corner as the layout would: with the baseline in their vertical offsets.
 * NULL unless they are one line and one run in the first font, each a
 * glyph of the font (not a box for a missing character, nor empty) and
 * none of them raised or lowered. */
static PangoGlyphString *
shaped_glyphs (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  g_autoptr(PangoFont) first = first_font (layout);
  PangoGlyphItem *run;
  PangoGlyphString *glyphs;

  if (pango_layout_get_line_count (layout) != 1 || line->runs == NULL || line->runs->next != NULL)
    return NULL;
  run = line->runs->data;
  if (run->item->analysis.font != first || run->y_offset != 0)
    return NULL;
  for (gint i = 0; i < run->glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *glyph = &run->glyphs->glyphs[i];

      if (glyph->geometry.y_offset != 0 || glyph->glyph == PANGO_GLYPH_EMPTY ||
          (glyph->glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0)
        return NULL;
    }
  glyphs = pango_glyph_string_copy (run->glyphs);
  for (gint i = 0; i < glyphs->num_glyphs; i++)
    glyphs->glyphs[i].geometry.y_offset = pango_layout_get_baseline (layout);
  return glyphs;
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Provinces sorted by name get the palette in turn, so colours are stable
 * for a given set of provinces. */
static void
assign_colours (CtGraph *graph)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

      if (n->province != NULL && !g_ptr_array_find_with_equal_func (names, n->province, g_str_equal, NULL))
        g_ptr_array_add (names, n->province);
    }
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      guint index = 0;

      if (n->province != NULL)
        g_ptr_array_find_with_equal_func (names, n->province, g_str_equal, &index);
      n->colour = index % G_N_ELEMENTS (palette);
    }
}

/* Node sizes from their labels, and colours, before layout. */
void
ct_render_measure (CtGraph *graph)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      g_autoptr(PangoLayout) layout = new_layout (cr, n->label, label_size (n));
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      n->width = ceil (logical.width / (double) PANGO_SCALE) + (n->kind == CT_NODE_PLACE ? 22 : 18);
      n->height = ceil (logical.height / (double) PANGO_SCALE) + (n->kind == CT_NODE_PLACE ? 10 : 10);
      n->label_width = logical.width;
      n->label_height = logical.height;
      g_clear_pointer (&n->glyphs, pango_glyph_string_free);
      n->glyphs = shaped_glyphs (layout);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  assign_colours (graph);
}

void
ct_render_node_colour (const CtGraphNode *node,
                       double            *rgb)
{
  rgb[0] = palette[node->colour][0];
  rgb[1] = palette[node->colour][1];
  rgb[2] = palette[node->colour][2];
}

static void
foreground (cairo_t *cr, const CtRenderOptions *o, double alpha)
{
  if (o->dark)
    cairo_set_source_rgba (cr, 0.92, 0.92, 0.92, alpha);
  else
    cairo_set_source_rgba (cr, 0.13, 0.13, 0.13, alpha);
}

static gboolean
is_selected (const CtRenderOptions *o, guint index)
{
  return (gint) index == o->selected_node ||
         (o->also_selected != NULL && g_hash_table_contains (o->also_selected, GUINT_TO_POINTER (index)));
}

/* Which nodes stay bright, computed once per frame in O(nodes + edges):
 * hover wins over selection; with either, the focused nodes and their
 * neighbours stay bright and the rest fades. */
static gboolean *
emphasis (CtGraph *graph, const CtRenderOptions *o)
{
  gboolean *bright = g_new0 (gboolean, MAX (graph->nodes->len, 1));
  gboolean *focus = g_new0 (gboolean, MAX (graph->nodes->len, 1));
  gboolean any = FALSE;

  if (o->highlight != NULL)
    {
      for (guint i = 0; i < graph->nodes->len; i++)
        bright[i] = g_hash_table_contains (o->highlight, GUINT_TO_POINTER (i));
      g_free (focus);
      return bright;
    }
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      focus[i] = o->hover_node >= 0 ? (gint) i == o->hover_node : is_selected (o, i);
      any |= focus[i];
    }
  for (guint i = 0; i < graph->nodes->len; i++)
    bright[i] = !any || focus[i];
  for (guint i = 0; any && i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

      if (focus[e->source])
        bright[e->target] = TRUE;
      if (focus[e->target])
        bright[e->source] = TRUE;
    }
  g_free (focus);
  return bright;
}

/* The nodes hover, selection or a highlight bring forward, or NULL when
 * nothing is focused: a view can draw everything once and these on top. */
GHashTable *
ct_render_focus (CtGraph               *graph,
                 const CtRenderOptions *options)
{
  g_autofree gboolean *bright = NULL;
  GHashTable *set;

  if (options->highlight == NULL && options->hover_node < 0 && options->selected_node < 0 &&
      options->selected_edge < 0 && options->hover_edge < 0)
    return NULL;
  bright = emphasis (graph, options);
  set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < graph->nodes->len; i++)
    if (bright[i] && (options->highlight != NULL || options->hover_node >= 0 || options->selected_node >= 0))
      g_hash_table_add (set, GUINT_TO_POINTER (i));
  for (gint k = 0; k < 2; k++)
    {
      gint edge = k ? options->hover_edge : options->selected_edge;

      if (edge >= 0)
        {
          const CtGraphEdge *e = g_ptr_array_index (graph->edges, edge);

          g_hash_table_add (set, GUINT_TO_POINTER (e->source));
          g_hash_table_add (set, GUINT_TO_POINTER (e->target));
        }
    }
  return set;
}

static gboolean
in_subset (const CtRenderOptions *o, guint node)
{
  return o->subset == NULL || g_hash_table_contains (o->subset, GUINT_TO_POINTER (node));
}

static void
edge_path (cairo_t *cr, CtGraph *graph, const CtGraphEdge *e)
{
  const GArray *p = e->points;

  if (p->len >= 8)
    {
      cairo_move_to (cr, g_array_index (p, double, 0), g_array_index (p, double, 1));
      for (guint k = 2; k + 5 < p->len; k += 6)
        cairo_curve_to (cr, g_array_index (p, double, k), g_array_index (p, double, k + 1),
                        g_array_index (p, double, k + 2), g_array_index (p, double, k + 3),
                        g_array_index (p, double, k + 4), g_array_index (p, double, k + 5));
    }
  else
    {
      const CtGraphNode *a = g_ptr_array_index (graph->nodes, e->source);
      const CtGraphNode *b = g_ptr_array_index (graph->nodes, e->target);

      cairo_move_to (cr, a->x, a->y);
      cairo_line_to (cr, b->x, b->y);
    }
}

/* Under a time filter an edge shows when one of its reasons is dated inside
 * the range (a known year at least), or when it has no date and undated
 * ones are shown.  Nodes never move: only edges come and go. */
gboolean
ct_render_edge_visible (CtGraph               *graph,
                        const CtRenderOptions *o,
                        guint                  edge)
{
  const CtGraphEdge *e = g_ptr_array_index (graph->edges, edge);
  gboolean any_dated = FALSE;

  if (!o->time_filter)
    return TRUE;
  for (guint k = 0; k < e->reasons->len; k++)
    {
      const CtDate *d = &g_array_index (e->reasons, CtGraphReason, k).date;
      double first, last;

      if (d->precision == CT_PRECISION_NONE || d->year == 0)
        continue;
      any_dated = TRUE;
      ct_date_month_span (d, &first, &last);
      if (last >= o->from && first <= o->to)
        return TRUE;
    }
  return !any_dated && o->show_undated;
}

typedef struct
{
  double x1, y1, x2, y2;
} Box;

/* What is on the surface, in layout points: nodes and edges outside are skipped. */
static Box
visible_box (cairo_t *cr)
{
  Box b;

  cairo_clip_extents (cr, &b.x1, &b.y1, &b.x2, &b.y2);
  return b;
}

static gboolean
node_visible (const Box *b, const CtGraphNode *n)
{
  return n->x + n->width / 2 >= b->x1 && n->x - n->width / 2 <= b->x2 &&
         n->y + n->height / 2 >= b->y1 && n->y - n->height / 2 <= b->y2;
}

/* What the edge's curve can cover: the hull of its ends and control points. */
static Box
edge_extents (CtGraph *graph, const CtGraphEdge *e)
{
  const CtGraphNode *s = g_ptr_array_index (graph->nodes, e->source);
  const CtGraphNode *t = g_ptr_array_index (graph->nodes, e->target);
  Box b = { MIN (s->x, t->x), MIN (s->y, t->y), MAX (s->x, t->x), MAX (s->y, t->y) };

  for (guint k = 0; k + 1 < e->points->len; k += 2)
    {
      b.x1 = MIN (b.x1, g_array_index (e->points, double, k));
      b.x2 = MAX (b.x2, g_array_index (e->points, double, k));
      b.y1 = MIN (b.y1, g_array_index (e->points, double, k + 1));
      b.y2 = MAX (b.y2, g_array_index (e->points, double, k + 1));
    }
  return b;
}

static gboolean
edge_in_box (CtGraph *graph, const Box *b, const CtGraphEdge *e)
{
  Box extents = edge_extents (graph, e);

  return extents.x2 >= b->x1 && extents.x1 <= b->x2 && extents.y2 >= b->y1 && extents.y1 <= b->y2;
}

/* The layout points drawing only @subset (from ct_render_focus()) covers,
 * less the width of lines and outlines; FALSE when it is empty. */
gboolean
ct_render_subset_extents (CtGraph    *graph,
                          GHashTable *subset,
                          double     *x,
                          double     *y,
                          double     *width,
                          double     *height)
{
  Box all = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

      if (!g_hash_table_contains (subset, GUINT_TO_POINTER (i)))
        continue;
      all.x1 = MIN (all.x1, n->x - n->width / 2);
      all.y1 = MIN (all.y1, n->y - n->height / 2);
      all.x2 = MAX (all.x2, n->x + n->width / 2);
      all.y2 = MAX (all.y2, n->y + n->height / 2);
    }
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      Box b;

      if (!g_hash_table_contains (subset, GUINT_TO_POINTER (e->source)) ||
          !g_hash_table_contains (subset, GUINT_TO_POINTER (e->target)))
        continue;
      b = edge_extents (graph, e);
      all = (Box) { MIN (all.x1, b.x1), MIN (all.y1, b.y1), MAX (all.x2, b.x2), MAX (all.y2, b.y2) };
    }
  if (all.x1 > all.x2)
    return FALSE;
  *x = all.x1;
  *y = all.y1;
  *width = all.x2 - all.x1;
  *height = all.y2 - all.y1;
  return TRUE;
}

/* Vector surfaces write a stroke as its curves and dashes, yet cairo first
 * flattens it, dash by dash, only to find its extents.  Flattened to half
 * the line's width instead of a tenth of a point, the extents stay right,
 * take a fraction of the time and memory, and the file is the same.  (The
 * path is built before, at the fine tolerance: arcs depend on it; and no
 * dash is as short as half a line, which would make cairo simplify them.) */
static void
stroke (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  double tolerance = cairo_get_tolerance (cr);

  if (type == CAIRO_SURFACE_TYPE_SVG || type == CAIRO_SURFACE_TYPE_PDF)
    {
      double half_width = cairo_get_line_width (cr) / 2, y = 0;

      cairo_user_to_device_distance (cr, &half_width, &y);
      cairo_set_tolerance (cr, MAX (tolerance, fabs (half_width)));
    }
  cairo_stroke (cr);
  cairo_set_tolerance (cr, tolerance);
}

/* Dashes and antialiasing cost much on big graphs and show little when small. */
static gboolean
sharp (CtGraph *graph, const CtRenderOptions *o)
{
  return o->scale >= (graph->edges->len > BIG_GRAPH_EDGES ? SHARP_SCALE : DETAIL_SCALE);
}

typedef enum
{
  EDGE_MEMBERSHIP,
  EDGE_BOTH,
  EDGE_AGREEMENT,
  EDGE_EVENT,
  EDGE_OTHER,
  N_EDGE_CLASSES,
} EdgeClass;

#define N_WIDTHS 7

static EdgeClass
edge_class (const CtGraphEdge *e)
{
  if (e->membership)
    return EDGE_MEMBERSHIP;
  if (e->agreements > 0 && e->events > 0)
    return EDGE_BOTH;
  if (e->agreements > 0)
    return EDGE_AGREEMENT;
  if (e->events > 0)
    return EDGE_EVENT;
  return EDGE_OTHER;
}

/* Colour by what is behind a tie: blue agreement, orange dashed event,
 * green both; memberships and co-membership in the foreground colour. */
static void
edge_style (cairo_t *cr, const CtRenderOptions *o, EdgeClass c, double alpha, guint width_step, gboolean detailed)
{
  static const double dash[] = { 5, 3 };

  cairo_set_dash (cr, NULL, 0, 0);
  switch (c)
    {
    case EDGE_MEMBERSHIP:
      foreground (cr, o, alpha * 0.6);
      break;
    case EDGE_BOTH:
      cairo_set_source_rgba (cr, 0.31, 0.60, 0.02, alpha);
      break;
    case EDGE_AGREEMENT:
      cairo_set_source_rgba (cr, 0.20, 0.40, 0.64, alpha);
      break;
    case EDGE_EVENT:
      cairo_set_source_rgba (cr, 0.80, 0.47, 0.00, alpha);
      break;
    case EDGE_OTHER:
    case N_EDGE_CLASSES:
    default:
      foreground (cr, o, alpha * 0.7);
      break;
    }
  /* dashes cost a lot and cannot be seen when the graph is small on screen */
  if (detailed && (c == EDGE_MEMBERSHIP || c == EDGE_EVENT))
    cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, c == EDGE_MEMBERSHIP ? 0.8 : 1.0 + width_step * 0.7);
}

static guint
width_step (const CtGraphEdge *e)
{
  return MIN (e->agreements + e->events, N_WIDTHS - 1);
}

/* Edges of one look are stroked together: one stroke per look, not per edge;
 * edges off the surface are skipped. */
static void
draw_edges (cairo_t *cr, CtGraph *graph, const CtRenderOptions *o, const gboolean *bright)
{
  gboolean detailed = sharp (graph, o);
  Box box = visible_box (cr);
  g_autofree guint8 *bucket = g_new (guint8, MAX (graph->edges->len, 1));
  gboolean used[N_EDGE_CLASSES * N_WIDTHS * 2] = { FALSE };

  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      gboolean emphasised = bright[e->source] && bright[e->target];

      if (!ct_render_edge_visible (graph, o, i) || (gint) i == o->selected_edge || (gint) i == o->hover_edge ||
          !in_subset (o, e->source) || !in_subset (o, e->target) || !edge_in_box (graph, &box, e))
        {
          bucket[i] = G_MAXUINT8;
          continue;
        }
      bucket[i] = (edge_class (e) * N_WIDTHS + width_step (e)) * 2 + emphasised;
      used[bucket[i]] = TRUE;
    }

  cairo_save (cr);
  for (guint b = 0; b < G_N_ELEMENTS (used); b++)
    {
      if (!used[b])
        continue;
      cairo_new_path (cr);
      for (guint i = 0; i < graph->edges->len; i++)
        if (bucket[i] == b)
          edge_path (cr, graph, g_ptr_array_index (graph->edges, i));
      edge_style (cr, o, b / 2 / N_WIDTHS, b % 2 ? 0.9 : 0.15, (b / 2) % N_WIDTHS, detailed);
      stroke (cr);
    }

  /* the selected and hovered edges on top, thicker */
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

      if (((gint) i != o->selected_edge && (gint) i != o->hover_edge) || !ct_render_edge_visible (graph, o, i))
        continue;
      cairo_new_path (cr);
      edge_path (cr, graph, e);
      edge_style (cr, o, edge_class (e), 1.0, width_step (e), detailed);
      cairo_set_line_width (cr, cairo_get_line_width (cr) + 2);
      stroke (cr);
    }
  cairo_restore (cr);
}

static void
grouping_path (cairo_t *cr, const CtGraphNode *n)
{
  double x = n->x - n->width / 2, y = n->y - n->height / 2, w = n->width, h = n->height;
  double r = h / 2;

  if (g_strcmp0 (n->subkind, "alliance") == 0)          /* hexagon */
    {
      cairo_move_to (cr, x + r * 0.6, y);
      cairo_line_to (cr, x + w - r * 0.6, y);
      cairo_line_to (cr, x + w, y + h / 2);
      cairo_line_to (cr, x + w - r * 0.6, y + h);
      cairo_line_to (cr, x + r * 0.6, y + h);
      cairo_line_to (cr, x, y + h / 2);
      cairo_close_path (cr);
    }
  else if (g_strcmp0 (n->subkind, "corridor") == 0)     /* parallelogram */
    {
      cairo_move_to (cr, x + r * 0.6, y);
      cairo_line_to (cr, x + w, y);
      cairo_line_to (cr, x + w - r * 0.6, y + h);
      cairo_line_to (cr, x, y + h);
      cairo_close_path (cr);
    }
  else if (g_strcmp0 (n->subkind, "mechanism") == 0)    /* notched box */
    {
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + w - r * 0.6, y);
      cairo_line_to (cr, x + w, y + r * 0.6);
      cairo_line_to (cr, x + w, y + h);
      cairo_line_to (cr, x, y + h);
      cairo_close_path (cr);
    }
  else if (g_strcmp0 (n->subkind, "zone") == 0)         /* plain box */
    cairo_rectangle (cr, x, y, w, h);
  else                                                  /* cluster and metro: rounded, metro rounder */
    {
      double radius = g_strcmp0 (n->subkind, "metro") == 0 ? r : r * 0.4;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
      cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
      cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
      cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
    }
}

static void
ellipse_path (cairo_t *cr, const CtGraphNode *n)
{
  cairo_save (cr);
  cairo_translate (cr, n->x, n->y);
  cairo_scale (cr, n->width / 2, n->height / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_close_path (cr);
  cairo_restore (cr);
}

static void
label_source (cairo_t *cr, const CtRenderOptions *o, CtNodeKind kind, gboolean lit)
{
  if (kind == CT_NODE_PLACE)
    cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, lit ? 1.0 : 0.25);
  else
    foreground (cr, o, lit ? 1.0 : 0.25);
}

/* SVG writes every show of glyphs as an element with its own style, so
 * there place labels at one pixel per point are queued by size and
 * brightness, each glyph where pango_cairo_show_glyph_string() would put
 * it from the current point, and shown together after the last. */
static void
queue_label (cairo_t *cr, Labels *labels, const CtGraphNode *n, gboolean lit)
{
  GArray **queue = &labels->queued[label_step (n)][lit];
  double x, y;
  int advance = 0;

  cairo_get_current_point (cr, &x, &y);
  if (*queue == NULL)
    *queue = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  for (gint i = 0; i < n->glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *g = &n->glyphs->glyphs[i];
      cairo_glyph_t glyph = { g->glyph, x + (double) (advance + g->geometry.x_offset) / PANGO_SCALE,
                              y + (double) g->geometry.y_offset / PANGO_SCALE };

      g_array_append_val (*queue, glyph);
      advance += g->geometry.width;
    }
}

/* SVG writes a glyph's outline once for each size it is shown at.  Labels
 * of the bigger sizes are shown at the smallest size, in a group that is
 * then scaled up (unhinted outlines scale exactly), so that a character's
 * outline is written once: on a big graph a third fewer outlines, each
 * looked up, loaded and printed. */
static void
show_queued_labels (cairo_t *cr, Labels *labels, const CtRenderOptions *o)
{
  for (guint step = 0; step < N_LABEL_SIZES; step++)
    for (guint lit = 0; lit < 2; lit++)
      {
        GArray *queue = labels->queued[step][lit];
        double ratio = step_size (step) / step_size (0);

        if (queue == NULL)
          continue;
        cairo_save (cr);
        for (guint i = 0; i < queue->len; i++)
          {
            cairo_glyph_t *glyph = &g_array_index (queue, cairo_glyph_t, i);

            cairo_user_to_device (cr, &glyph->x, &glyph->y);
            glyph->x /= ratio;
            glyph->y /= ratio;
          }
        cairo_identity_matrix (cr);
        if (step > 0)
          cairo_push_group (cr);
        cairo_set_scaled_font (cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (size_font (labels, 0))));
        label_source (cr, o, CT_NODE_PLACE, lit);
        cairo_show_glyphs (cr, (cairo_glyph_t *) queue->data, queue->len);
        if (step > 0)
          {
            cairo_matrix_t shrink;

            cairo_pop_group_to_source (cr);
            cairo_matrix_init_scale (&shrink, 1 / ratio, 1 / ratio);
            cairo_pattern_set_matrix (cairo_get_source (cr), &shrink);
            cairo_paint (cr);
          }
        cairo_restore (cr);
        g_clear_pointer (&labels->queued[step][lit], g_array_unref);
      }
}

/* Labels too small to read are noise and are left out.  Elsewhere than at
 * one pixel per point Pango places glyphs on whole pixels, so a label is
 * laid out again at the scale it is drawn. */
static void
draw_label (cairo_t *cr, Labels *labels, const CtGraphNode *n, const CtRenderOptions *o, gboolean lit)
{
  if (label_size (n) * o->scale < MIN_READABLE_PX)
    return;
  label_source (cr, o, n->kind, lit);
  if (labels->as_measured && n->glyphs != NULL)
    {
      cairo_move_to (cr, n->x - n->label_width / (2.0 * PANGO_SCALE), n->y - n->label_height / (2.0 * PANGO_SCALE));
      if (labels->queue_places && n->kind == CT_NODE_PLACE)
        queue_label (cr, labels, n, lit);
      else
        pango_cairo_show_glyph_string (cr, size_font (labels, label_step (n)), n->glyphs);
    }
  else
    {
      PangoLayout *layout = label_layout (labels, n);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      cairo_move_to (cr, n->x - logical.width / (2.0 * PANGO_SCALE), n->y - logical.height / (2.0 * PANGO_SCALE));
      pango_cairo_show_layout (cr, layout);
    }
  /* showing text leaves the current point; the next shape must not start from it */
  cairo_new_path (cr);
}

static void
draw_grouping (cairo_t *cr, Labels *labels, CtGraph *graph, const CtRenderOptions *o, const gboolean *bright,
               guint index)
{
  const CtGraphNode *n = g_ptr_array_index (graph->nodes, index);
  double alpha = bright[index] ? 1.0 : 0.25;

  cairo_save (cr);
  cairo_new_path (cr);
  grouping_path (cr, n);
  if (o->dark)
    cairo_set_source_rgba (cr, 0.30, 0.30, 0.34, alpha);
  else
    cairo_set_source_rgba (cr, 0.93, 0.93, 0.95, alpha);
  cairo_fill_preserve (cr);
  foreground (cr, o, alpha);
  cairo_set_line_width (cr, 1.2);
  if (is_selected (o, index) || (gint) index == o->hover_node)
    {
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 1.0);
      cairo_set_line_width (cr, 3.0);
    }
  stroke (cr);
  draw_label (cr, labels, n, o, bright[index]);
  cairo_restore (cr);
}

typedef enum
{
  OUTLINE_PROVINCE,
  OUTLINE_PREFECTURE,
  OUTLINE_COUNTY,
  OUTLINE_FOCUS,
  N_OUTLINES,
} Outline;

/* The level shows in the outline: thick for a province, dashed for a county. */
static Outline
outline_of (const CtRenderOptions *o, const CtGraphNode *n, guint index)
{
  if (is_selected (o, index) || (gint) index == o->hover_node)
    return OUTLINE_FOCUS;
  if (g_strcmp0 (n->subkind, "province") == 0)
    return OUTLINE_PROVINCE;
  if (g_strcmp0 (n->subkind, "prefecture") == 0)
    return OUTLINE_PREFECTURE;
  return OUTLINE_COUNTY;
}

/* the focus outline is the widest */
static const double outline_widths[N_OUTLINES] = { 2.5, 1.2, 1.0, 3.0 };

static void
outline_style (cairo_t *cr, const CtRenderOptions *o, Outline outline, double alpha)
{
  static const double dash[] = { 3, 2 };

  cairo_set_line_width (cr, outline_widths[outline]);
  cairo_set_dash (cr, dash, outline == OUTLINE_COUNTY ? 2 : 0, 0);
  if (outline == OUTLINE_FOCUS)
    cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 1.0);
  else
    foreground (cr, o, alpha);
}

static gboolean
place_drawn (CtGraph *graph, const CtRenderOptions *o, const Box *box, guint index)
{
  const CtGraphNode *n = g_ptr_array_index (graph->nodes, index);

  return n->kind == CT_NODE_PLACE && node_visible (box, n) && in_subset (o, index);
}

typedef struct
{
  Box box;
  guint index;
} PlaceBox;

static gint
compare_left_edges (gconstpointer a, gconstpointer b)
{
  double d = ((const PlaceBox *) a)->box.x1 - ((const PlaceBox *) b)->box.x1;

  return (d > 0) - (d < 0);
}

/* The places that another comes near: near enough for one's outline, or
 * the pixel antialiasing shades beside it, to meet the other.  For these
 * it shows whether a fill is drawn before or after an outline. */
static gboolean *
touching_places (cairo_t *cr, CtGraph *graph, const CtRenderOptions *o, const Box *box)
{
  gboolean *touching = g_new0 (gboolean, MAX (graph->nodes->len, 1));
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (PlaceBox));
  double pixel = 1, y = 0, reach;

  cairo_device_to_user_distance (cr, &pixel, &y);
  reach = outline_widths[OUTLINE_FOCUS] / 2 + hypot (pixel, y);
  for (guint i = 0; i < graph->nodes->len; i++)
    if (place_drawn (graph, o, box, i))
      {
        const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
        PlaceBox p = { { n->x - n->width / 2 - reach, n->y - n->height / 2 - reach,
                         n->x + n->width / 2 + reach, n->y + n->height / 2 + reach }, i };

        g_array_append_val (boxes, p);
      }
  /* sweep from left to right: only boxes that start before one ends can meet it */
  g_array_sort (boxes, compare_left_edges);
  for (guint a = 0; a < boxes->len; a++)
    {
      const PlaceBox *p = &g_array_index (boxes, PlaceBox, a);

      for (guint b = a + 1; b < boxes->len && g_array_index (boxes, PlaceBox, b).box.x1 <= p->box.x2; b++)
        {
          const PlaceBox *q = &g_array_index (boxes, PlaceBox, b);

          if (q->box.y1 <= p->box.y2 && q->box.y2 >= p->box.y1)
            touching[p->index] = touching[q->index] = TRUE;
        }
    }
  return touching;
}

#define N_COLOURS G_N_ELEMENTS (palette)
#define NO_BATCH G_MAXUINT8

/* The places of batch @b, as ellipses, or as boxes when not @detailed. */
static gboolean
batch_path (cairo_t *cr, CtGraph *graph, const guint8 *batch, guint b, gboolean detailed)
{
  gboolean any = FALSE;

  cairo_new_path (cr);
  for (guint i = 0; i < graph->nodes->len; i++)
    if (batch[i] == b)
      {
        const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

        if (detailed)
          ellipse_path (cr, n);
        else
          cairo_rectangle (cr, n->x - n->width / 2, n->y - n->height / 2, n->width, n->height);
        any = TRUE;
      }
  return any;
}

static void
fill_style (cairo_t *cr, guint colour, guint lit)
{
  cairo_set_source_rgba (cr, palette[colour][0], palette[colour][1], palette[colour][2], lit ? 1.0 : 0.25);
}

/* Places are drawn in batches, which costs a fraction of drawing them one
 * by one: one fill per colour and brightness, one stroke per outline, then
 * the labels over all of them.  SVG writes a fill followed by a stroke of the
 * same path as one element, so there a place near no other (the usual case)
 * is filled and outlined in one go with the others of its colour,
 * brightness and outline, and its ellipse is written once, not twice; places
 * near another are drawn as before, so that no fill covers an outline.
 * Images keep their batches: antialiasing shifts a little with the other
 * shapes of a path, and pictures stay as they were.  Small on screen places
 * are plain boxes with no outline or label, as those could not be seen. */
static void
draw_places (cairo_t *cr, Labels *labels, CtGraph *graph, const CtRenderOptions *o, const gboolean *bright,
             const Box *box)
{
  gboolean detailed = o->scale >= DETAIL_SCALE;
  gboolean svg = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_SVG;
  g_autofree gboolean *touching = detailed && svg ? touching_places (cr, graph, o, box) : NULL;
  g_autofree guint8 *together = g_new (guint8, MAX (graph->nodes->len, 1));
  g_autofree guint8 *fill = g_new (guint8, MAX (graph->nodes->len, 1));
  g_autofree guint8 *outline = g_new (guint8, MAX (graph->nodes->len, 1));

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      guint lit = bright[i];

      together[i] = fill[i] = outline[i] = NO_BATCH;
      if (!place_drawn (graph, o, box, i))
        continue;
      if (!detailed)
        fill[i] = n->colour * 2 + lit;
      else if (touching != NULL && !touching[i])
        together[i] = (n->colour * 2 + lit) * N_OUTLINES + outline_of (o, n, i);
      else
        {
          fill[i] = n->colour * 2 + lit;
          outline[i] = outline_of (o, n, i) * 2 + lit;
        }
    }

  cairo_save (cr);
  for (guint b = 0; touching != NULL && b < N_COLOURS * 2 * N_OUTLINES; b++)
    if (batch_path (cr, graph, together, b, detailed))
      {
        fill_style (cr, b / N_OUTLINES / 2, b / N_OUTLINES % 2);
        cairo_fill_preserve (cr);
        outline_style (cr, o, b % N_OUTLINES, b / N_OUTLINES % 2 ? 1.0 : 0.25);
        stroke (cr);
      }
  for (guint b = 0; b < N_COLOURS * 2; b++)
    if (batch_path (cr, graph, fill, b, detailed))
      {
        fill_style (cr, b / 2, b % 2);
        cairo_fill (cr);
      }
  for (guint b = 0; b < N_OUTLINES * 2; b++)
    if (batch_path (cr, graph, outline, b, detailed))
      {
        outline_style (cr, o, b / 2, b % 2 ? 1.0 : 0.25);
        stroke (cr);
      }
  labels->queue_places = svg;
  for (guint i = 0; detailed && i < graph->nodes->len; i++)
    if (place_drawn (graph, o, box, i))
      draw_label (cr, labels, g_ptr_array_index (graph->nodes, i), o, bright[i]);
  show_queued_labels (cr, labels, o);
  labels->queue_places = FALSE;
  cairo_restore (cr);
}

void
ct_render_graph (cairo_t               *cr,
                 CtGraph               *graph,
                 const CtRenderOptions *options)
{
  g_autofree gboolean *bright = emphasis (graph, options);
  Labels labels = { .cr = cr };
  Box box = visible_box (cr);
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  labels.as_measured = matrix.xx == 1 && matrix.yy == 1 && matrix.xy == 0 && matrix.yx == 0 &&
                       !cairo_surface_has_show_text_glyphs (cairo_get_target (cr));

  cairo_save (cr);
  if (!sharp (graph, options))
    {
      /* small on screen: coarser curves and antialiasing nobody can see */
      cairo_set_tolerance (cr, 1.0);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
    }
  draw_edges (cr, graph, options, bright);
  draw_places (cr, &labels, graph, options, bright, &box);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

      if (n->kind == CT_NODE_GROUPING && node_visible (&box, n) && in_subset (options, i))
        draw_grouping (cr, &labels, graph, options, bright, i);
    }
  cairo_restore (cr);
  labels_clear (&labels);
}

/* Draws the layout from point (@x, @y) on at @pixels_per_point onto a
 * surface whose top left is that point.  The window's pictures and the
 * export of the current view both draw through here, so that the same
 * inputs give the same pixels. */
void
ct_render_area (cairo_t               *cr,
                CtGraph               *graph,
                const CtRenderOptions *options,
                double                 x,
                double                 y,
                double                 pixels_per_point)
{
  cairo_save (cr);
  cairo_scale (cr, pixels_per_point, pixels_per_point);
  cairo_translate (cr, -x, -y);
  ct_render_graph (cr, graph, options);
  cairo_restore (cr);
}

static void
legend_text (cairo_t *cr, const CtRenderOptions *o, double x, double y, const char *text)
{
  g_autoptr(PangoLayout) layout = new_layout (cr, text, 9);

  cairo_move_to (cr, x, y - 7);
  foreground (cr, o, 1.0);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/* In device units, at the top left of what the caller draws. */
void
ct_render_legend (cairo_t               *cr,
                  const CtRenderOptions *options)
{
  static const struct { const char *label; double r, g, b; gboolean dashed; } lines[] = {
    { "协议 agreement", 0.20, 0.40, 0.64, FALSE },
    { "会议 event", 0.80, 0.47, 0.00, TRUE },
    { "协议与会议 both", 0.31, 0.60, 0.02, FALSE },
  };
  static const double dash[] = { 5, 3 };
  double y = 18;

  cairo_save (cr);
  if (options->dark)
    cairo_set_source_rgba (cr, 0.15, 0.15, 0.17, 0.85);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_rectangle (cr, 8, 8, 178, 150);
  cairo_fill (cr);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++, y += 18)
    {
      cairo_set_source_rgb (cr, lines[i].r, lines[i].g, lines[i].b);
      cairo_set_line_width (cr, 2.5);
      cairo_set_dash (cr, dash, lines[i].dashed ? 2 : 0, 0);
      cairo_move_to (cr, 16, y);
      cairo_line_to (cr, 46, y);
      cairo_stroke (cr);
      legend_text (cr, options, 54, y, lines[i].label);
    }
  cairo_set_dash (cr, dash, 2, 0);
  foreground (cr, options, 0.6);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, 16, y);
  cairo_line_to (cr, 46, y);
  cairo_stroke (cr);
  legend_text (cr, options, 54, y, "成员 membership");
  y += 20;
  cairo_set_dash (cr, NULL, 0, 0);
  {
    static const struct { const char *label; double width; gboolean dashed; } levels[] = {
      { "省级 province", 2.5, FALSE }, { "地级 prefecture", 1.2, FALSE }, { "县级 county", 1.0, TRUE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (levels); i++, y += 18)
      {
        static const double dot_dash[] = { 3, 2 };

        cairo_save (cr);
        cairo_new_path (cr);
        cairo_translate (cr, 31, y);
        cairo_scale (cr, 14, 7);
        cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
        cairo_restore (cr);
        cairo_set_source_rgb (cr, palette[0][0], palette[0][1], palette[0][2]);
        cairo_fill_preserve (cr);
        foreground (cr, options, 1.0);
        cairo_set_line_width (cr, levels[i].width);
        cairo_set_dash (cr, dot_dash, levels[i].dashed ? 2 : 0, 0);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        legend_text (cr, options, 54, y, levels[i].label);
      }
  }
  cairo_restore (cr);
}

gint
ct_render_hit_node (CtGraph *graph,
                    double   x,
                    double   y)
{
  for (guint i = graph->nodes->len; i-- > 0;)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      double dx = (x - n->x) / (n->width / 2), dy = (y - n->y) / (n->height / 2);

      if (n->kind == CT_NODE_PLACE ? dx * dx + dy * dy <= 1.0 : fabs (dx) <= 1.0 && fabs (dy) <= 1.0)
        return i;
    }
  return -1;
}

/* The edge under (x, y) among those drawn with @options (a time filter hides some). */
gint
ct_render_hit_edge (CtGraph               *graph,
                    const CtRenderOptions *options,
                    double   x,
                    double   y,
                    double   tolerance)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  gint found = -1;

  cairo_set_line_width (cr, 2 * tolerance);
  for (guint i = graph->edges->len; i-- > 0 && found < 0;)
    {
      if (!ct_render_edge_visible (graph, options, i))
        continue;
      cairo_new_path (cr);
      edge_path (cr, graph, g_ptr_array_index (graph->edges, i));
      if (cairo_in_stroke (cr, x, y))
        found = i;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}
