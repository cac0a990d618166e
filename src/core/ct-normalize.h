/* ct-normalize.h: the form of a text the extractor reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gunichar *ct_normalize            (const char *utf8,
                                   glong      *n_chars);
gunichar  ct_normalize_fold_width (gunichar    c);

G_END_DECLS
