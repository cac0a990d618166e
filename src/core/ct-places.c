/* ct-places.c: where a document names administrative divisions
 *
 * All full and short names are found in one Aho–Corasick pass, leftmost
 * longest.  Short names are the risky ones: a stoplist keeps out those that
 * are ordinary words (金山银山, 合作), a street or landmark word after them
 * (上海路, 中山站) or a company word (郑州银行) rules them out, and a county's
 * short name needs support (its parent next to it, its full name elsewhere).
 * Namesakes (鼓楼区 ×4) are resolved by the hierarchy: a parent right before,
 * then an ancestor in the sentence, then one anywhere in the document, then
 * by the map: the one next door to the sentence's other places; otherwise
 * the mention is left out rather than guessed.
 *
 * Contractions (沪苏浙皖, 杭黄, 沪镇) are read only where news uses them as a
 * set of places: before a count (两地, 四地), a cooperation word or a grouping
 * name, never along a railway (沿沪宁, 沪宁高铁).  Their parts must lie close
 * together on the map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "ct-lexicon.h"
#include "ct-places.h"
#include "ct-text.h"

typedef struct
{
  gsize start;
  gsize end;
  GArray *senses;        /* CtNameSense still possible */
  gboolean ambiguous;    /* had namesakes before context was used */
  gboolean list_only;    /* a stoplisted word: a place only in a list of places (海口、儋州、东方等) */
} CtCandidate;

typedef struct
{
  CtGazetteer *gazetteer;
  CtDocument *document;
  CtText text;
  GArray *candidates;    /* CtCandidate, non-overlapping, in text order */
  GHashTable *certain;   /* divisions named without ambiguity anywhere */
  GHashTable *full;      /* divisions named by their full name */
  GHashTable *anchored;  /* 城区, 东区…: generic names named after their city */
  GHashTable *beyond;    /* names the text has shown to be of places beyond the gazetteer */
  GArray *mentions;      /* the result */
  guint8 *covered;       /* per character: inside a mention already */
  guint next_run;
} CtPlaceScan;

/* Cities news calls by a one-character name of their own. */
static const struct { const char *nickname; const char *path; } nicknames[] = {
  { "宁", "江苏省/南京市" }, { "杭", "浙江省/杭州市" }, { "甬", "浙江省/宁波市" }, { "榕", "福建省/福州市" },
  { "穗", "广东省/广州市" }, { "蓉", "四川省/成都市" }, { "鹭", "福建省/厦门市" }, { "汴", "河南省/开封市" },
  { "邕", "广西壮族自治区/南宁市" }, { "筑", "贵州省/贵阳市" }, { "汉", "湖北省/武汉市" }, { "锡", "江苏省/无锡市" },
  { "深", "广东省/深圳市" }, { "珠", "广东省/珠海市" }, { "佛", "广东省/佛山市" }, { "莞", "广东省/东莞市" },
};

static const char * const venue_before[] = { "在", "赴", "来", "抵", "到", "于", "莅", "访", NULL };
static const char * const journeys[] = { "赴", "抵", "莅", "访", NULL };
static const char * const venue_after[] = {
  "举行", "召开", "举办", "开幕", "闭幕", "签约", "调研", "考察", "期间", "发布", "启动", NULL,
};

const char *
ct_how_to_string (CtHow how)
{
  switch (how)
    {
    case CT_HOW_FULL_NAME:
      return "full name";
    case CT_HOW_SHORT_NAME:
      return "short name";
    case CT_HOW_PARENT_NEARBY:
      return "disambiguated by a parent nearby";
    case CT_HOW_ABBREVIATION:
      return "abbreviation";
    case CT_HOW_CONTRACTION:
    default:
      return "contraction";
    }
}

/* Higher is surer.  A full name is unambiguous; a short name passed the
 * stoplist; a namesake needed its parent to choose; one character (沪) or a
 * run of them (杭黄) stands for many words besides a place. */
guint
ct_how_confidence (CtHow how)
{
  switch (how)
    {
    case CT_HOW_FULL_NAME:
      return 4;
    case CT_HOW_SHORT_NAME:
      return 3;
    case CT_HOW_PARENT_NEARBY:
      return 2;
    case CT_HOW_ABBREVIATION:
      return 1;
    case CT_HOW_CONTRACTION:
    default:
      return 0;
    }
}

static const CtDivision *
division (CtPlaceScan *scan, guint index)
{
  return ct_gazetteer_get_division (scan->gazetteer, index);
}

static void
clear_candidate (gpointer data)
{
  g_clear_pointer (&((CtCandidate *) data)->senses, g_array_unref);
}

static gint
compare_matches (gconstpointer a, gconstpointer b)
{
  const CtMatch *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (gint) (y->end - y->start) - (gint) (x->end - x->start);
}

/* Contiguous Han text after a name that ends in a company word: 郑州银行,
 * 成都燃气集团; not across a verb (沙河市签署钢铁产业…协议). */
