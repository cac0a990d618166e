/* ct-export-data.c: the graph for other tools: DOT, GEXF, GraphML, CSV
 *
 * DOT carries the positions used (neato -n2 draws the same picture); GEXF 1.3
 * carries node and edge attributes and, for each tie, the dates behind it as
 * spells, so Gephi's timeline plays the graph's history; GraphML carries the
 * same attributes for Cytoscape and yEd; CSV is one table with a `record`
 * column (node or edge).  All text is escaped for its format, and files are
 * written whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "ct-export-data.h"

typedef enum
{
  FORMAT_DOT,
  FORMAT_GEXF,
  FORMAT_GRAPHML,
  FORMAT_CSV,
  FORMAT_UNKNOWN,
} Format;

static Format
format_of (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".dot") || g_str_has_suffix (lower, ".gv"))
    return FORMAT_DOT;
  if (g_str_has_suffix (lower, ".gexf"))
    return FORMAT_GEXF;
  if (g_str_has_suffix (lower, ".graphml"))
    return FORMAT_GRAPHML;
  if (g_str_has_suffix (lower, ".csv"))
    return FORMAT_CSV;
  return FORMAT_UNKNOWN;
}

gboolean
ct_export_data_format_known (const char *path)
{
  return format_of (path) != FORMAT_UNKNOWN;
}

static const char *
edge_kind (const CtGraphEdge *e)
{
  if (e->membership)
    return "membership";
  if (e->agreements > 0 && e->events > 0)
    return "agreement+event";
  if (e->agreements > 0)
    return "agreement";
  if (e->events > 0)
    return "event";
  return "grouping";
}

static const char *
node_id (CtGraph *graph, guint index)
{
  return ((CtGraphNode *) g_ptr_array_index (graph->nodes, index))->id;
}

/* Numbers in C locale, whatever the user's. */
static const char *
num (char *buffer, double value)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", value);
}

/* ------------------------------------------------------------------------ */

static void
dot_string (GString *out, const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
write_dot (GString *out, CtGraph *graph)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE], d[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "graph cityties {\n  graph [bb=\"0,0,%s,%s\", fontname=\"Noto Sans CJK SC\"];\n",
                          num (a, graph->width), num (b, graph->height));
  g_string_append (out, "  node [fixedsize=true, fontname=\"Noto Sans CJK SC\", fontsize=10];\n");
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);

      g_string_append (out, "  ");
      dot_string (out, n->id);
      g_string_append (out, " [label=");
      dot_string (out, n->label);
      /* DOT's y axis points up; positions in points */
      g_string_append_printf (out, ", shape=%s, pos=\"%s,%s!\", width=%s, height=%s, kind=",
                              n->kind == CT_NODE_PLACE ? "ellipse" : "box", num (a, n->x),
                              num (b, graph->height - n->y), num (c, n->width / 72), num (d, n->height / 72));
      dot_string (out, n->subkind);
      g_string_append (out, "];\n");
    }
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

      g_string_append (out, "  ");
      dot_string (out, node_id (graph, e->source));
      g_string_append (out, " -- ");
      dot_string (out, node_id (graph, e->target));
      g_string_append_printf (out, " [kind=\"%s\", agreements=%u, events=%u%s];\n", edge_kind (e), e->agreements,
                              e->events, e->membership ? ", style=dashed" : "");
    }
  g_string_append (out, "}\n");
}

/* ------------------------------------------------------------------------ */

static void
xml_attribute (GString *out, const char *name, const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value ? value : "", -1);

  g_string_append_printf (out, " %s=\"%s\"", name, escaped);
}

/* The first and last day a date covers, for GEXF spells. */
static gboolean
date_span (const CtDate *d, char *start, char *end)
{
  if (d->precision == CT_PRECISION_NONE || d->year == 0)
    return FALSE;
  if (d->precision == CT_PRECISION_DAY)
    {
      g_snprintf (start, 11, "%04d-%02d-%02d", d->year, d->month, d->day);
      g_snprintf (end, 11, "%04d-%02d-%02d", d->year, d->month, d->day);
    }
  else if (d->precision == CT_PRECISION_MONTH)
    {
      g_snprintf (start, 11, "%04d-%02d-01", d->year, d->month);
      g_snprintf (end, 11, "%04d-%02d-%02d", d->year, d->month, g_date_get_days_in_month (d->month, d->year));
    }
  else
    {
      g_snprintf (start, 11, "%04d-01-01", d->year);
      g_snprintf (end, 11, "%04d-12-31", d->year);
    }
  return TRUE;
}

