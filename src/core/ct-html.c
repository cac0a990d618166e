/* ct-html.c: the readable text of an HTML page
 *
 * Blocks become lines; scripts, styles, forms and the page furniture
 * (navigation, headers, footers, sidebars, share and related-link boxes) are
 * dropped, and so is any block that is mostly link text, which is how menus
 * and "related news" lists look when they lack telling names.  What is left is
 * handed to the same body finder as plain-text articles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/HTMLparser.h>
#include <string.h>

#include "ct-html.h"

static const char * const dropped_elements[] = {
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
  "iframe", "svg", "canvas", "button", "select", "textarea",
};

static const char * const block_elements[] = {
  "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
  "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr",
  "center", "figure", "figcaption", "caption",
};

/* A data table's row is a line, its cells apart as a plain-text table sets
 * them, and so are the lines of a cell (<td>孝感市人民政府<br>随州市人民政府</td>);
 * a table that lays a page out keeps its paragraphs. */
static const char * const cell_elements[] = { "td", "th" };
#define CELL_GAP "　　"

/* Class and id words that mark page furniture on Chinese news sites. */
static const char * const furniture_words[] = {
  "nav", "menu", "footer", "foot", "breadcrumb", "crumb", "share", "related", "relate",
  "comment", "copyright", "sidebar", "side", "advert", "banner", "recommend", "hot", "login",
  "toolbar", "topbar", "xgxw", "tuijian",
};

typedef struct
{
  GString *out;
  GString *block;     /* text of the block being collected */
  gsize link_chars;   /* of it, inside <a> */
  guint in_data;      /* inside a table of data, not of layout */
  guint in_cell;      /* inside a cell of one: its lines stay in its row */
  char *published;
} CtHtmlState;

static gboolean
name_in (const xmlChar *name, const char * const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *) name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
attribute_is_furniture (xmlNode *node, const char *attribute)
{
  g_autofree char *value = (char *) xmlGetProp (node, (const xmlChar *) attribute);
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;
  {
    g_autofree char *lower = g_ascii_strdown (value, -1);

    words = g_strsplit_set (lower, " _-", -1);
  }
  for (guint i = 0; words[i] != NULL; i++)
    if (name_in ((const xmlChar *) words[i], furniture_words, G_N_ELEMENTS (furniture_words)))
      return TRUE;
  return FALSE;
}

static void
flush_block (CtHtmlState *state)
{
  gsize chars;

  g_strstrip (state->block->str);
  state->block->len = strlen (state->block->str);
  chars = g_utf8_strlen (state->block->str, -1);
  /* A block that is mostly links is a menu or a list of other articles. */
  if (chars > 0 && state->link_chars * 2 <= chars)
    {
      g_string_append (state->out, state->block->str);
      g_string_append_c (state->out, '\n');
    }
  g_string_truncate (state->block, 0);
  state->link_chars = 0;
}

static void
read_meta (CtHtmlState *state, xmlNode *node)
{
  g_autofree char *name = (char *) xmlGetProp (node, (const xmlChar *) "name");
  g_autofree char *property = (char *) xmlGetProp (node, (const xmlChar *) "property");
  g_autofree char *itemprop = (char *) xmlGetProp (node, (const xmlChar *) "itemprop");
  g_autofree char *content = (char *) xmlGetProp (node, (const xmlChar *) "content");
  const char *key = name ? name : property ? property : itemprop;

  if (key == NULL || content == NULL || state->published != NULL)
    return;
  {
    g_autofree char *lower = g_ascii_strdown (key, -1);

    /* publishdate, PubDate, OriginalPublishDate, firstpublishedtime, article:published_time … */
    if (strstr (lower, "publish") != NULL || strstr (lower, "pubdate") != NULL ||
        g_str_equal (lower, "og:release_date") || g_str_equal (lower, "date") || g_str_equal (lower, "dc.date"))
      state->published = g_strdup (content);
  }
}

/* <time datetime="…" pubdate> or <time itemprop="datePublished" datetime="…"> */
static void
read_time (CtHtmlState *state, xmlNode *node)
{
  g_autofree char *itemprop = (char *) xmlGetProp (node, (const xmlChar *) "itemprop");
  g_autofree char *datetime = (char *) xmlGetProp (node, (const xmlChar *) "datetime");

  if (state->published == NULL && datetime != NULL &&
      (xmlHasProp (node, (const xmlChar *) "pubdate") != NULL || (itemprop != NULL && strstr (itemprop, "datePublished") != NULL)))
    state->published = g_steal_pointer (&datetime);
}

