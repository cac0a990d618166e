/* ct-unwrap.h: text hard-wrapped at a fixed width, as PDF dumps are, joined
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ct_unwrap (const char *text);

G_END_DECLS
