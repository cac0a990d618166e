/* test-gold.c: the extractor scored against hand-made gold annotations
 *
 * The bundled articles must meet the bar of issue #2; the articles in
 * tests/articles (other regions, encodings and page layouts, written without
 * looking at the rules) must stay close to it.  Scores are micro-averaged:
 * places and ties as sets of paths, agreements by title, events by start date
 * (to the gold's precision) and place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "ct-extractor.h"
#include "ct-normalize.h"
#include "ct-test-util.h"

/* The bar for articles the rules were not written against (tests/articles):
 * the bar for the bundled articles, a little lower for events. */
#define UNSEEN_PLACES_F1 0.95
#define UNSEEN_TIES_F1 0.9
#define UNSEEN_EVENTS_F1 0.85
#define UNSEEN_AGREEMENTS_F1 0.9
#define UNSEEN_DATES 0.9

typedef struct
{
  guint found;
  guint expected;
  guint right;
} Score;

typedef struct
{
  Score places, ties, events, agreements;
  guint dates_right, dates_total;
} Scores;

static void
add_sets (Score *score, GHashTable *found, GHashTable *expected, const char *what, const char *doc)
{
  GHashTableIter iter;
  gpointer key;

  score->found += g_hash_table_size (found);
  score->expected += g_hash_table_size (expected);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (expected, key))
      score->right++;
    else
      g_test_message ("%s: extra %s %s", doc, what, (char *) key);
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (found, key))
      g_test_message ("%s: missed %s %s", doc, what, (char *) key);
}

static GHashTable *
new_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Titles compare as the extractor reads them: simplified, ASCII folded, without 《》 and spaces. */
static char *
strip_title (const char *title)
{
  GString *out = g_string_new (NULL);
  glong n;
  g_autofree gunichar *chars = ct_normalize (title, &n);
  g_autofree char *normalised = g_ucs4_to_utf8 (chars, n, NULL, NULL, NULL);

  for (const char *p = normalised; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x300a && c != 0x300b && !g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Our start cut to the gold's precision: a gold "2024-07" is met by 2024-07-28. */
static char *
event_key (const char *start, const char *gold_start, const char *place)
{
  g_autofree char *cut = NULL;

  if (start != NULL && gold_start != NULL && strlen (gold_start) < strlen (start))
    cut = g_strndup (start, strlen (gold_start));
  return g_strdup_printf ("%s@%s", cut ? cut : start ? start : "-", place ? place : "-");
}

static const char *
string_or_null (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);

  return n && !JSON_NODE_HOLDS_NULL (n) ? json_node_get_string (n) : NULL;
}

static char *
place_key (JsonNode *n)
{
  return g_strdup (json_node_get_string (n));
}

/* pairs in either order compare equal */
static char *
tie_key (JsonNode *n)
{
  JsonArray *pair = json_node_get_array (n);
  const char *p = json_array_get_string_element (pair, 0), *q = json_array_get_string_element (pair, 1);

  return g_strcmp0 (p, q) < 0 ? g_strdup_printf ("%s|%s", p, q) : g_strdup_printf ("%s|%s", q, p);
}

static char *
agreement_key (JsonNode *n)
{
  return strip_title (json_object_get_string_member (json_node_get_object (n), "title"));
}

static void
add_keys (Score *score, JsonObject *gold, JsonObject *ours, const char *member, char *(*key) (JsonNode *),
          const char *doc)
{
  g_autoptr(GHashTable) found = new_set (), expected = new_set ();
  JsonArray *ga = json_object_get_array_member (gold, member);
  JsonArray *oa = json_object_get_array_member (ours, member);

  for (guint i = 0; i < json_array_get_length (oa); i++)
    g_hash_table_add (found, key (json_array_get_element (oa, i)));
  for (guint i = 0; i < json_array_get_length (ga); i++)
    g_hash_table_add (expected, key (json_array_get_element (ga, i)));
  add_sets (score, found, expected, member, doc);
}

static void
score_document (Scores *scores, const char *gold_path, const char *doc_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (doc_path);
  g_autoptr(CtDocument) doc = NULL;
  g_autoptr(CtExtraction) x = NULL;
  g_autoptr(JsonNode) ours_node = NULL;
  g_autofree char *name = g_path_get_basename (doc_path);
  JsonObject *gold, *ours;
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  gold = json_node_get_object (json_parser_get_root (parser));
  doc = ct_document_new_from_file (file, &error);
  g_assert_no_error (error);
  x = ct_extract (gazetteer, doc);
  ours_node = ct_extraction_to_json (x, gazetteer);
  ours = json_node_get_object (ours_node);

  scores->dates_total++;
  if (g_strcmp0 (string_or_null (gold, "published"), string_or_null (ours, "published")) == 0)
    scores->dates_right++;
  else
    g_test_message ("%s: published %s, gold %s", name, string_or_null (ours, "published"),
                    string_or_null (gold, "published"));

  add_keys (&scores->places, gold, ours, "places", place_key, name);
  add_keys (&scores->ties, gold, ours, "ties", tie_key, name);
  add_keys (&scores->agreements, gold, ours, "agreements", agreement_key, name);
  {
    g_autoptr(GHashTable) a = new_set (), b = new_set ();
    JsonArray *ga = json_object_get_array_member (gold, "events");
    JsonArray *oa = json_object_get_array_member (ours, "events");

    for (guint i = 0; i < json_array_get_length (ga); i++)
      {
        JsonObject *e = json_array_get_object_element (ga, i);
        g_hash_table_add (b, event_key (string_or_null (e, "start"), NULL, string_or_null (e, "place")));
      }
    for (guint i = 0; i < json_array_get_length (oa); i++)
      {
        JsonObject *e = json_array_get_object_element (oa, i);
        const char *gold_start = NULL;

        /* cut to the precision of the gold event at the same place, if any */
        for (guint k = 0; k < json_array_get_length (ga); k++)
          {
            JsonObject *g = json_array_get_object_element (ga, k);

            if (g_strcmp0 (string_or_null (g, "place"), string_or_null (e, "place")) == 0 &&
                string_or_null (g, "start") && string_or_null (e, "start") &&
                g_str_has_prefix (string_or_null (e, "start"), string_or_null (g, "start")))
              gold_start = string_or_null (g, "start");
          }
        g_hash_table_add (a, event_key (string_or_null (e, "start"), gold_start, string_or_null (e, "place")));
      }
    add_sets (&scores->events, a, b, "event", name);
  }
}

static double
f1 (const Score *s)
{
  double p = s->found ? (double) s->right / s->found : 1.0;
  double r = s->expected ? (double) s->right / s->expected : 1.0;

  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void
report (const char *set, const Scores *s)
{
  g_test_message ("%s: places F1 %.3f (%u/%u/%u), ties F1 %.3f (%u/%u/%u), events F1 %.3f, agreements F1 %.3f, dates %u/%u",
                  set, f1 (&s->places), s->places.right, s->places.found, s->places.expected,
                  f1 (&s->ties), s->ties.right, s->ties.found, s->ties.expected,
                  f1 (&s->events), f1 (&s->agreements), s->dates_right, s->dates_total);
}

/* Scores every NAME.gold.json in @gold_dir against the file named in its "doc" in @doc_dir. */
static Scores
score_folder (const char *gold_dir, const char *doc_dir)
{
  Scores scores = { 0 };
  g_autoptr(GDir) dir = g_dir_open (gold_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".gold.json"))
      g_ptr_array_add (names, g_strdup (entry));
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *gold_path = g_build_filename (gold_dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *doc_path = NULL;

      g_assert_true (json_parser_load_from_file (parser, gold_path, NULL));
      doc_path = g_build_filename (doc_dir, json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "doc"), NULL);
      score_document (&scores, gold_path, doc_path);
    }
  return scores;
}

