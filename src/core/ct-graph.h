/* ct-graph.h: the cooperation graph as the window and exports draw it
 *
 * A graph is built and laid out by one owner, then only read: from then on
 * it may be shared by reference, also with threads that draw it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <pango/pango.h>

#include "ct-date.h"

G_BEGIN_DECLS

typedef enum
{
  CT_NODE_PLACE,
  CT_NODE_GROUPING,
} CtNodeKind;

typedef struct
{
  char *id;             /* division code, or "grouping:NAME" */
  char *label;          /* 上海市, 长三角…联盟 */
  char *detail;         /* full path or grouping kind */
  CtNodeKind kind;
  char *subkind;        /* level (province, prefecture, county) or grouping kind */
  char *province;       /* colour key */
  guint degree;         /* ties */
  guint colour;         /* index of the province among the graph's provinces */
  double lng, lat;      /* centre of a place; NAN for groupings */
  /* layout, in points, y down; filled by ct_layout_run() */
  double x, y, width, height;
  /* the label as ct_render_measure() shaped it, at one pixel per point:
   * its logical size in Pango units, and its glyphs when they can be drawn
   * on their own (else NULL) */
  int label_width, label_height;
  PangoGlyphString *glyphs;
} CtGraphNode;

typedef struct
{
  char *via;
  char *kind;           /* agreement, event, grouping, joint */
  CtDate date;
  char *document;
  char *sentence;
} CtGraphReason;

typedef struct
{
  guint source;
  guint target;
  gboolean membership;
  guint agreements;
  guint events;
  GArray *reasons;      /* CtGraphReason */
  GArray *points;       /* graphene-free: pairs of doubles, cubic Bézier control points from the layout */
} CtGraphEdge;

typedef struct
{
  char *title;
  gboolean is_event;
  CtDate start;
  CtDate end;
  char *place;          /* name, or NULL */
  char *document;
  char *sentence;
  GPtrArray *codes;     /* participants or parties */
} CtGraphItem;

typedef struct
{
  GPtrArray *nodes;     /* CtGraphNode */
  GPtrArray *edges;     /* CtGraphEdge */
  GPtrArray *items;     /* CtGraphItem: agreements and events for the timeline */
  double width, height; /* bounding box of the layout */
} CtGraph;

CtGraph *ct_graph_new_from_export (JsonNode   *export);
CtGraph *ct_graph_ref             (CtGraph    *self);
void     ct_graph_unref           (CtGraph    *self);
gint     ct_graph_find_node       (CtGraph    *self,
                                   const char *id);
void     ct_graph_keep_between    (CtGraph    *self,
                                   double      from,
                                   double      to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtGraph, ct_graph_unref)

G_END_DECLS
