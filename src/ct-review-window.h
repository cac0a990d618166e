/* ct-review-window.h: the least certain places and ties, to confirm or reject one key at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-curation.h"

G_BEGIN_DECLS

#define CT_TYPE_REVIEW_WINDOW (ct_review_window_get_type ())

G_DECLARE_FINAL_TYPE (CtReviewWindow, ct_review_window, CT, REVIEW_WINDOW, AdwWindow)

CtReviewWindow *ct_review_window_new     (CtWindow       *window,
                                          CtCuration     *curation);
guint           ct_review_window_count   (CtReviewWindow *self);
gboolean        ct_review_window_decide  (CtReviewWindow *self,
                                          gboolean        right);

G_END_DECLS