static gboolean
inside_organisation (CtPlaceScan *scan, gsize end)
{
  static const char * const verbs[] = { "签署", "签订", "共同", "召开", "举办", "举行", "成立", "发布", "参加", "出席",
                                        "携手", "与", "和", "将", NULL };

  for (gsize i = end; i < end + 6 && ct_text_is_han (ct_text_at (&scan->text, i)); i++)
    {
      if (ct_text_any_word_at (&scan->text, i, verbs) != NULL)
        return FALSE;
      if (ct_text_any_word_at (&scan->text, i, ct_organisation_words) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* 记者 刘金华, 市长王南京: a common surname, itself after a role word or
 * outside running text, makes a short name the rest of a person's name;
 * so does a byline word right before it (记者吉安然, 编辑:东方明). */
static gboolean
after_surname (CtPlaceScan *scan, gsize start)
{
  static const char * const surnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  static const char * const roles[] = {
    "记者", "通讯员", "编辑", "市长", "区长", "县长", "省长", "书记", "主任", "局长", "部长", "主席", "委员", "代表",
    "先生", "女士", "教授", "院士", "董事长", "总经理", NULL,
  };
  static const char * const bylines[] = {
    "记者", "通讯员", "编辑", "责编", "审核", "校对", "作者", "摄影", "撰稿", "供稿", NULL,
  };
  gsize b = start;
  gunichar before;

  if (start == 0)
    return FALSE;
  while (b > 0 && (scan->text.chars[b - 1] == ':' || scan->text.chars[b - 1] == ' '))
    b--;
  /* 记者吉安然, or with a surname first: 记者熊大冶 */
  if (ct_text_any_word_before (&scan->text, b, bylines) != NULL ||
      (b == start && b >= 2 && ct_text_is_han (scan->text.chars[b - 1]) &&
       ct_text_any_word_before (&scan->text, b - 1, bylines) != NULL))
    return TRUE;
  before = scan->text.chars[start - 1];
  if (g_utf8_strchr (surnames, -1, before) == NULL)
    return FALSE;
  return start < 2 || !ct_text_is_han (scan->text.chars[start - 2]) ||
         ct_text_any_word_before (&scan->text, start - 1, roles) != NULL;
}

/* 越南广宁省, 韩国的平昌郡, 台南市永康区, 韩国庆尚南道晋州市: a name after a
 * place beyond the gazetteer, or after a 市, 县 or province of one. */
static gboolean
after_place_beyond (CtPlaceScan *scan, gsize start)
{
  gsize b = start > 0 && scan->text.chars[start - 1] == 0x7684 /* 的 */ ? start - 1 : start;

  if (b > 0 && ct_text_char_in ("市县道省州郡", scan->text.chars[b - 1]))
    for (gsize k = b - 1; k + 6 > b && k > 0 && ct_text_is_han (scan->text.chars[k - 1]); k--)
      /* not 延边朝鲜族自治州: a people, not a country */
      if (ct_text_any_word_before (&scan->text, k, ct_places_beyond) != NULL && scan->text.chars[k] != 0x65cf /* 族 */)
        return TRUE;
  return ct_text_any_word_before (&scan->text, b, ct_places_beyond) != NULL;
}

/* 广宁省 is not 广宁县, nor 平昌郡 平昌县, nor 兴安省 兴安盟: a short name
 * followed by the level word of another kind of place.  市, 县 and 区 are
 * not told apart: counties become cities and cities districts, and a text
 * may use the name before or after (当时还是县级市的大丰市). */
static gboolean
other_level_follows (CtPlaceScan *scan, gsize end, const CtNameSense *sense)
{
  const char *name = division (scan, sense->division)->name;
  gunichar next = ct_text_at (&scan->text, end);

  if (!ct_text_char_in ("省州盟旗郡道", next) || ct_text_word_at (&scan->text, end, "州市"))
    return FALSE;
  return g_utf8_get_char (g_utf8_prev_char (name + strlen (name))) != next;
}

static GArray *
plausible_senses (CtPlaceScan *scan, const CtMatch *match, gboolean *list_only)
{
  GArray *all = ct_gazetteer_get_senses (scan->gazetteer, match->value);
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (CtNameSense));
  g_autoptr(GArray) stopped = g_array_new (FALSE, FALSE, sizeof (CtNameSense));
  gboolean street = ct_text_any_word_at (&scan->text, match->end, ct_street_words) != NULL ||
                    after_surname (scan, match->start);

  *list_only = FALSE;
  /* 四个滨海县: counties said to be coastal, not 滨海县 */
  if (inside_organisation (scan, match->end) || (match->start > 0 && scan->text.chars[match->start - 1] == 0x4e2a /* 个 */))
    return kept;
  /* 台南市永康区…。永康区以五金闻名: the namesake, named again */
  if (after_place_beyond (scan, match->start) || g_hash_table_contains (scan->beyond, GUINT_TO_POINTER (match->value)))
    {
      g_hash_table_add (scan->beyond, GUINT_TO_POINTER (match->value));
      return kept;
    }
  for (guint i = 0; i < all->len; i++)
    {
      const CtNameSense *sense = &g_array_index (all, CtNameSense, i);

      /* 中原城市群 names a region, not 郑州's 中原区; 黎安国际 has no 安国 */
      if (sense->kind == CT_NAME_SHORT &&
          (street || ct_text_any_word_at (&scan->text, match->start, ct_region_names) != NULL ||
           ct_text_any_word_at (&scan->text, match->end - 1, ct_words_across_names) != NULL ||
           other_level_follows (scan, match->end, sense)))
        continue;
      if (sense->kind == CT_NAME_SHORT && ct_gazetteer_is_stopped (scan->gazetteer, division (scan, sense->division)->short_name))
        g_array_append_val (stopped, *sense);
      else
        g_array_append_val (kept, *sense);
    }
  if (kept->len == 0 && stopped->len > 0)
    {
      g_array_append_vals (kept, stopped->data, stopped->len);
      *list_only = TRUE;
    }
  return kept;
}

static void
collect_candidates (CtPlaceScan *scan)
{
  CtMatcher *matcher = ct_gazetteer_get_matcher (scan->gazetteer);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (CtMatch));
  gsize covered = 0;

  for (guint i = 0; i < scan->document->lines->len; i++)
    {
      const CtLine *line = &g_array_index (scan->document->lines, CtLine, i);
      g_autoptr(GArray) found = NULL;

      if (line->kind != CT_LINE_BODY && line->kind != CT_LINE_TITLE)
        continue;
      found = ct_matcher_scan (matcher, scan->text.chars + line->start, line->end - line->start);
      for (guint k = 0; k < found->len; k++)
        {
          CtMatch m = g_array_index (found, CtMatch, k);

          m.start += line->start;
          m.end += line->start;
          g_array_append_val (matches, m);
        }
    }
  g_array_sort (matches, compare_matches);

  for (guint i = 0; i < matches->len; i++)
    {
      const CtMatch *m = &g_array_index (matches, CtMatch, i);
      CtCandidate c;

      if (m->start < covered)
        continue;
      /* a word that hides a name (长白山) covers it */
      if (ct_gazetteer_get_senses (scan->gazetteer, m->value)->len == 0)
        {
          covered = m->end;
          continue;
        }
      c.senses = plausible_senses (scan, m, &c.list_only);
      if (c.senses->len == 0)
        {
          g_array_unref (c.senses);
          continue;
        }
      c.start = m->start;
      c.end = m->end;
      c.ambiguous = c.senses->len > 1;
      g_array_append_val (scan->candidates, c);
      covered = m->end;
    }
}

static gboolean
is_county_short (CtPlaceScan *scan, const CtNameSense *sense)
{
  return sense->kind == CT_NAME_SHORT && division (scan, sense->division)->level == CT_LEVEL_COUNTY;
}

static void
note_certain (CtPlaceScan *scan)
{
  for (guint i = 0; i < scan->candidates->len; i++)
    {
      const CtCandidate *c = &g_array_index (scan->candidates, CtCandidate, i);

      for (guint k = 0; k < c->senses->len; k++)
        {
          const CtNameSense *s = &g_array_index (c->senses, CtNameSense, k);

          if (s->kind == CT_NAME_FULL)
            g_hash_table_add (scan->full, GUINT_TO_POINTER (s->division));
        }
      if (c->senses->len == 1 && !is_county_short (scan, &g_array_index (c->senses, CtNameSense, 0)))
        g_hash_table_add (scan->certain, GUINT_TO_POINTER (g_array_index (c->senses, CtNameSense, 0).division));
    }
}

/* Keeps the senses @keep accepts, unless that would leave none. */
static gboolean
narrow (CtPlaceScan *scan, GArray *senses, gboolean (*keep) (CtPlaceScan *, guint, gpointer), gpointer data)
{
  guint kept = 0;

  for (guint i = 0; i < senses->len; i++)
    kept += keep (scan, g_array_index (senses, CtNameSense, i).division, data);
  if (kept == 0 || kept == senses->len)
    return FALSE;
  for (guint i = senses->len; i-- > 0;)
    if (!keep (scan, g_array_index (senses, CtNameSense, i).division, data))
      g_array_remove_index (senses, i);
  return TRUE;
}

static gboolean
descends_from (CtPlaceScan *scan, guint index, gpointer ancestor)
{
  return ct_gazetteer_is_ancestor (scan->gazetteer, GPOINTER_TO_UINT (ancestor), index);
}

static gboolean
has_ancestor_in (CtPlaceScan *scan, guint index, gpointer set)
{
  for (gint p = division (scan, index)->parent; p >= 0; p = division (scan, p)->parent)
    if (g_hash_table_contains (set, GUINT_TO_POINTER (p)))
      return TRUE;
  return FALSE;
}

static gboolean
in_set (CtPlaceScan *scan, guint index, gpointer set)
{
  return g_hash_table_contains (set, GUINT_TO_POINTER (index));
}

/* Whether @index lies within a short drive of a city or county of @set. */
static gboolean
next_door_to (CtPlaceScan *scan, guint index, gpointer set)
{
  GHashTableIter iter;
  gpointer other;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &other, NULL))
    if (GPOINTER_TO_UINT (other) != index && division (scan, GPOINTER_TO_UINT (other))->level != CT_LEVEL_PROVINCE &&
        ct_gazetteer_distance_km (scan->gazetteer, index, GPOINTER_TO_UINT (other)) <= 60)
      return TRUE;
  return FALSE;
}

