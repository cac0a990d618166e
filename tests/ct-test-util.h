/* ct-test-util.h: shared helpers for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ct-document.h"
#include "ct-extraction.h"

G_BEGIN_DECLS

CtDocument   *ct_test_document_from_text (const char *text);
CtExtraction *ct_test_extract_text       (const char *text);
char         *ct_test_source_path        (const char *first, ...) G_GNUC_NULL_TERMINATED;
gboolean      ct_test_has_place          (CtExtraction *extraction,
                                          const char   *path);
gboolean      ct_test_has_tie            (CtExtraction *extraction,
                                          const char   *a,
                                          const char   *b);

G_END_DECLS
