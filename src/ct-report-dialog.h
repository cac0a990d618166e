/* ct-report-dialog.h: a report of many lines, its first line above a list of the others
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwMessageDialog *ct_report_dialog_new (GtkWindow  *parent,
                                        const char *heading,
                                        const char *report);

G_END_DECLS