static gboolean
is_top_level (CtPlaceScan *scan, guint index, gpointer level)
{
  return division (scan, index)->level == (CtLevel) GPOINTER_TO_UINT (level);
}

static CtLevel
highest_level (CtPlaceScan *scan, GArray *senses)
{
  CtLevel best = CT_LEVEL_COUNTY;

  for (guint i = 0; i < senses->len; i++)
    best = MIN (best, division (scan, g_array_index (senses, CtNameSense, i).division)->level);
  return best;
}

/* Divisions named without ambiguity in candidate @i's sentence; with
 * @every_sense, every division the sentence's other names may be. */
static GHashTable *
sentence_places (CtPlaceScan *scan, guint i, gboolean every_sense)
{
  const CtCandidate *self = &g_array_index (scan->candidates, CtCandidate, i);
  GHashTable *set = g_hash_table_new (NULL, NULL);
  gint index = ct_document_sentence_at (scan->document, self->start);
  const CtSentence *s;

  if (index < 0)
    return set;
  s = &g_array_index (scan->document->sentences, CtSentence, index);
  for (guint k = ct_spans_lower_bound (scan->candidates, s->start); k < scan->candidates->len; k++)
    {
      const CtCandidate *c = &g_array_index (scan->candidates, CtCandidate, k);

      if (c->start >= s->end)
        break;
      if (c->end > s->end || (every_sense ? k == i : c->senses->len != 1))
        continue;
      for (guint n = 0; n < c->senses->len; n++)
        g_hash_table_add (set, GUINT_TO_POINTER (g_array_index (c->senses, CtNameSense, n).division));
    }
  return set;
}

