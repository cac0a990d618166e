/* ct-export-data.h: the graph for other tools: DOT, GEXF, GraphML, CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-graph.h"

G_BEGIN_DECLS

gboolean ct_export_data_format_known (const char  *path);
gboolean ct_export_data              (CtGraph     *graph,
                                      const char  *path,
                                      GError     **error);

G_END_DECLS
