/* ct-html.h: the readable text of an HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  ct_html_sniff   (const char *file_name,
                           const char *text);
char     *ct_html_to_text (const char *html,
                           char      **published);

G_END_DECLS