static gboolean
separated_by_list (CtPlaceScan *scan, gsize from, gsize to)
{
  gsize i = from;

  while (i < to)
    {
      const char *sep = ct_text_any_word_at (&scan->text, i, ct_list_separators);

      if (sep == NULL)
        return FALSE;
      i += g_utf8_strlen (sep, -1);
    }
  return i == to;
}

/* The level of the candidate listed right before or after candidate @i, if
 * that one has a single sense; else -1. */
static gint
list_neighbour_level (CtPlaceScan *scan, guint i)
{
  const CtCandidate *c = &g_array_index (scan->candidates, CtCandidate, i);

  if (i > 0)
    {
      const CtCandidate *p = &g_array_index (scan->candidates, CtCandidate, i - 1);

      if (p->senses->len == 1 && p->end < c->start && separated_by_list (scan, p->end, c->start))
        return division (scan, g_array_index (p->senses, CtNameSense, 0).division)->level;
    }
  if (i + 1 < scan->candidates->len)
    {
      const CtCandidate *n = &g_array_index (scan->candidates, CtCandidate, i + 1);

      if (n->senses->len == 1 && c->end < n->start && separated_by_list (scan, c->end, n->start))
        return division (scan, g_array_index (n->senses, CtNameSense, 0).division)->level;
    }
  return -1;
}

/* Whether candidate @i is listed right after or before one with a single
 * sense whose parent is @parent. */
static gboolean
listed_with_sibling (CtPlaceScan *scan, guint i, gint parent)
{
  const CtCandidate *c = &g_array_index (scan->candidates, CtCandidate, i);

  for (gint k = (gint) i - 1; k <= (gint) i + 1; k += 2)
    {
      const CtCandidate *n;

      if (k < 0 || (guint) k >= scan->candidates->len)
        continue;
      n = &g_array_index (scan->candidates, CtCandidate, k);
      if (n->senses->len == 1 && division (scan, g_array_index (n->senses, CtNameSense, 0).division)->parent == parent &&
          (k < (gint) i ? separated_by_list (scan, n->end, c->start) : separated_by_list (scan, c->end, n->start)))
        return TRUE;
    }
  return FALSE;
}

/* Whether candidate @i is in a list counted as counties: 内黄、清丰、南乐三县 */
static gboolean
counted_as_counties (CtPlaceScan *scan, guint i)
{
  static const char * const county_units[] = { "县", "县区", "区县", "县市", "市县", "个县", NULL };
  gsize end = g_array_index (scan->candidates, CtCandidate, i).end, after;

  for (guint k = i + 1; k < scan->candidates->len; k++)
    {
      const CtCandidate *next = &g_array_index (scan->candidates, CtCandidate, k);

      if (!separated_by_list (scan, end, next->start))
        break;
      end = next->end;
    }
  return ct_count_word_value (scan->text.chars, scan->text.length, end, &after) > 0 &&
         ct_text_any_word_at (&scan->text, end + 1, county_units) != NULL;
}

static void
add_mention (CtPlaceScan *scan, gsize start, gsize end, guint index, CtHow how, guint run)
{
  CtPlaceMention m = { start, end, index, how, FALSE, run };

  g_array_append_val (scan->mentions, m);
  memset (scan->covered + start, 1, end - start);
}

