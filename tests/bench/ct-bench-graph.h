/* ct-bench-graph.h: graphs for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-graph.h"

G_BEGIN_DECLS

CtGraph *ct_bench_synthetic_graph (guint       n_nodes,
                                   guint       n_edges);
CtGraph *ct_bench_bundled_graph   (const char *dir);

G_END_DECLS
