/* ct-layout.c: node positions and edge routes from Graphviz
 *
 * Graphviz is not thread-safe (GRAPHVIZ.md §2): every cgraph and gvc call,
 * graph building included, runs under one process-wide lock, so layouts may
 * run in a worker thread.  Nodes are given the sizes we measured with Pango
 * (fixedsize, empty labels): Graphviz only places boxes, we draw everything.
 * Results are copied out into the CtGraph in points with y pointing down.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <graphviz/gvc.h>

#include "ct-layout.h"

const char * const ct_layout_engines[] = { "dot", "neato", "fdp", "sfdp", "circo", "twopi", NULL };

G_LOCK_DEFINE_STATIC (graphviz);

#define BIG_GRAPH 300

static GVC_t *
context (void)
{
  static GVC_t *gvc;

  if (gvc == NULL)
    gvc = gvContext ();
  return gvc;
}

static void
set (void *object, const char *name, double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  agsafeset (object, (char *) name, g_ascii_formatd (text, sizeof text, "%.4f", value), "");
}

static void
copy_edge_route (CtGraphEdge *edge, Agedge_t *e, double top, gboolean reversed)
{
  splines *spl = ED_spl (e);

  g_array_set_size (edge->points, 0);
  if (spl == NULL || spl->size < 1)
    return;
  {
    bezier *bz = &spl->list[0];

    for (size_t i = 0; i < (size_t) bz->size; i++)
      {
        size_t k = reversed ? (size_t) bz->size - 1 - i : i;
        double xy[2] = { bz->list[k].x, top - bz->list[k].y };

        g_array_append_vals (edge->points, xy, 2);
      }
  }
}

gboolean
ct_layout_run (CtGraph     *graph,
               const char  *engine,
               GError     **error)
{
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, MAX (graph->nodes->len, 1));
  g_autofree Agedge_t **edges = g_new0 (Agedge_t *, MAX (graph->edges->len, 1));
  gboolean ok = TRUE;
  Agraph_t *g;

  G_LOCK (graphviz);
  g = agopen ((char *) "cityties", Agundirected, NULL);
  /* Routing splines around nodes and removing overlaps are what make big
   * layouts slow; past a few hundred nodes straight edges and scaling. */
  agattr (g, AGRAPH, (char *) "overlap", (char *) (graph->nodes->len <= BIG_GRAPH ? "false" : "prism"));
  agattr (g, AGRAPH, (char *) "splines", (char *) (graph->nodes->len <= BIG_GRAPH ? "true" : "line"));
  agattr (g, AGRAPH, (char *) "sep", (char *) "+8");
  agattr (g, AGRAPH, (char *) "nodesep", (char *) "0.3");
  agattr (g, AGRAPH, (char *) "outputorder", (char *) "edgesfirst");
  agattr (g, AGNODE, (char *) "shape", (char *) "ellipse");
  agattr (g, AGNODE, (char *) "fixedsize", (char *) "true");
  agattr (g, AGNODE, (char *) "label", (char *) "");
  agattr (g, AGNODE, (char *) "width", (char *) "0.75");
  agattr (g, AGNODE, (char *) "height", (char *) "0.5");
  agattr (g, AGEDGE, (char *) "len", (char *) "1.6");
  agattr (g, AGEDGE, (char *) "weight", (char *) "1");

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      char name[32];

      g_snprintf (name, sizeof name, "n%u", i);
      nodes[i] = agnode (g, name, 1);
      set (nodes[i], "width", n->width / 72.0);
      set (nodes[i], "height", n->height / 72.0);
      if (n->kind == CT_NODE_GROUPING)
        agsafeset (nodes[i], (char *) "shape", (char *) "box", (char *) "");
    }
  for (guint i = 0; i < graph->edges->len; i++)
    {
      CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

      edges[i] = agedge (g, nodes[e->source], nodes[e->target], NULL, 1);
      if (e->membership)
        set (edges[i], "len", 1.0);
    }

  if (gvLayout (context (), g, engine) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Graphviz could not lay out the graph with “%s”", engine);
      ok = FALSE;
    }
  else
    {
      boxf bb = GD_bb (g);

      graph->width = bb.UR.x - bb.LL.x;
      graph->height = bb.UR.y - bb.LL.y;
      for (guint i = 0; i < graph->nodes->len; i++)
        {
          CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

          n->x = ND_coord (nodes[i]).x - bb.LL.x;
          n->y = bb.UR.y - ND_coord (nodes[i]).y;
        }
      for (guint i = 0; i < graph->edges->len; i++)
        {
          CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

          /* an undirected edge may come back tail and head swapped */
          copy_edge_route (e, edges[i], bb.UR.y, agtail (edges[i]) != nodes[e->source]);
          for (guint k = 0; k < e->points->len; k += 2)
            g_array_index (e->points, double, k) -= bb.LL.x;
        }
      gvFreeLayout (context (), g);
    }
  agclose (g);
  G_UNLOCK (graphviz);
  return ok;
}