static void
resolve_candidates (CtPlaceScan *scan)
{
  CtPlaceMention *previous = NULL;
  gint list_parent = -1;    /* 合肥市 in 合肥市庐阳区和蜀山区 carries over the list */

  for (guint i = 0; i < scan->candidates->len; i++)
    {
      CtCandidate *c = &g_array_index (scan->candidates, CtCandidate, i);
      gboolean adjacent = previous != NULL && previous->end == c->start;
      gboolean in_list = previous != NULL && separated_by_list (scan, previous->end, c->start);
      gboolean supported = FALSE, next_to_parent;
      CtNameSense sense;

      /* a stoplisted word is a place only in a list: after or before another */
      if (c->list_only && adjacent)
        continue;
      if (c->list_only && !in_list &&
          !(i + 1 < scan->candidates->len &&
            separated_by_list (scan, c->end, g_array_index (scan->candidates, CtCandidate, i + 1).start)))
        continue;
      if (adjacent && narrow (scan, c->senses, descends_from, GUINT_TO_POINTER (previous->division)))
        supported = TRUE;
      else if (adjacent && c->senses->len == 1 && descends_from (scan, g_array_index (c->senses, CtNameSense, 0).division,
                                                                  GUINT_TO_POINTER (previous->division)))
        supported = TRUE;
      else if (in_list && list_parent >= 0 && narrow (scan, c->senses, descends_from, GINT_TO_POINTER (list_parent)))
        supported = TRUE;
      next_to_parent = supported;

      /* in a list, a name is of its neighbours' level (四平、吉林、辽源: the city) */
      if (c->senses->len > 1)
        {
          gint level = list_neighbour_level (scan, i);

          if (level >= 0)
            narrow (scan, c->senses, is_top_level, GINT_TO_POINTER (level));
        }
      /* 长沙 is the city before it is 长沙县; namesakes of one level need context */
      if (c->senses->len > 1)
        narrow (scan, c->senses, is_top_level, GUINT_TO_POINTER (highest_level (scan, c->senses)));
      if (c->senses->len > 1)
        {
          g_autoptr(GHashTable) nearby = sentence_places (scan, i, FALSE);

          /* 华容 where the text names 华容县 in full, not 华容区 */
          if (narrow (scan, c->senses, in_set, scan->full) ||
              narrow (scan, c->senses, has_ancestor_in, nearby) ||
              narrow (scan, c->senses, has_ancestor_in, scan->certain))
            supported = TRUE;
          /* 白云区与天河区, 通州区与三河市: the namesake next door to the
           * sentence's other places; 朝阳区与通州区: to a namesake of theirs */
          else if (narrow (scan, c->senses, next_door_to, nearby))
            supported = TRUE;
          else
            {
              g_autoptr(GHashTable) senses = sentence_places (scan, i, TRUE);

              supported = narrow (scan, c->senses, next_door_to, senses);
            }
        }
      if (c->senses->len > 1)
        continue;

      sense = g_array_index (c->senses, CtNameSense, 0);
      /* 新建区域分拨中心: a name ending in 区 that runs on into 区域 is the word */
      if (c->end > c->start && scan->text.chars[c->end - 1] == 0x533a /* 区 */ &&
          ct_text_at (&scan->text, c->end) == 0x57df /* 域 */)
        continue;
      /* 城区, 老城区, 市中区 are words too: only with their city before
       * them, or once the text has named them so */
      if (sense.kind == CT_NAME_FULL &&
          ct_text_any_word_at (&scan->text, c->start, ct_generic_division_names) != NULL &&
          (gsize) g_utf8_strlen (division (scan, sense.division)->name, -1) == c->end - c->start)
        {
          if (next_to_parent)
            g_hash_table_add (scan->anchored, GUINT_TO_POINTER (sense.division));
          else if (!g_hash_table_contains (scan->anchored, GUINT_TO_POINTER (sense.division)))
            continue;
        }
      if (is_county_short (scan, &sense) && !supported &&
          !g_hash_table_contains (scan->full, GUINT_TO_POINTER (sense.division)))
        {
          const CtDivision *d = division (scan, sense.division);
          g_autoptr(GHashTable) nearby = sentence_places (scan, i, FALSE);

          /* A county-level city (昆山, 义乌) is known by its short name; a
           * district is not, unless its city is near or another of the
           * city's is listed with it (瑞安、龙湾、温岭、路桥) */
          if (!g_str_has_suffix (d->name, "市") && !has_ancestor_in (scan, sense.division, nearby) &&
              !listed_with_sibling (scan, i, d->parent) && !counted_as_counties (scan, i))
            continue;
        }

      if (adjacent && ct_gazetteer_is_ancestor (scan->gazetteer, previous->division, sense.division))
        {
          previous->qualifier = TRUE;
          list_parent = previous->division;
        }
      else if (!in_list)
        list_parent = -1;

      add_mention (scan, c->start, c->end, sense.division,
                   c->ambiguous ? CT_HOW_PARENT_NEARBY : sense.kind == CT_NAME_FULL ? CT_HOW_FULL_NAME : CT_HOW_SHORT_NAME, 0);
      previous = &g_array_index (scan->mentions, CtPlaceMention, scan->mentions->len - 1);
    }
}

