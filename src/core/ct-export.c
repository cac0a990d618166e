/* ct-export.c: the graph as a picture: PNG, SVG, PDF, drawn like the screen
 *
 * The same renderer as the window draws onto a Cairo image, SVG or PDF
 * surface; layout points map 1:1 to SVG and PDF points.  Cairo writes SVG
 * text as glyph outlines (it renders anywhere, without fonts) and embeds a
 * subset of the CJK font in PDF.  Every file is written beside its target
 * under a temporary name and renamed into place, so a failure leaves no
 * partial file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ct-export.h"
#include "ct-png.h"
#include "ct-render.h"

#define MARGIN 20.0

/* Chinese labels need a CJK font; without one every label would be boxes. */
gboolean
ct_export_check_font (GError **error)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  PangoFontDescription *description = pango_font_description_from_string (CT_RENDER_FONT " 10");
  PangoFont *font = pango_font_map_load_font (map, context, description);
  gboolean covered = FALSE;

  if (font != NULL)
    {
      PangoCoverage *coverage = pango_font_get_coverage (font, pango_language_from_string ("zh-cn"));

      covered = pango_coverage_get (coverage, 0x57ce) == PANGO_COVERAGE_EXACT;   /* 城 */
      g_object_unref (coverage);
      g_object_unref (font);
    }
  pango_font_description_free (description);
  g_object_unref (context);
  if (!covered)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("no font with Chinese characters was found (install “%s”, Debian package fonts-noto-cjk)"),
                 CT_RENDER_FONT);
  return covered;
}

void
ct_export_options_init (CtExportOptions *options)
{
  *options = (CtExportOptions) { .scale = 1.0, .legend = TRUE, .background = { 1, 1, 1, 1 }, .graph = TRUE };
  ct_render_options_init (&options->render);
  options->timeline_view.selected = options->timeline_view.hover = -1;
}

/* The parts of a picture, in points: the graph above, the timeline below. */
typedef struct
{
  double width;
  double graph_height;
  double timeline_height;
} Frame;

#define TIMELINE_HEIGHT 150.0   /* four lanes and the axis */
#define TIMELINE_WIDTH 1000.0   /* the timeline alone, unless the window gives its own size */

static Frame
frame_of (CtGraph *graph, const CtExportOptions *o, const CtTimelineLanes *lanes)
{
  Frame f = { 0, 0, 0 };

  if (!o->graph)
    {
      f.width = o->timeline_view.width > 0 ? o->timeline_view.width : TIMELINE_WIDTH;
      f.timeline_height = MAX (ct_timeline_min_height (lanes), o->timeline_view.height > 0 ? o->timeline_view.height
                                                                                            : TIMELINE_HEIGHT);
      return f;
    }
  if (o->view)
    {
      f.width = o->view_width;
      f.graph_height = o->view_height;
    }
  else
    {
      f.width = graph->width + 2 * MARGIN + (o->legend ? CT_RENDER_LEGEND_WIDTH : 0);
      f.graph_height = MAX (graph->height, o->legend ? CT_RENDER_LEGEND_HEIGHT : 0) + 2 * MARGIN;
    }
  if (o->timeline)
    f.timeline_height = MAX (ct_timeline_min_height (lanes), TIMELINE_HEIGHT);
  return f;
}

/* In an image of the current view the graph and the legend are drawn each
 * on a transparent layer and then laid over the background, as the window
 * composites them: the pixels come out the same, not off by a rounding
 * where strokes overlap.  Elsewhere they are drawn straight onto the page. */
static gboolean
layered (cairo_t *cr, const CtExportOptions *o)
{
  return o->view && cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE;
}

static void
begin_layer (cairo_t *cr, const CtExportOptions *o)
{
  if (layered (cr, o))
    cairo_push_group (cr);
  else
    cairo_save (cr);
}

static void
end_layer (cairo_t *cr, const CtExportOptions *o)
{
  if (layered (cr, o))
    {
      cairo_pop_group_to_source (cr);
      cairo_paint (cr);
    }
  else
    cairo_restore (cr);
}

