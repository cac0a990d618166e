/* ct-document-view.h: one document's text with what was extracted highlighted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-highlights.h"
#include "ct-window.h"

G_BEGIN_DECLS

#define CT_TYPE_DOCUMENT_VIEW (ct_document_view_get_type ())

G_DECLARE_FINAL_TYPE (CtDocumentView, ct_document_view, CT, DOCUMENT_VIEW, AdwWindow)

CtDocumentView *ct_document_view_new            (CtWindow       *window,
                                                 gint64          document_id,
                                                 GError        **error);
gboolean        ct_document_view_show_sentence  (CtDocumentView *self,
                                                 const char     *sentence);
GtkTextView    *ct_document_view_get_text_view  (CtDocumentView *self);
gboolean        ct_document_view_is_highlighted (CtDocumentView *self,
                                                 CtHighlightKind kind,
                                                 const char     *key);
gboolean        ct_document_view_activate_at    (CtDocumentView *self,
                                                 gint            offset);
gboolean        ct_document_view_set_date       (CtDocumentView *self,
                                                 const char     *date,
                                                 GError        **error);

G_END_DECLS
