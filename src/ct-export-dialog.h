/* ct-export-dialog.h: what to export: format, content, scale, background, legend, timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  CT_EXPORT_WHOLE_GRAPH,
  CT_EXPORT_CURRENT_VIEW,
  CT_EXPORT_TIMELINE_ONLY,
} CtExportContent;

typedef enum
{
  CT_EXPORT_BACKGROUND_THEME,
  CT_EXPORT_BACKGROUND_WHITE,
  CT_EXPORT_BACKGROUND_TRANSPARENT,
} CtExportBackground;

/* The user's choice; formats are named by their file extension. */
typedef struct
{
  const char *extension;        /* png, svg, pdf, dot, gexf, graphml, json, csv */
  CtExportContent content;
  guint scale;                  /* 1, 2 or 4 */
  CtExportBackground background;
  gboolean legend;
  gboolean timeline;
  gboolean highlight;           /* the selection as on screen */
} CtExportChoice;

#define CT_TYPE_EXPORT_DIALOG (ct_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CtExportDialog, ct_export_dialog, CT, EXPORT_DIALOG, AdwMessageDialog)

CtExportDialog *ct_export_dialog_new        (GtkWindow       *parent,
                                             GSettings       *settings);
void            ct_export_dialog_get_choice (CtExportDialog  *self,
                                             CtExportChoice  *choice);
void            ct_export_choice_init       (CtExportChoice  *choice);

G_END_DECLS
