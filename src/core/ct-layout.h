/* ct-layout.h: node positions and edge routes from Graphviz
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-graph.h"

G_BEGIN_DECLS

extern const char * const ct_layout_engines[];

gboolean ct_layout_run (CtGraph     *graph,
                        const char  *engine,
                        GError     **error);

G_END_DECLS
