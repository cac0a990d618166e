/* ct-curation.h: correcting the graph from the window: rename, merge, mark as wrong, add a tie, undo, redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-edits.h"
#include "ct-window.h"

G_BEGIN_DECLS

typedef struct _CtCuration CtCuration;

CtCuration *ct_curation_new    (CtWindow     *window);
void        ct_curation_update (CtCuration   *self);
gboolean    ct_curation_apply  (CtCuration   *self,
                                const CtEdit *edit,
                                const char   *done);
void        ct_curation_free   (CtCuration   *self);

G_END_DECLS