static void
write_gexf (GString *out, CtGraph *graph)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
    "  <meta><creator>City Ties</creator><description>Cooperation between Chinese cities</description></meta>\n"
    "  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"date\">\n"
    "    <attributes class=\"node\">\n"
    "      <attribute id=\"code\" title=\"code\" type=\"string\"/>\n"
    "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
    "      <attribute id=\"level\" title=\"level\" type=\"string\"/>\n"
    "      <attribute id=\"province\" title=\"province\" type=\"string\"/>\n"
    "      <attribute id=\"lng\" title=\"lng\" type=\"double\"/>\n"
    "      <attribute id=\"lat\" title=\"lat\" type=\"double\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\">\n"
    "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
    "      <attribute id=\"agreements\" title=\"agreements\" type=\"integer\"/>\n"
    "      <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n"
    "    </attributes>\n"
    "    <nodes>\n");
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      gboolean place = n->kind == CT_NODE_PLACE;

      g_string_append (out, "      <node");
      xml_attribute (out, "id", n->id);
      xml_attribute (out, "label", n->label);
      g_string_append (out, "><attvalues>");
      g_string_append (out, "<attvalue for=\"code\"");
      xml_attribute (out, "value", place ? n->id : "");
      g_string_append (out, "/><attvalue for=\"kind\"");
      xml_attribute (out, "value", place ? "place" : n->subkind);
      g_string_append (out, "/><attvalue for=\"level\"");
      xml_attribute (out, "value", place ? n->subkind : "");
      g_string_append (out, "/><attvalue for=\"province\"");
      xml_attribute (out, "value", n->province);
      g_string_append (out, "/>");
      if (!isnan (n->lng))
        g_string_append_printf (out, "<attvalue for=\"lng\" value=\"%s\"/><attvalue for=\"lat\" value=\"%s\"/>",
                                num (a, n->lng), num (b, n->lat));
      g_string_append_printf (out, "</attvalues><viz:position x=\"%s\" y=\"%s\" z=\"0\"/></node>\n",
                              num (a, n->x), num (b, graph->height - n->y));
    }
  g_string_append (out, "    </nodes>\n    <edges>\n");
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      g_autoptr(GString) spells = g_string_new (NULL);

      for (guint k = 0; k < e->reasons->len; k++)
        {
          char start[16], end[16];

          if (date_span (&g_array_index (e->reasons, CtGraphReason, k).date, start, end))
            g_string_append_printf (spells, "<spell start=\"%s\" end=\"%s\"/>", start, end);
        }
      g_string_append_printf (out, "      <edge id=\"e%u\"", i);
      xml_attribute (out, "source", node_id (graph, e->source));
      xml_attribute (out, "target", node_id (graph, e->target));
      g_string_append_printf (out, " weight=\"%u\"><attvalues><attvalue for=\"kind\" value=\"%s\"/>"
                              "<attvalue for=\"agreements\" value=\"%u\"/><attvalue for=\"events\" value=\"%u\"/>"
                              "</attvalues>%s%s%s</edge>\n",
                              MAX (e->agreements + e->events, 1), edge_kind (e), e->agreements, e->events,
                              spells->len ? "<spells>" : "", spells->str, spells->len ? "</spells>" : "");
    }
  g_string_append (out, "    </edges>\n  </graph>\n</gexf>\n");
}