/* ------------------------------------------------------------------------ */
/* Contractions                                                              */

static gint
nickname_of (CtPlaceScan *scan, gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (nicknames); i++)
    if (g_utf8_get_char (nicknames[i].nickname) == c)
      return ct_gazetteer_lookup_path (scan->gazetteer, nicknames[i].path);
  return -1;
}

/* A character news uses alone for a province or a city: 沪, 苏, 宁, 穗 */
gboolean
ct_places_is_abbreviation (CtGazetteer *gazetteer,
                           gunichar     c)
{
  CtPlaceScan scan = { .gazetteer = gazetteer };

  return ct_gazetteer_lookup_abbr (gazetteer, c) >= 0 || nickname_of (&scan, c) >= 0;
}

static gboolean
is_municipality (CtPlaceScan *scan, gint index)
{
  const CtDivision *d = division (scan, index);

  return d->level == CT_LEVEL_PROVINCE && (g_str_has_suffix (d->name, "市") || g_str_has_suffix (d->name, "特别行政区"));
}

/* The cities one character of a contraction can stand for: by nickname,
 * municipality abbreviation, or the first character of a city's name; with
 * @anywhere, any character of it (潭 for 湘潭 in 长株潭三市, where a count
 * says how many places the characters are). */
static GArray *
char_cities (CtPlaceScan *scan, gunichar c, gboolean anywhere)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  gint nick = nickname_of (scan, c);
  gint abbr = ct_gazetteer_lookup_abbr (scan->gazetteer, c);
  GArray *senses = ct_gazetteer_get_char_senses (scan->gazetteer, c);

  if (nick >= 0)
    g_array_append_val (out, nick);
  if (abbr >= 0 && is_municipality (scan, abbr))
    g_array_append_val (out, abbr);
  for (guint i = 0; senses != NULL && i < senses->len; i++)
    {
      guint d = g_array_index (senses, guint, i);

      if (division (scan, d)->level == CT_LEVEL_PREFECTURE && (gint) d != nick &&
          (anywhere || g_utf8_get_char (division (scan, d)->short_name) == c))
        g_array_append_val (out, d);
    }
  return out;
}

static gboolean
covered_by_mention (CtPlaceScan *scan, gsize i)
{
  return i < scan->document->n_chars && scan->covered[i];
}

/* Cost of reading the run as these cities: spread on the map, lighter for
 * names that start with the character or are named elsewhere in the text. */
static double
choose_cities (CtPlaceScan *scan, gsize start, gsize length, gboolean anywhere, guint *chosen)
{
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double best = G_MAXDOUBLE;

  for (gsize k = 0; k < length; k++)
    {
      GArray *cities = char_cities (scan, scan->text.chars[start + k], anywhere);

      if (cities->len == 0)
        {
          g_array_unref (cities);
          return G_MAXDOUBLE;
        }
      g_ptr_array_add (options, cities);
    }

  /* Anchor on each reading of the first character; take for the others the
   * nearest reading.  Linear in the options, which are few. */
  {
    GArray *first = g_ptr_array_index (options, 0);

    for (guint a = 0; a < first->len; a++)
      {
        guint pick[8];
        double spread = 0;

        pick[0] = g_array_index (first, guint, a);
        for (gsize k = 1; k < length; k++)
          {
            GArray *cities = g_ptr_array_index (options, k);
            double nearest = G_MAXDOUBLE;

            for (guint b = 0; b < cities->len; b++)
              {
                guint city = g_array_index (cities, guint, b);
                double d = ct_gazetteer_distance_km (scan->gazetteer, pick[0], city);
                const CtDivision *cd = division (scan, city);

                if (g_utf8_get_char (cd->short_name ? cd->short_name : cd->name) != scan->text.chars[start + k] &&
                    nickname_of (scan, scan->text.chars[start + k]) != (gint) city)
                  d += 150;
                if (g_hash_table_contains (scan->certain, GUINT_TO_POINTER (city)))
                  d -= 100;
                if (d < nearest && city != pick[0])
                  {
                    nearest = d;
                    pick[k] = city;
                  }
              }
            spread = MAX (spread, nearest);
          }
        if (spread < best)
          {
            best = spread;
            memcpy (chosen, pick, length * sizeof (guint));
          }
      }
  }
  return best;
}

/* A run made only of province abbreviations (沪苏浙皖, 京津冀, 川渝). */
static gboolean
choose_provinces (CtPlaceScan *scan, gsize start, gsize length, guint *chosen)
{
  for (gsize k = 0; k < length; k++)
    {
      gint p = ct_gazetteer_lookup_abbr (scan->gazetteer, scan->text.chars[start + k]);

      if (p < 0)
        return FALSE;
      chosen[k] = p;
      for (gsize j = 0; j < k; j++)
        if (chosen[j] == chosen[k] || ct_gazetteer_distance_km (scan->gazetteer, chosen[j], chosen[k]) > 1200)
          return FALSE;
    }
  return TRUE;
}

