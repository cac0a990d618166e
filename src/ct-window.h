/* ct-window.h: the main window: graph, details and timeline of one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-export-dialog.h"
#include "ct-graph-view.h"

G_BEGIN_DECLS

#define CT_TYPE_WINDOW (ct_window_get_type ())

G_DECLARE_FINAL_TYPE (CtWindow, ct_window, CT, WINDOW, AdwApplicationWindow)

CtWindow   *ct_window_new              (GtkApplication *application,
                                        const char     *project);
gboolean    ct_window_is_laying_out    (CtWindow       *self);
const char *ct_window_get_engine       (CtWindow       *self);
void        ct_window_set_engine       (CtWindow       *self,
                                        const char     *engine);
const char *ct_window_get_details_text (CtWindow       *self);
char       *ct_window_export_to        (CtWindow             *self,
                                        const char           *path,
                                        const CtExportChoice *choice,
                                        GError              **error);
void        ct_window_import           (CtWindow       *self,
                                        const char * const *paths);
gboolean    ct_window_is_importing     (CtWindow       *self);
const char *ct_window_get_import_report (CtWindow      *self);
void        ct_window_set_time_range   (CtWindow       *self,
                                        double          from,
                                        double          to);
CtGraphView *ct_window_get_graph_view  (CtWindow       *self);
const char *ct_window_get_project      (CtWindow       *self);
gboolean    ct_window_is_read_only     (CtWindow       *self);
typedef struct _CtDocumentView CtDocumentView;
CtDocumentView *ct_window_show_document (CtWindow      *self,
                                        const char     *name,
                                        const char     *sentence);
void        ct_window_reload           (CtWindow       *self);
void        ct_window_toast            (CtWindow       *self,
                                        const char     *message,
                                        gboolean        undoable);

G_END_DECLS
