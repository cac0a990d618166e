/* ct-graph.c: the cooperation graph as the window and exports draw it
 *
 * Built from the project's export (the same JSON `cityties --export` writes),
 * so the window, the exports and other tools all see one graph.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "ct-graph.h"

static void
free_node (gpointer data)
{
  CtGraphNode *n = data;

  g_free (n->id);
  g_free (n->label);
  g_free (n->detail);
  g_free (n->subkind);
  g_free (n->province);
  g_clear_pointer (&n->glyphs, pango_glyph_string_free);
  g_free (n);
}

static void
clear_reason (gpointer data)
{
  CtGraphReason *r = data;

  g_free (r->via);
  g_free (r->kind);
  g_free (r->document);
  g_free (r->sentence);
}

static void
free_edge (gpointer data)
{
  CtGraphEdge *e = data;

  g_array_unref (e->reasons);
  g_array_unref (e->points);
  g_free (e);
}

static void
free_item (gpointer data)
{
  CtGraphItem *i = data;

  g_free (i->title);
  g_free (i->place);
  g_free (i->document);
  g_free (i->sentence);
  g_ptr_array_unref (i->codes);
  g_free (i);
}

static const char *
member_string (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_string (n) : NULL;
}

static CtDate
member_date (JsonObject *o, const char *key)
{
  CtDate d;

  ct_date_parse (member_string (o, key), &d);
  return d;
}

static const char *
evidence_sentence (JsonObject *o)
{
  JsonNode *n = json_object_get_member (o, "evidence");

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? member_string (json_node_get_object (n), "sentence") : NULL;
}

gint
ct_graph_find_node (CtGraph    *self,
                    const char *id)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (g_str_equal (((CtGraphNode *) g_ptr_array_index (self->nodes, i))->id, id))
      return i;
  return -1;
}

static void
read_nodes (CtGraph *self, JsonArray *nodes)
{
  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *o = json_array_get_object_element (nodes, i);
      CtGraphNode *n = g_new0 (CtGraphNode, 1);
      gboolean place = g_strcmp0 (member_string (o, "kind"), "place") == 0;

      n->id = g_strdup (member_string (o, "id"));
      n->label = g_strdup (member_string (o, "name"));
      n->kind = place ? CT_NODE_PLACE : CT_NODE_GROUPING;
      n->subkind = g_strdup (place ? member_string (o, "level") : member_string (o, "kind"));
      n->detail = g_strdup (place ? member_string (o, "path") : member_string (o, "kind"));
      n->province = g_strdup (place ? member_string (o, "province") : NULL);
      n->lng = place && json_object_has_member (o, "lng") ? json_object_get_double_member (o, "lng") : NAN;
      n->lat = place && json_object_has_member (o, "lat") ? json_object_get_double_member (o, "lat") : NAN;
      g_ptr_array_add (self->nodes, n);
    }
}

static void
read_edges (CtGraph *self, JsonArray *edges)
{
  for (guint i = 0; i < json_array_get_length (edges); i++)
    {
      JsonObject *o = json_array_get_object_element (edges, i);
      gint source = ct_graph_find_node (self, member_string (o, "source"));
      gint target = ct_graph_find_node (self, member_string (o, "target"));
      CtGraphEdge *e;

      if (source < 0 || target < 0)
        continue;
      e = g_new0 (CtGraphEdge, 1);
      e->source = source;
      e->target = target;
      e->membership = g_strcmp0 (member_string (o, "kind"), "membership") == 0;
      e->reasons = g_array_new (FALSE, TRUE, sizeof (CtGraphReason));
      g_array_set_clear_func (e->reasons, clear_reason);
      e->points = g_array_new (FALSE, FALSE, sizeof (double));
      if (json_object_has_member (o, "reasons"))
        {
          JsonArray *reasons = json_object_get_array_member (o, "reasons");

          for (guint k = 0; k < json_array_get_length (reasons); k++)
            {
              JsonObject *r = json_array_get_object_element (reasons, k);
              CtGraphReason reason = {
                g_strdup (member_string (r, "via")), g_strdup (member_string (r, "kind")),
                member_date (r, "date"), g_strdup (member_string (r, "document")), g_strdup (evidence_sentence (r)),
              };

              e->agreements += g_strcmp0 (reason.kind, "agreement") == 0;
              e->events += g_strcmp0 (reason.kind, "event") == 0;
              g_array_append_val (e->reasons, reason);
            }
          ((CtGraphNode *) g_ptr_array_index (self->nodes, source))->degree++;
          ((CtGraphNode *) g_ptr_array_index (self->nodes, target))->degree++;
        }
      g_ptr_array_add (self->edges, e);
    }
}

static void
read_items (CtGraph *self, JsonArray *items, gboolean events)
{
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *o = json_array_get_object_element (items, i);
      CtGraphItem *item = g_new0 (CtGraphItem, 1);
      JsonArray *codes = json_object_get_array_member (o, events ? "participants" : "parties");
      const char *place = events ? member_string (o, "place") : NULL;
      gint place_node = place ? ct_graph_find_node (self, place) : -1;

      item->title = g_strdup (member_string (o, "title"));
      item->is_event = events;
      item->start = member_date (o, events ? "start" : "date");
      item->end = events ? member_date (o, "end") : CT_DATE_NONE;
      item->place = place_node >= 0 ? g_strdup (((CtGraphNode *) g_ptr_array_index (self->nodes, place_node))->label) : NULL;
      item->document = g_strdup (member_string (o, "document"));
      item->sentence = g_strdup (evidence_sentence (o));
      item->codes = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; codes != NULL && k < json_array_get_length (codes); k++)
        g_ptr_array_add (item->codes, g_strdup (json_array_get_string_element (codes, k)));
      g_ptr_array_add (self->items, item);
    }
}

static gboolean
dated_between (const CtGraphEdge *e, double from, double to)
{
  for (guint k = 0; k < e->reasons->len; k++)
    {
      const CtDate *d = &g_array_index (e->reasons, CtGraphReason, k).date;
      double first, last;

      if (d->precision == CT_PRECISION_NONE || d->year == 0)
        continue;
      ct_date_month_span (d, &first, &last);
      if (last >= from && first <= to)
        return TRUE;
    }
  return FALSE;
}

/* Keeps only the ties with a reason dated in [@from, @to] (months since
 * year 0); memberships and undated ties go.  Nodes stay, so a layout of the
 * whole graph still fits. */
