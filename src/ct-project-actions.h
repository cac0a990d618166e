/* ct-project-actions.h: New Project, Open Project, Open Recent and Save a Copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

void        ct_project_actions_install     (CtWindow   *window);
void        ct_project_actions_remember    (const char *path);
GMenuModel *ct_project_actions_recent_menu (void);

G_END_DECLS
