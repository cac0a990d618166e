/* ct-documents-page.h: the project's documents: title, date, file, counts; sorted and searched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CT_TYPE_DOCUMENTS_PAGE (ct_documents_page_get_type ())

G_DECLARE_FINAL_TYPE (CtDocumentsPage, ct_documents_page, CT, DOCUMENTS_PAGE, GtkBox)

void   ct_documents_page_load     (CtDocumentsPage *self,
                                   const char      *project);
void   ct_documents_page_search   (CtDocumentsPage *self,
                                   const char      *query);
gboolean ct_documents_page_is_loading (CtDocumentsPage *self);
guint  ct_documents_page_count    (CtDocumentsPage *self);
gint64 ct_documents_page_get_id   (CtDocumentsPage *self,
                                   guint            row);
const char *ct_documents_page_get_published (CtDocumentsPage *self,
                                             guint            row);
const char *ct_documents_page_get_snippet (CtDocumentsPage *self,
                                           guint            row);

G_END_DECLS