/* "datePublished": "…" in a page's linked data (<script type="application/ld+json">) */
static void
read_linked_data (CtHtmlState *state, xmlNode *script)
{
  g_autofree char *type = (char *) xmlGetProp (script, (const xmlChar *) "type");
  g_autofree char *json = NULL;
  const char *p, *end;

  if (state->published != NULL || type == NULL || g_ascii_strcasecmp (type, "application/ld+json") != 0)
    return;
  json = (char *) xmlNodeGetContent (script);
  if (json == NULL || (p = strstr (json, "\"datePublished\"")) == NULL)
    return;
  p += strlen ("\"datePublished\"");
  while (*p == ' ' || *p == ':' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  if (*p != '"' || (end = strchr (p + 1, '"')) == NULL)
    return;
  state->published = g_strndup (p + 1, end - p - 1);
}

/* Whether @table holds data, a few words a cell (签约项目 and their
 * signatories), not a page laid out in cells, whose text is prose. */
static gboolean
is_data_table (xmlNode *table)
{
  g_autofree char *text = (char *) xmlNodeGetContent (table);

  return text != NULL && strstr (text, "。") == NULL;
}

static void
walk (CtHtmlState *state, xmlNode *node, gboolean in_link)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          const char *text = (const char *) node->content;

          g_string_append (state->block, text);
          if (in_link)
            state->link_chars += g_utf8_strlen (text, -1);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (g_ascii_strcasecmp ((const char *) node->name, "meta") == 0)
        {
          read_meta (state, node);
          continue;
        }
      if (g_ascii_strcasecmp ((const char *) node->name, "script") == 0)
        read_linked_data (state, node);
      else if (g_ascii_strcasecmp ((const char *) node->name, "time") == 0)
        read_time (state, node);
      if (g_ascii_strcasecmp ((const char *) node->name, "head") == 0)
        {
          /* Only metadata is wanted from the head; <title> repeats the h1 with the site name. */
          for (xmlNode *child = node->children; child != NULL; child = child->next)
            if (child->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) child->name, "meta") == 0)
              read_meta (state, child);
            else if (child->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) child->name, "script") == 0)
              read_linked_data (state, child);
          continue;
        }
      if (name_in (node->name, dropped_elements, G_N_ELEMENTS (dropped_elements)) ||
          attribute_is_furniture (node, "class") || attribute_is_furniture (node, "id"))
        continue;

      {
        gboolean data = g_ascii_strcasecmp ((const char *) node->name, "table") == 0 && is_data_table (node);
        gboolean cell = state->in_data > 0 && name_in (node->name, cell_elements, G_N_ELEMENTS (cell_elements));
        gboolean block = !cell && (name_in (node->name, block_elements, G_N_ELEMENTS (block_elements)) ||
                                   name_in (node->name, cell_elements, G_N_ELEMENTS (cell_elements)));
        gboolean link = in_link || g_ascii_strcasecmp ((const char *) node->name, "a") == 0;

        state->in_data += data;

        if (block && state->in_cell == 0)
          flush_block (state);
        else if ((block || cell) && state->block->len > 0 && !g_str_has_suffix (state->block->str, CELL_GAP))
          g_string_append (state->block, CELL_GAP);
        state->in_cell += cell;
        walk (state, node->children, link);
        state->in_cell -= cell;
        if (block && state->in_cell == 0)
          flush_block (state);
        state->in_data -= data;
      }
    }
}

gboolean
ct_html_sniff (const char *file_name,
               const char *text)
{
  g_autofree char *lower_name = g_ascii_strdown (file_name ? file_name : "", -1);
  g_autofree char *head = NULL;

  if (g_str_has_suffix (lower_name, ".html") || g_str_has_suffix (lower_name, ".htm") ||
      g_str_has_suffix (lower_name, ".shtml") || g_str_has_suffix (lower_name, ".xhtml"))
    return TRUE;
  head = g_ascii_strdown (text, MIN (strlen (text), 1024));
  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<body") != NULL;
}

/* Returns the page's text, one block per line; @published receives the date
 * a <meta> tag declares, if any. */
char *
ct_html_to_text (const char  *html,
                 char       **published)
{
  CtHtmlState state = { g_string_new (NULL), g_string_new (NULL), 0, 0, 0, NULL };
  htmlDocPtr doc;

  doc = htmlReadMemory (html, strlen (html), NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc != NULL)
    {
      walk (&state, xmlDocGetRootElement (doc), FALSE);
      flush_block (&state);
      xmlFreeDoc (doc);
    }
  g_string_free (state.block, TRUE);
  if (published != NULL)
    *published = state.published;
  else
    g_free (state.published);
  return g_string_free (state.out, FALSE);
}
