/* ct-background.h: work that yields to the frames on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void ct_background_run (GTask           *task,
                        GTaskThreadFunc  func);

G_END_DECLS