static void
write_graphml (GString *out, CtGraph *graph)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  static const char * const node_keys[] = { "label", "code", "kind", "level", "province" };

  g_string_append (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (guint k = 0; k < G_N_ELEMENTS (node_keys); k++)
    g_string_append_printf (out, "  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                            node_keys[k], node_keys[k]);
  g_string_append (out,
    "  <key id=\"lng\" for=\"node\" attr.name=\"lng\" attr.type=\"double\"/>\n"
    "  <key id=\"lat\" for=\"node\" attr.name=\"lat\" attr.type=\"double\"/>\n"
    "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
    "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n"
    "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
    "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
    "  <key id=\"agreements\" for=\"edge\" attr.name=\"agreements\" attr.type=\"int\"/>\n"
    "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
    "  <key id=\"dates\" for=\"edge\" attr.name=\"dates\" attr.type=\"string\"/>\n"
    "  <graph id=\"cityties\" edgedefault=\"undirected\">\n");
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      gboolean place = n->kind == CT_NODE_PLACE;
      const char *values[] = { n->label, place ? n->id : "", place ? "place" : n->subkind, place ? n->subkind : "",
                               n->province ? n->province : "" };

      g_string_append (out, "    <node");
      xml_attribute (out, "id", n->id);
      g_string_append (out, ">");
      for (guint k = 0; k < G_N_ELEMENTS (node_keys); k++)
        {
          g_autofree char *escaped = g_markup_escape_text (values[k], -1);

          g_string_append_printf (out, "<data key=\"%s\">%s</data>", node_keys[k], escaped);
        }
      if (!isnan (n->lng))
        g_string_append_printf (out, "<data key=\"lng\">%s</data><data key=\"lat\">%s</data>", num (a, n->lng),
                                num (b, n->lat));
      g_string_append_printf (out, "<data key=\"x\">%s</data><data key=\"y\">%s</data></node>\n", num (a, n->x),
                              num (b, n->y));
    }
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      g_autoptr(GString) dates = g_string_new (NULL);
      g_autofree char *escaped = NULL;

      for (guint k = 0; k < e->reasons->len; k++)
        {
          g_autofree char *d = ct_date_format (&g_array_index (e->reasons, CtGraphReason, k).date);

          if (d != NULL)
            g_string_append_printf (dates, "%s%s", dates->len ? " " : "", d);
        }
      escaped = g_markup_escape_text (dates->str, -1);
      g_string_append_printf (out, "    <edge id=\"e%u\"", i);
      xml_attribute (out, "source", node_id (graph, e->source));
      xml_attribute (out, "target", node_id (graph, e->target));
      g_string_append_printf (out, "><data key=\"ekind\">%s</data><data key=\"weight\">%u</data>"
                              "<data key=\"agreements\">%u</data><data key=\"events\">%u</data>"
                              "<data key=\"dates\">%s</data></edge>\n",
                              edge_kind (e), MAX (e->agreements + e->events, 1), e->agreements, e->events, escaped);
    }
  g_string_append (out, "  </graph>\n</graphml>\n");
}

/* ------------------------------------------------------------------------ */

static void
csv_field (GString *out, const char *text, gboolean last)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append (out, last ? "\"\r\n" : "\",");
}

/* One table: record (node or edge), id, label, kind, level, province, source, target, agreements, events, x, y */
static void
write_csv (GString *out, CtGraph *graph)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, "\"record\",\"id\",\"label\",\"kind\",\"level\",\"province\",\"source\",\"target\","
                        "\"agreements\",\"events\",\"x\",\"y\"\r\n");
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const CtGraphNode *n = g_ptr_array_index (graph->nodes, i);
      gboolean place = n->kind == CT_NODE_PLACE;

      csv_field (out, "node", FALSE);
      csv_field (out, n->id, FALSE);
      csv_field (out, n->label, FALSE);
      csv_field (out, place ? "place" : n->subkind, FALSE);
      csv_field (out, place ? n->subkind : "", FALSE);
      csv_field (out, n->province, FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, num (a, n->x), FALSE);
      csv_field (out, num (b, n->y), TRUE);
    }
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *agreements = g_strdup_printf ("%u", e->agreements);
      g_autofree char *events = g_strdup_printf ("%u", e->events);

      csv_field (out, "edge", FALSE);
      csv_field (out, id, FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, edge_kind (e), FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, node_id (graph, e->source), FALSE);
      csv_field (out, node_id (graph, e->target), FALSE);
      csv_field (out, agreements, FALSE);
      csv_field (out, events, FALSE);
      csv_field (out, "", FALSE);
      csv_field (out, "", TRUE);
    }
}

/* @graph must be laid out.  Written to a temporary file and renamed. */
gboolean
ct_export_data (CtGraph     *graph,
                const char  *path,
                GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  switch (format_of (path))
    {
    case FORMAT_DOT:
      write_dot (out, graph);
      break;
    case FORMAT_GEXF:
      write_gexf (out, graph);
      break;
    case FORMAT_GRAPHML:
      write_graphml (out, graph);
      break;
    case FORMAT_CSV:
      write_csv (out, graph);
      break;
    case FORMAT_UNKNOWN:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "unknown export format");
      return FALSE;
    }
  return g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