static gboolean
has_reading (CtPlaceScan *scan, gunichar c, gboolean anywhere)
{
  g_autoptr(GArray) cities = NULL;

  /* numerals count places (四大都市圈), they do not stand for them */
  if (g_utf8_strchr ("一二三四五六七八九十两百千万", -1, c) != NULL)
    return FALSE;
  if (ct_gazetteer_lookup_abbr (scan->gazetteer, c) >= 0)
    return TRUE;
  cities = char_cities (scan, c, anywhere);
  return cities->len > 0;
}

/* Words that start with a character standing for a place (海 for 海口). */
static const char * const ordinary_words[] = {
  "海洋", "海上", "海峡", "海外", "海关", "海岸", "海陆", "江海", "山区", "山海", "湖泊", "临空", "临港", NULL,
};

static gboolean
contraction_context (CtPlaceScan *scan, gsize end, gint *count)
{
  gsize after;

  *count = ct_count_word_value (scan->text.chars, scan->text.length, end, &after);
  if (*count > 0)
    return TRUE;
  if (ct_text_any_word_at (&scan->text, end, ct_transport_words) != NULL ||
      ct_text_any_word_at (&scan->text, end, ct_border_words) != NULL)
    return FALSE;
  if (ct_text_any_word_at (&scan->text, end, ct_cooperation_words) != NULL)
    return TRUE;
  /* the start of a grouping's name: 杭黄世界级自然生态和文化旅游廊道; the
   * contraction is all of the characters that can stand for places
   * (苏锡常都市圈), unless the next one starts an ordinary word (甬舟海洋…) */
  if (has_reading (scan, ct_text_at (&scan->text, end), FALSE) && !covered_by_mention (scan, end) &&
      ct_text_any_word_at (&scan->text, end, ordinary_words) == NULL)
    return FALSE;
  /* a word of degree first (广佛全域同城化); only after the check above,
   * for 深 in 粤澳深度合作区 may stand for a place */
  if (ct_cooperation_word_end (scan->text.chars, scan->text.length, end) > 0)
    return TRUE;
  for (gsize i = end; i < end + 20 && ct_text_is_han (ct_text_at (&scan->text, i)); i++)
    for (guint k = 0; ct_grouping_suffixes[k].suffix != NULL; k++)
      if (ct_text_word_at (&scan->text, i, ct_grouping_suffixes[k].suffix))
        return TRUE;
  return FALSE;
}

static gboolean
is_region_name (CtPlaceScan *scan, gsize start, gsize end)
{
  for (guint k = 0; ct_region_names[k] != NULL; k++)
    if ((gsize) g_utf8_strlen (ct_region_names[k], -1) == end - start &&
        ct_text_word_at (&scan->text, start, ct_region_names[k]))
      return TRUE;
  return FALSE;
}


static gboolean
in_region_name (CtPlaceScan *scan, gsize i)
{
  for (gsize start = i >= 4 ? i - 4 : 0; start <= i; start++)
    for (guint k = 0; ct_region_names[k] != NULL; k++)
      if (ct_text_word_at (&scan->text, start, ct_region_names[k]) &&
          start + g_utf8_strlen (ct_region_names[k], -1) > i)
        return TRUE;
  return FALSE;
}

/* Whether a reading of a run without a count stands on more than first
 * characters: a nickname or abbreviation in it (杭黄, 沪镇), or one of its
 * cities named elsewhere in the text.  达成合作 is a verb, not 达州 and 成都. */
static gboolean
any_known (CtPlaceScan *scan, gsize start, gsize length, const guint *chosen)
{
  for (gsize k = 0; k < length; k++)
    {
      gunichar c = scan->text.chars[start + k];

      if (nickname_of (scan, c) == (gint) chosen[k] || ct_gazetteer_lookup_abbr (scan->gazetteer, c) == (gint) chosen[k] ||
          g_hash_table_contains (scan->certain, GUINT_TO_POINTER (chosen[k])))
        return TRUE;
    }
  return FALSE;
}

/* 京东, 苏北, 皖南, 川西: a quarter of a province, not places (兰西 is
 * 兰州 and 西宁: 兰 is no province's); and 西北 (川西北两州) is a
 * direction alone. */
static gboolean
names_a_direction (CtPlaceScan *scan, gsize start, gsize length)
{
  gsize directions = 0;

  for (gsize k = 0; k < length; k++)
    directions += g_utf8_strchr ("东西南北", -1, scan->text.chars[start + k]) != NULL;
  if (directions == length)
    return TRUE;
  for (gsize k = 1; k < length; k++)
    if (g_utf8_strchr ("东西南北", -1, scan->text.chars[start + k]) != NULL &&
        ct_gazetteer_lookup_abbr (scan->gazetteer, scan->text.chars[start + k - 1]) >= 0)
      return TRUE;
  return FALSE;
}

