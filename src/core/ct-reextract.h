/* ct-reextract.h: extracting a project's documents again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

gboolean ct_reextract (CtStore       *store,
                       const char    *content_hash,
                       GCancellable  *cancellable,
                       guint         *n_documents,
                       GError       **error);

G_END_DECLS