static void
test_bundled_articles (void)
{
  g_autofree char *gold = ct_test_source_path ("tests", "gold", NULL);
  g_autofree char *docs = ct_test_source_path ("data", "corpus", NULL);
  Scores s = score_folder (gold, docs);

  report ("bundled", &s);
  g_assert_cmpuint (s.dates_right, ==, s.dates_total);
  g_assert_cmpfloat (f1 (&s.places), >=, 0.95);
  g_assert_cmpfloat (f1 (&s.ties), >=, 0.9);
  g_assert_cmpfloat (f1 (&s.events), >=, 0.9);
  g_assert_cmpfloat (f1 (&s.agreements), >=, 0.9);
}

static void
test_unseen_articles (void)
{
  g_autofree char *dir = ct_test_source_path ("tests", "articles", NULL);
  Scores s = score_folder (dir, dir);

  report ("unseen", &s);
  /* The honest bar for articles the rules were not written against; see
   * tests/articles/README.md. */
  g_assert_cmpfloat (f1 (&s.places), >=, UNSEEN_PLACES_F1);
  g_assert_cmpfloat (f1 (&s.ties), >=, UNSEEN_TIES_F1);
  g_assert_cmpfloat (f1 (&s.events), >=, UNSEEN_EVENTS_F1);
  g_assert_cmpfloat (f1 (&s.agreements), >=, UNSEEN_AGREEMENTS_F1);
  g_assert_cmpfloat ((double) s.dates_right / s.dates_total, >=, UNSEEN_DATES);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gold/bundled-articles", test_bundled_articles);
  g_test_add_func ("/gold/unseen-articles", test_unseen_articles);
  return g_test_run ();
}