/* Whether the count at @end (两地) is followed by another (12个区县). */
static gboolean
counts_again (CtPlaceScan *scan, gsize end)
{
  gsize after, again;

  return ct_count_word_value (scan->text.chars, scan->text.length, end, &after) > 0 &&
         ct_count_word_value (scan->text.chars, scan->text.length, after, &again) > 0;
}

/* A contraction is the whole run of characters that can stand for places
 * before a context word; with a count (沪镇两地) the count says how many of
 * the run's last characters it is. */
static void
find_contractions (CtPlaceScan *scan)
{
  const CtText *text = &scan->text;

  for (guint si = 0; si < scan->document->sentences->len; si++)
    {
      const CtSentence *s = &g_array_index (scan->document->sentences, CtSentence, si);

      for (gsize end = s->start + 2; end <= s->end; end++)
        {
          gint count;
          gsize start = end;
          gsize length;
          guint chosen[4];
          gboolean provinces;

          if (!contraction_context (scan, end, &count))
            continue;
          while (start > s->start && end - start < 6 && ct_text_is_han (text->chars[start - 1]) &&
                 !covered_by_mention (scan, start - 1) && (count > 0 || !in_region_name (scan, start - 1)) &&
                 has_reading (scan, text->chars[start - 1], count > 0))
            start--;
          length = end - start;
          if (count > 0 && length >= (gsize) count && count <= 4)
            {
              start = end - count;
              length = count;
            }
          else if (count > 0 || length < 2 || length > 4)
            continue;
          if (ct_text_word_before (text, start, "沿") || (count == 0 && is_region_name (scan, start, end)) ||
              names_a_direction (scan, start, length))
            continue;

          provinces = choose_provinces (scan, start, length, chosen);
          if (!provinces && (choose_cities (scan, start, length, count > 0, chosen) > 400 ||
                             (count == 0 && !any_known (scan, start, length, chosen))))
            continue;
          scan->next_run++;
          for (gsize k = 0; k < length; k++)
            {
              add_mention (scan, start + k, start + k + 1, chosen[k],
                           provinces ? CT_HOW_ABBREVIATION : CT_HOW_CONTRACTION, scan->next_run);
              /* 川渝两地12个区县: where the counted others are */
              g_array_index (scan->mentions, CtPlaceMention, scan->mentions->len - 1).qualifier =
                count > 0 && counts_again (scan, end);
            }
        }
    }
}

/* 在沪举行, 在穗召开: one character standing for a city where something happens. */
static void
find_venue_abbreviations (CtPlaceScan *scan)
{
  const CtText *text = &scan->text;

  for (guint si = 0; si < scan->document->sentences->len; si++)
    {
      const CtSentence *s = &g_array_index (scan->document->sentences, CtSentence, si);

      for (gsize i = s->start + 1; i + 1 < s->end; i++)
        {
          gint place;

          /* 赴港，在…举办: a journey there may end the clause */
          gboolean journey_ends = ct_text_any_word_before (text, i, journeys) != NULL &&
                                  (text->chars[i + 1] == ',' || text->chars[i + 1] == 0x3002);

          if (ct_text_any_word_before (text, i, venue_before) == NULL ||
              (ct_text_any_word_at (text, i + 1, venue_after) == NULL && !journey_ends) || covered_by_mention (scan, i))
            continue;
          place = nickname_of (scan, text->chars[i]);
          if (place < 0)
            {
              place = ct_gazetteer_lookup_abbr (scan->gazetteer, text->chars[i]);
              if (place >= 0 && !is_municipality (scan, place))
                place = -1;
            }
          if (place >= 0)
            add_mention (scan, i, i + 1, place, CT_HOW_ABBREVIATION, 0);
        }
    }
}

static gint
compare_mentions (gconstpointer a, gconstpointer b)
{
  const CtPlaceMention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

GArray *
ct_places_find (CtGazetteer *gazetteer,
                CtDocument  *document)
{
  CtPlaceScan scan = { 0 };

  scan.gazetteer = gazetteer;
  scan.document = document;
  scan.text = (CtText) { document->chars, document->n_chars };
  scan.candidates = g_array_new (FALSE, FALSE, sizeof (CtCandidate));
  g_array_set_clear_func (scan.candidates, clear_candidate);
  scan.certain = g_hash_table_new (NULL, NULL);
  scan.full = g_hash_table_new (NULL, NULL);
  scan.anchored = g_hash_table_new (NULL, NULL);
  scan.beyond = g_hash_table_new (NULL, NULL);
  scan.mentions = g_array_new (FALSE, FALSE, sizeof (CtPlaceMention));
  scan.covered = g_new0 (guint8, document->n_chars + 1);

  collect_candidates (&scan);
  note_certain (&scan);
  resolve_candidates (&scan);
  find_contractions (&scan);
  find_venue_abbreviations (&scan);
  g_array_sort (scan.mentions, compare_mentions);

  g_array_unref (scan.candidates);
  g_hash_table_unref (scan.certain);
  g_hash_table_unref (scan.full);
  g_hash_table_unref (scan.anchored);
  g_hash_table_unref (scan.beyond);
  g_free (scan.covered);
  return scan.mentions;
}