void
ct_graph_keep_between (CtGraph *self,
                       double   from,
                       double   to)
{
  for (guint i = self->edges->len; i-- > 0;)
    if (!dated_between (g_ptr_array_index (self->edges, i), from, to))
      g_ptr_array_remove_index (self->edges, i);
}

CtGraph *
ct_graph_new_from_export (JsonNode *export)
{
  CtGraph *self = g_atomic_rc_box_new0 (CtGraph);
  JsonObject *root = json_node_get_object (export);

  self->nodes = g_ptr_array_new_with_free_func (free_node);
  self->edges = g_ptr_array_new_with_free_func (free_edge);
  self->items = g_ptr_array_new_with_free_func (free_item);
  read_nodes (self, json_object_get_array_member (root, "nodes"));
  read_edges (self, json_object_get_array_member (root, "edges"));
  if (json_object_has_member (root, "agreements"))
    read_items (self, json_object_get_array_member (root, "agreements"), FALSE);
  if (json_object_has_member (root, "events"))
    read_items (self, json_object_get_array_member (root, "events"), TRUE);
  return self;
}

CtGraph *
ct_graph_ref (CtGraph *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
clear_graph (gpointer data)
{
  CtGraph *self = data;

  g_ptr_array_unref (self->nodes);
  g_ptr_array_unref (self->edges);
  g_ptr_array_unref (self->items);
}

void
ct_graph_unref (CtGraph *self)
{
  if (self != NULL)
    g_atomic_rc_box_release_full (self, clear_graph);
}
