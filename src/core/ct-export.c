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

static void
draw (cairo_t *cr, CtGraph *graph, const CtExportOptions *options, double scale)
{
  CtRenderOptions render;

  ct_render_options_init (&render);
  render.scale = scale;
  if (!options->transparent)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, MARGIN + (options->legend ? CT_RENDER_LEGEND_WIDTH : 0), MARGIN);
  ct_render_graph (cr, graph, &render);
  cairo_restore (cr);
  if (options->legend)
    {
      cairo_save (cr);
      cairo_scale (cr, scale, scale);
      ct_render_legend (cr, &render);
      cairo_restore (cr);
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
  double width = graph->width + 2 * MARGIN + (options->legend ? CT_RENDER_LEGEND_WIDTH : 0);
  double height = MAX (graph->height, options->legend ? CT_RENDER_LEGEND_HEIGHT : 0) + 2 * MARGIN;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *temp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
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
  draw (cr, graph, options, cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE ? options->scale : 1.0);
  cairo_destroy (cr);
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png (surface, temp);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  /* mkstemp made it private; a picture is for sharing */
  if (status == CAIRO_STATUS_SUCCESS)
    g_chmod (temp, 0644);
  if (status != CAIRO_STATUS_SUCCESS || g_rename (temp, path) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                   status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status) : g_strerror (errno));
      g_unlink (temp);
      return FALSE;
    }
  return TRUE;
}