static void
draw_graph (cairo_t *cr, CtGraph *graph, const CtExportOptions *o, CtRenderOptions *render, double pixels)
{
  begin_layer (cr, o);
  if (o->view)
    {
      cairo_translate (cr, o->view_x, o->view_y);
      cairo_scale (cr, o->view_zoom, o->view_zoom);
    }
  else
    cairo_translate (cr, MARGIN + (o->legend ? CT_RENDER_LEGEND_WIDTH : 0), MARGIN);
  render->scale = pixels * (o->view ? o->view_zoom : 1.0);
  ct_render_graph (cr, graph, render);
  end_layer (cr, o);
}

/* The current view as the window shows it: its picture drawn the same way
 * and laid on the page where the window lays it, on a whole pixel. */
static void
draw_view_picture (cairo_t *cr, CtGraph *graph, const CtExportOptions *o, CtRenderOptions *render, double pixels)
{
  cairo_surface_t *picture = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, o->picture_width, o->picture_height);
  cairo_t *picture_cr = cairo_create (picture);

  render->scale = o->view_zoom;
  ct_render_area (picture_cr, graph, render, o->picture_x, o->picture_y, o->view_zoom * pixels);
  cairo_destroy (picture_cr);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, picture, round ((o->view_x + o->picture_x * o->view_zoom) * pixels),
                            round ((o->view_y + o->picture_y * o->view_zoom) * pixels));
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (picture);
}

/* @pixels: device pixels per point of the surface (the PNG scale, 1 for vectors). */
static void
draw (cairo_t *cr, CtGraph *graph, const CtExportOptions *o, const CtTimelineLanes *lanes, const Frame *f,
      double pixels)
{
  CtRenderOptions render = o->render;

  cairo_scale (cr, pixels, pixels);
  if (o->background[3] > 0)
    {
      cairo_set_source_rgba (cr, o->background[0], o->background[1], o->background[2], o->background[3]);
      cairo_paint (cr);
    }
  if (o->graph)
    {
      cairo_save (cr);
      cairo_rectangle (cr, 0, 0, f->width, f->graph_height);
      cairo_clip (cr);
      if (o->view && o->picture_width > 0 && cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
        draw_view_picture (cr, graph, o, &render, pixels);
      else
        draw_graph (cr, graph, o, &render, pixels);
      cairo_restore (cr);
      if (o->legend)
        {
          begin_layer (cr, o);
          ct_render_legend (cr, &render);
          end_layer (cr, o);
        }
    }
  if (f->timeline_height > 0)
    {
      CtTimelineView view = o->timeline_view;

      if (view.last <= view.first)
        {
          view.first = lanes->first;
          view.last = lanes->last;
        }
      view.width = f->width;
      view.height = f->timeline_height;
      view.dark = render.dark;
      cairo_translate (cr, 0, f->graph_height);
      ct_timeline_render (cr, lanes, &view);
    }
}

static char *
temporary_beside (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", base);
  char *temp = g_build_filename (dir, template, NULL);
  int fd = g_mkstemp (temp);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      g_free (temp);
      return NULL;
    }
  close (fd);
  return temp;
}

gboolean
ct_export_picture (CtGraph               *graph,
                   const char            *path,
                   const CtExportOptions *options,
                   GError               **error)
{
  g_autoptr(CtTimelineLanes) lanes = ct_timeline_lanes_new (graph);
  Frame frame = frame_of (graph, options, lanes);
  double width = frame.width, height = frame.graph_height + frame.timeline_height;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *temp = NULL;
  cairo_surface_t *surface;
  gboolean written;
  cairo_t *cr;

  if (!ct_export_check_font (error))
    return FALSE;
  temp = temporary_beside (path, error);
  if (temp == NULL)
    return FALSE;

  if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create (temp, width, height);
  else if (g_str_has_suffix (lower, ".pdf"))
    surface = cairo_pdf_surface_create (temp, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * options->scale),
                                          (int) ceil (height * options->scale));
  cr = cairo_create (surface);
  draw (cr, graph, options, lanes, &frame,
        cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE ? options->scale : 1.0);
  cairo_destroy (cr);
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    written = ct_png_write (surface, temp, error);
  else
    {
      cairo_surface_finish (surface);
      written = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS;
      if (!written)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (cairo_surface_status (surface)));
    }
  cairo_surface_destroy (surface);

  /* mkstemp made it private; a picture is for sharing */
  if (written)
    g_chmod (temp, 0644);
  if (written && g_rename (temp, path) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", g_strerror (errno));
      written = FALSE;
    }
  if (!written)
    g_unlink (temp);
  return written;
}
