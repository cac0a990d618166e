/* ct-extractor.c: from one document to places, groupings, agreements, events and ties
 *
 * The rules read the shapes Chinese government news uses, never particular
 * names: a grouping is a name ending in 联盟/城市群/都市圈/走廊… that holds a
 * place or a region; an event is a name ending in 会商会/座谈会/论坛… that
 * happened (not one that 将 happen); an agreement is a 《title》 that named
 * parties signed or adopted, or an untitled 协议/备忘录 they 签署.  Parties are
 * the places before the verb, or a count (七个中心城区, 四省会城市) resolved to
 * the nearest list of that many places of that level.  Dates come from the
 * sentence, else from the meeting the sentence refers to (会上, 会议).  Ties
 * join co-parties, co-participants and co-members, never a place and its own
 * parent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "ct-extractor.h"
#include "ct-lexicon.h"
#include "ct-text.h"

typedef struct
{
  CtGazetteer *gazetteer;
  CtDocument *document;
  CtText text;
  GArray *mentions;     /* CtPlaceMention */
  GArray *dates;        /* CtDateMention, absolute offsets, title and body only */
  CtExtraction *out;
  GArray *event_spans;  /* CtSpan of each event title occurrence, parallel to event_of_span */
  GArray *event_of_span;
  gint home;            /* the special region a Hong Kong or Macao paper calls its own, or -1 */
} CtRun;

typedef struct
{
  gsize start;
  gsize end;
} CtSpan;

static const char * const event_suffixes[] = {
  "会商会", "座谈会", "恳谈会", "联席会议", "联席会", "全体会议", "工作会议", "合作会议", "市长会议", "论坛", "大会", "峰会",
  "博览会", "展览会", "交易会", "交流会", "推介会", "签约会", "洽谈会", "研讨会", "推进会", "现场会", "对接会",
  "年会", "成果展", "现场展", "发布会", "次会议", "届会议", "预备会", "协调会", "磋商会", "见面会", "视频会", "理事会议",
  "展销会", "工作会", "协商会", "启动会",
  /* held by two places together, festivals are meetings of theirs (drop_passing_events()) */
  "旅游节", "文化节", "艺术节", NULL,
};

/* Where an event's name starts: after these.  Verbs such as 成立 and 建设
 * are part of many names (…联盟成立大会, …建设联席会议), so they are not here. */
static const char * const name_boundaries[] = {
  "举行了", "举行", "召开了", "召开", "举办了", "举办", "主持召开", "出席", "参加", "列席", "主持", "据悉", "会上", "此外",
  "办好", "开好", "筹备", "商定",
  "继", "在", "于", "的", "是", "与", "和", "及", "了", "还", "并", "后", "由", "等", "为", "向", "把", "将", "对",
  "从", "以", "让", NULL,
};

/* Where a grouping's name may start: after any of the above or these verbs. */
static const char * const grouping_boundaries[] = {
  "同志", "负责人", "加入", "成立", "组建", "建设", "推进", "加快", "打造", "共建", "依托", "发挥", "深化", "推动", "构建", "参与",
  "围绕", "启动", "携手", "建立", "对接", "融入", "服务", "支持", "以及", "部分", "纳入", "暨", "同属", "属于", "位于",
  "地处", "同处", "结成", "签署", "签订", "入列", "入盟", "加盟", NULL,
};

/* Words that start with a boundary character but belong to a name: 对口合作交流座谈会 */
static const char * const unsplit_words[] = { "对口", "和平", "与会", NULL };

/* …and words that end with one: 北向拓展带 */
static const char * const unsplit_endings[] = { "北向", "南向", "东向", "西向", NULL };

static const char * const future_words[] = {
  "将", "拟", "计划", "未来", "即将", "筹备", "办好", "下一步", "明年", "力争", "争取", "着力", "商定", "届时", "有意",
  /* what may be, or is hoped for (现在三地抱团，可以联合参加…博览会) */
  "可以", "希望", "期待", "有望",
  /* 原定在义乌召开的…大会，推迟至…: it did not take place */
  "原定", NULL,
};


static const char * const attendance_words[] = {
  "出席", "参加", "列席", "与会", "参会", "共聚一堂", "齐聚", "汇聚一堂", "相聚", NULL,
};

static const char * const signing_verbs[] = {
  "签署", "签订", "审议", "通过", "制定", "见证", "签约", "达成", "印发", "发布", "联合发布", "续签", "新签的", "签了", NULL,
};

static const char * const drafting_words[] = { "编制", "研究", "起草", "谋划", NULL };

/* what one body does alone to a document */
static const char * const issuing_verbs[] = { "印发", "发布", "制定", NULL };

static const char * const agreement_keywords[] = {
  "框架协议", "合作协议", "协议书", "协议", "备忘录", "重点合作事项清单", "合作事项", "宣言", "倡议书", "倡议",
  "共识", "公约", "行动方案", "合作方案",
  /* what the mainland signs with Hong Kong and Macao: 《…关于建立更紧密经贸关系的安排》 */
  "安排", NULL,
};

static const char * const untitled_keywords[] = {
  "框架协议", "合作协议", "协议", "备忘录", "行动方案", "章程", NULL,
};

static const char * const meeting_references[] = {
  "会上", "会议", "大会", "会商", "会期", "活动", NULL,
};

static const char * const anaphors[] = {
  "此次", "本次", "这次", "这个", "该", "本", "本届", "上届", "下届", "下一届", "下一次", "下次", "历届", "每届", "这一", NULL,
};

/* ------------------------------------------------------------------------ */
/* Small helpers                                                             */

static const CtDivision *
div_at (CtRun *run, guint index)
{
  return ct_gazetteer_get_division (run->gazetteer, index);
}

static const CtSentence *
sentence (CtRun *run, guint index)
{
  return &g_array_index (run->document->sentences, CtSentence, index);
}

static void
set_evidence (CtRun *run, CtEvidence *evidence, guint sentence_index)
{
  const CtSentence *s = sentence (run, sentence_index);

  evidence->start = s->start;
  evidence->end = s->end;
  evidence->sentence = ct_document_get_slice (run->document, s->start, s->end);
}

static gboolean
in_list (GArray *list, guint value)
{
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, guint, i) == value)
      return TRUE;
  return FALSE;
}

static void
add_unique (GArray *list, guint value)
{
  if (!in_list (list, value))
    g_array_append_val (list, value);
}

static gboolean
share_a_place (GArray *a, GArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint k = 0; k < b->len; k++)
      if (g_array_index (a, guint, i) == g_array_index (b, guint, k))
        return TRUE;
  return FALSE;
}

static GArray *
new_place_list (void)
{
  return g_array_new (FALSE, FALSE, sizeof (guint));
}

static gboolean
mention_starts_at (CtRun *run, gsize offset)
{
  guint k = ct_spans_lower_bound (run->mentions, offset);

  return k < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, k).start == offset;
}

static gboolean
mention_ends_at (CtRun *run, gsize offset)
{
  guint k = ct_spans_lower_bound (run->mentions, offset);

  return k > 0 && g_array_index (run->mentions, CtPlaceMention, k - 1).end == offset;
}

/* Whether @i is inside a note of levels in a name: 毗邻县（市、区）协同发展联盟 */
static gboolean
in_level_note (CtRun *run, gsize i)
{
  gsize open = i, close = i;

  while (open > 0 && i - open < 6 && g_utf8_strchr ("市县区旗、", -1, run->text.chars[open - 1]) != NULL)
    open--;
  while (close + 1 < run->text.length && close - i < 6 && g_utf8_strchr ("市县区旗、", -1, run->text.chars[close + 1]) != NULL)
    close++;
  return open > 0 && run->text.chars[open - 1] == '(' && ct_text_at (&run->text, close + 1) == ')';
}

static gboolean
is_name_char (CtRun *run, gsize i)
{
  gunichar c = run->text.chars[i];

  /* 、 in 县（市、区）, and between places named together (江门、阳江两市协同发展联席会议) */
  return ct_text_is_han (c) || ct_text_is_digit (c) || ct_text_is_latin (c) || c == '(' || c == ')' ||
         (c == 0x3001 && (in_level_note (run, i) || (mention_starts_at (run, i + 1) && mention_ends_at (run, i))));
}

static gboolean
inside_book_title (CtRun *run, gsize offset, const CtSentence *s)
{
  gboolean open = FALSE;

  for (gsize i = s->start; i < offset; i++)
    if (run->text.chars[i] == 0x300a)
      open = TRUE;
    else if (run->text.chars[i] == 0x300b)
      open = FALSE;
  return open;
}

/* Non-qualifier place mentions inside [start, end). */
static GArray *
places_in (CtRun *run, gsize start, gsize end)
{
  GArray *list = new_place_list ();

  for (guint i = ct_spans_lower_bound (run->mentions, start); i < run->mentions->len; i++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);

      if (m->start >= end)
        break;
      if (m->end <= end && !m->qualifier)
        add_unique (list, m->division);
    }
  return list;
}

static const CtDateMention *
first_date_in (CtRun *run, gsize start, gsize end, gsize skip_start, gsize skip_end)
{
  for (guint i = ct_spans_lower_bound (run->dates, start); i < run->dates->len; i++)
    {
      const CtDateMention *d = &g_array_index (run->dates, CtDateMention, i);

      if (d->start >= end)
        break;
      if (d->end > end || (d->start >= skip_start && d->end <= skip_end))
        continue;
      /* (2023-2025年) after a name dates the name, not the sentence */
      if (d->start > 0 && run->text.chars[d->start - 1] == '(')
        continue;
      return d;
    }
  return NULL;
}

/* A date just before a name is not part of it (8月27日长三角…, 去年…), but a
 * stated year is (2024镇江(上海)…恳谈会, 2020年…座谈会). */
static gboolean
ends_date (CtRun *run, gsize i)
{
  /* dates do not overlap, so the one ending at @i is the last starting before it */
  guint k = ct_spans_lower_bound (run->dates, i);
  const CtDateMention *d;

  if (k == 0)
    return FALSE;
  d = &g_array_index (run->dates, CtDateMention, k - 1);
  return d->end == i && (d->date.precision >= CT_PRECISION_MONTH || !d->states_year);
}

/* Where the clause holding @i starts: after a comma, a semicolon or a colon. */
static gsize
clause_start_before (CtRun *run, const CtSentence *s, gsize i)
{
  while (i > s->start && run->text.chars[i - 1] != ',' && run->text.chars[i - 1] != ';' && run->text.chars[i - 1] != ':')
    i--;
  return i;
}

/* Where the clause at @i ends: its comma, semicolon or full stop, or @limit. */
static gsize
clause_end_after (CtRun *run, gsize limit, gsize i)
{
  while (i < limit && !ct_text_char_in (",;。", run->text.chars[i]))
    i++;
  return i;
}

/* Whether an opening parenthesis comes before @close with only name characters between. */
static gboolean
opens_before (CtRun *run, gsize limit, gsize close)
{
  for (gsize i = close; i > limit; i--)
    {
      gunichar c = run->text.chars[i - 1];

      if (c == '(')
        return TRUE;
      if (!is_name_char (run, i - 1))
        return FALSE;
    }
  return FALSE;
}

/* Whether a place's name runs on across the start of character @i. */
static gboolean
mention_across (CtRun *run, gsize i)
{
  guint k = ct_spans_lower_bound (run->mentions, i);

  if (k == 0)
    return FALSE;
  {
    const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k - 1);

    return m->start < i && i < m->end;
  }
}

/* Scans left from @end over name characters, stopping at punctuation or a
 * boundary word; returns where the name starts. */
static gsize
name_start (CtRun *run, gsize limit, gsize end)
{
  gsize i = end;
  gint depth = 0;

  while (i > limit)
    {
      gunichar c = run->text.chars[i - 1];
      const char *boundary;

      /* 北京市朝阳区—沈阳市和平区对口合作…: a dash between two names joins them */
      if ((c == 0x2014 || c == '-' || c == 0xb7 /* · */) && i >= 2 && ct_text_is_han (run->text.chars[i - 2]) &&
          ct_text_is_han (ct_text_at (&run->text, i)))
        {
          i--;
          continue;
        }
      if (!is_name_char (run, i - 1))
        break;
      if (c == ')')
        {
          /* (记者 王林芝)北京市—拉萨市…: a closing parenthesis with no opening in the name */
          if (!opens_before (run, limit, i - 1))
            break;
          depth++;
        }
      else if (c == '(')
        {
          if (depth == 0)
            break;
          depth--;
        }
      /* …从江产业合作对接会: 从 in a place's name is no boundary; nor is 与
       * between two places (通州区与北三县协同发展推进会) */
      if (depth == 0 && (boundary = ct_text_any_word_before (&run->text, i, name_boundaries)) != NULL &&
          ct_text_any_word_at (&run->text, i - g_utf8_strlen (boundary, -1), unsplit_words) == NULL &&
          ct_text_any_word_before (&run->text, i, unsplit_endings) == NULL && !mention_across (run, i) &&
          !(g_str_equal (boundary, "与") && mention_ends_at (run, i - 1) && mention_starts_at (run, i)))
        break;
      if (i < end && ends_date (run, i))
        break;
      i--;
    }
  return i;
}

/* ------------------------------------------------------------------------ */
/* Places                                                                    */

/* @word right before @start, or before a speaker's 我们 or 我市 there
 * (在我们永定区召开). */
static gboolean
preposition_before (CtRun *run, gsize start, const char *word)
{
  static const char * const ours[] = { "我们", "咱们", "我市", "我区", "我县", "我州", "本市", "本区", "本县", NULL };
  const char *own = ct_text_any_word_before (&run->text, start, ours);

  if (own != NULL)
    start -= g_utf8_strlen (own, -1);
  return ct_text_word_before (&run->text, start, word);
}

/* Where the chain of places @m ends (浙江省温州市鹿城区) starts. */
static gsize
chain_start (CtRun *run, const CtPlaceMention *m)
{
  gsize start = m->start;

  for (guint k = ct_spans_lower_bound (run->mentions, m->start); k-- > 0;)
    {
      const CtPlaceMention *before = &g_array_index (run->mentions, CtPlaceMention, k);

      if (before->end != start)
        break;
      start = before->start;
    }
  return start;
}

/* 在福州市鼓楼区, 于天津, 赴港, 移师湛江: a place, or the last of a chain of places,
 * that says where something happens. */
static gboolean
is_where (CtRun *run, const CtPlaceMention *m)
{
  gsize start = chain_start (run, m);

  return preposition_before (run, start, "在") || preposition_before (run, start, "于") ||
         preposition_before (run, start, "赴") || preposition_before (run, start, "移师");
}

/* 新华社郑州5月12日电: where the reporter filed from, not an actor. */
static gboolean
is_dateline_place (CtRun *run, const CtPlaceMention *m)
{
  static const char * const dateline_words[] = { "讯", "电", NULL };

  guint k = ct_spans_lower_bound (run->dates, m->end);
  const CtDateMention *d;

  /* 记者何嘉欣广州报道: where the reporter wrote from */
  if (ct_text_word_at (&run->text, m->end, "报道") && ct_text_find (&run->text, m->start > 12 ? m->start - 12 : 0, m->start, "记者") >= 0)
    return TRUE;
  if (k >= run->dates->len)
    return FALSE;
  d = &g_array_index (run->dates, CtDateMention, k);
  return d->start == m->end && ct_text_any_word_at (&run->text, d->end, dateline_words) != NULL;
}

/* 江苏的徐州、连云港: a province before 的 and its own city qualifies it. */
static gboolean
qualifies_with_de (CtRun *run, guint i)
{
  const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);
  const CtPlaceMention *next;

  if (i + 1 >= run->mentions->len || ct_text_at (&run->text, m->end) != 0x7684) /* 的 */
    return FALSE;
  next = &g_array_index (run->mentions, CtPlaceMention, i + 1);
  return next->start == m->end + 1 && ct_gazetteer_is_ancestor (run->gazetteer, m->division, next->division);
}

/* 鄂豫皖三省10个成员县: places counted (三省) before a count of others (10个…)
 * say where those others are; so does a place before a part of it
 * (辽宁沿海六市, 辽宁沿海经济带, 江苏沿江八市). */
static gboolean
qualifies_a_count (CtRun *run, guint i)
{
  gsize j = g_array_index (run->mentions, CtPlaceMention, i).end;
  gsize after;

  static const char * const parts[] = { "沿海", "沿江", "沿边", "沿黄", "沿线", "境内", "省内", NULL };

  if (ct_text_any_word_at (&run->text, j, parts) != NULL)
    return TRUE;

  /* to the end of the list the mention is in */
  for (guint k = i + 1; k < run->mentions->len; k++)
    {
      const CtPlaceMention *next = &g_array_index (run->mentions, CtPlaceMention, k);

      if (next->start == j || (next->start == j + 1 && g_utf8_strchr ("、和与及", -1, ct_text_at (&run->text, j))))
        j = next->end;
      else
        break;
    }
  if (ct_count_word_value (run->text.chars, run->text.length, j, &after) < 2)
    return FALSE;
  for (j = after; ct_text_is_digit (ct_text_at (&run->text, j)) ||
                  ct_text_char_in ("一二两三四五六七八九十百", ct_text_at (&run->text, j)); j++)
    ;
  return j > after && ct_text_word_at (&run->text, j, "个");
}

/* 亭湖区（盐城市）: a place in parentheses after one of its own says whose it is. */
static gboolean
says_whose (CtRun *run, guint i)
{
  const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i), *before;

  if (i == 0 || m->start == 0 || run->text.chars[m->start - 1] != '(' || ct_text_at (&run->text, m->end) != ')')
    return FALSE;
  before = &g_array_index (run->mentions, CtPlaceMention, i - 1);
  return before->end + 1 == m->start && ct_gazetteer_is_ancestor (run->gazetteer, m->division, before->division);
}

/* 陕西首个跨市共建的园区, 进入香港市场: the place is the scope of a first or
 * a market, not an actor (a city's 市场监管 bureau is its own). */
static gboolean
names_a_scope (CtRun *run, const CtPlaceMention *m)
{
  static const char * const scopes[] = { "首个", "首家", "首座", "首条", "唯一", "市场", NULL };

  return ct_text_any_word_at (&run->text, m->end, scopes) != NULL && !ct_text_word_at (&run->text, m->end, "市场监管");
}

/* Dateline places, qualifiers before 的 or a count, and scopes say where,
 * like qualifiers do; no rule counts them as actors. */
static void
mark_dateline_places (CtRun *run)
{
  for (guint i = 0; i < run->mentions->len; i++)
    {
      CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);

      if (is_dateline_place (run, m) || qualifies_with_de (run, i) || qualifies_a_count (run, i) ||
          names_a_scope (run, m) || says_whose (run, i))
        m->qualifier = TRUE;
    }
}

/* 计划在石家庄举办…, 将于明年在湘潭召开: where a meeting is planned says
 * where, not who; a place only named so is not an actor. */
static void
mark_planned_venues (CtRun *run)
{
  static const char * const holding[] = { "举办", "举行", "召开", NULL };

  for (guint i = 0; i < run->mentions->len; i++)
    {
      CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);
      gint si = ct_document_sentence_at (run->document, m->start);
      gboolean planned = FALSE, held = FALSE;

      if (si < 0 || !is_where (run, m))
        continue;
      for (gsize j = sentence (run, si)->start; j < m->start && !planned; j++)
        planned = ct_text_any_word_at (&run->text, j, future_words) != NULL;
      for (gsize j = m->end; j <= m->end + 8 && ct_text_is_han (ct_text_at (&run->text, j)) && !held; j++)
        held = ct_text_any_word_at (&run->text, j, holding) != NULL;
      if (planned && held)
        m->qualifier = TRUE;
    }
}

static void
collect_places (CtRun *run)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < run->mentions->len; i++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);
      CtPlace place = { m->division, m->how, { 0 } };
      gint s;

      if (m->qualifier || !g_hash_table_add (seen, GUINT_TO_POINTER (m->division)))
        continue;
      s = ct_document_sentence_at (run->document, m->start);
      if (s >= 0)
        set_evidence (run, &place.evidence, s);
      g_array_append_val (run->out->places, place);
    }
}

/* ------------------------------------------------------------------------ */
/* Groupings                                                                 */

static CtGrouping *
find_grouping (CtRun *run, const char *name)
{
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);

      if (g_str_equal (g->name, name))
        return g;
    }
  return NULL;
}

static CtGrouping *
add_grouping (CtRun *run, gsize start, gsize end, CtGroupingKind kind, guint sentence_index)
{
  g_autofree char *name = ct_document_get_name (run->document, start, end);
  CtGrouping *g = find_grouping (run, name);

  if (g != NULL)
    return g;
  g = g_new0 (CtGrouping, 1);
  g->name = g_steal_pointer (&name);
  g->kind = kind;
  g->members = new_place_list ();
  set_evidence (run, &g->evidence, sentence_index);
  g_ptr_array_add (run->out->groupings, g);
  return g;
}

/* Whether @name is @full shortened to some of its words and its suffix
 * (民营经济示范带 for 温台民营经济协同创新示范带). */
static gboolean
shortens (const char *full, const char *name)
{
  for (guint k = 0; ct_grouping_suffixes[k].suffix != NULL; k++)
    {
      const char *suffix = ct_grouping_suffixes[k].suffix;
      g_autofree char *stem = NULL;

      /* four words at least: 淮河经济带 is no shortening of 淮河生态经济带 */
      if (!g_str_has_suffix (name, suffix) || !g_str_has_suffix (full, suffix) ||
          g_utf8_strlen (name, -1) - g_utf8_strlen (suffix, -1) < 4)
        continue;
      stem = g_strndup (name, strlen (name) - strlen (suffix));
      if (strstr (full, stem) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Is [start, end) a proper part of a grouping already found (中心城区…联盟 in 长三角…中心城区…联盟)? */
static gboolean
is_part_of_known (CtRun *run, const char *name)
{
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      const CtGrouping *g = g_ptr_array_index (run->out->groupings, i);

      if (!g_str_equal (g->name, name) &&
          (g_str_has_suffix (g->name, name) || g_str_has_prefix (g->name, name) || shortens (g->name, name)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_anchor_at (CtRun *run, gsize p)
{
  if (mention_starts_at (run, p))
    return TRUE;
  /* 沿沪宁产业创新带: a route named by abbreviations */
  if (ct_text_word_before (&run->text, p, "沿") &&
      ct_places_is_abbreviation (run->gazetteer, ct_text_at (&run->text, p)) &&
      ct_places_is_abbreviation (run->gazetteer, ct_text_at (&run->text, p + 1)))
    return TRUE;
  /* 赣东北, 皖西南, 粤东: a quarter of a province */
  if (ct_gazetteer_lookup_abbr (run->gazetteer, ct_text_at (&run->text, p)) >= 0 &&
      g_utf8_strchr ("东西南北中", -1, ct_text_at (&run->text, p + 1)) != NULL)
    return TRUE;
  return (ct_text_is_latin (ct_text_at (&run->text, p)) && ct_text_is_digit (ct_text_at (&run->text, p + 1))) ||
         ct_text_any_word_at (&run->text, p, ct_region_names) != NULL;
}

/* Where a grouping's name starts: at the first place, region or code (G60)
 * after the last word that cannot be inside a name (a verb, 等, an ordinal);
 * 和 and 与 can (杭黄世界级自然生态和文化旅游廊道).  G_MAXSIZE when the name
 * holds no anchor: 合作共同体 and 四大都市圈 name no one. */
/* 七市, 两省: a count ends a list of places, which no name holds. */
static gboolean
ends_count (CtRun *run, gsize i)
{
  return i >= 2 && g_utf8_strchr ("市省县区地", -1, run->text.chars[i - 1]) != NULL &&
         g_utf8_strchr ("两二三四五六七八九十", -1, run->text.chars[i - 2]) != NULL;
}

static gsize
grouping_start (CtRun *run, const CtSentence *s, gsize suffix_at)
{
  static const char * const soft[] = { "和", "与", "及", NULL };
  gsize limit = suffix_at;
  gsize hard;

  while (limit > s->start && suffix_at - limit < 30 && is_name_char (run, limit - 1))
    limit--;
  hard = limit;
  for (gsize i = limit + 1; i <= suffix_at; i++)
    {
      const char *word = ct_text_any_word_before (&run->text, i, name_boundaries);

      if (word == NULL)
        word = ct_text_any_word_before (&run->text, i, grouping_boundaries);
      if ((word != NULL && ct_text_any_word_before (&run->text, i, soft) == NULL) ||
          run->text.chars[i - 1] == 0x6b21 || run->text.chars[i - 1] == 0x5c4a || /* 次 届 */
          ends_count (run, i))
        hard = i;
    }
  for (gsize p = hard; p < suffix_at; p++)
    if (is_anchor_at (run, p))
      return ct_text_word_before (&run->text, p, "沿") ? p - 1 : p;
  return G_MAXSIZE;
}

/* A meeting's name goes on from @end: a year or an ordinal, then 大会, 年会… */
static gboolean
meeting_follows (CtRun *run, gsize end, gsize limit)
{
  gsize i = end;

  /* …联盟2030年年会: the year's 年 is not 年会's */
  while (i < limit && (ct_text_is_digit (run->text.chars[i]) ||
                       g_utf8_strchr ("年度第一二三四五六七八九十届次", -1, run->text.chars[i]) != NULL) &&
         ct_text_any_word_at (&run->text, i, event_suffixes) == NULL)
    i++;
  /* …联盟成立大会 */
  if (ct_text_word_at (&run->text, i, "成立"))
    i += 2;
  return ct_text_any_word_at (&run->text, i, event_suffixes) != NULL;
}

/* After a grouping's name, these say that the places next in the sentence
 * are in it: 囊括, 依次为, 理事单位为; and so do the roles of member_cue_at(). */
static const char * const member_cues[] = { "囊括", "依次为", "理事单位为", "地跨", "横跨", NULL };

/* Whether @i starts a cue that the places around are members: the words of
 * member_cues, or a role: 以A为核心, A为龙头、B为两翼, 以A、B为“双核”,
 * 确立A为中心城市、B为节点城市. */
static gboolean
member_cue_at (CtRun *run, gsize i)
{
  static const char * const roles[] = {
    "核心", "双核", "主体", "龙头", "两翼", "支点", "两支点", "中心城市", "节点城市", "副中心", NULL,
  };
  gsize j = i + 1;

  if (ct_text_any_word_at (&run->text, i, member_cues) != NULL)
    return TRUE;
  /* 作为“龙头”城市 says what a place is like, not what it is in */
  if (!ct_text_word_at (&run->text, i, "为") ||
      (i > 0 && g_utf8_strchr ("作成称视列评认", -1, ct_text_at (&run->text, i - 1)) != NULL))
    return FALSE;
  if (g_utf8_strchr ("“\"「", -1, ct_text_at (&run->text, j)) != NULL)
    j++;
  return ct_text_any_word_at (&run->text, j, roles) != NULL;
}

/* Before a grouping's name: who is said before them founded it, or joins it. */
static const char * const founding_verbs[] = { "组建", "组建了", "结成", "成立", "成立了", NULL };
static const char * const joining_verbs[] = { "加入", "加盟", "入列", "入盟", "纳入", NULL };
static gboolean promoted_by_another (CtRun *run, gsize start);

/* 主动融入郑州都市圈: a grouping the subject reaches for, not one the text
 * shows at work; the city in its name is no member by that mention */
static const char * const aiming_verbs[] = { "融入", "对接", "接轨", "服务", "借力", "依托", NULL };

/* A sentence that starts with these lists the members of the grouping the
 * sentence before named: …协作区。参与共建的有A、B、C四地。 */
static const char * const member_openers[] = { "参与共建的有", "参与的有", "成员包括", "成员单位包括", "成员单位为",
                                                "成员单位:", "联盟单位:", "成员:", "成员城市:", NULL };

/* …联盟成立于2021年，成员包括…, …联盟由A、B组成: a name no place starts, in
 * a sentence that goes on to say who is in it */
/* …是湖南重要的区域发展平台，成员城市有A、B、C三市 */
static const char * const members_named[] = { "成员城市有", "成员城市为", "成员城市包括", "成员有", "成员为", "成员包括", NULL };

static gboolean
definition_follows (CtRun *run, gsize end)
{
  static const char * const definitions[] = { "成立于", "成立以来", "由", "成员包括", "成员为", "成员有", "范围包括",
                                              "范围涵盖", "范围覆盖", "涵盖", "目前已有", "现有", NULL };
  static const char * const founding[] = { "建立", "成立", "组建", "启动", NULL };
  gsize i = end;

  /* 于2023年建立，由…, 2023年成立，目前已有…加盟: past when it was founded */
  if (ct_text_word_at (&run->text, i, "于") || ct_text_is_digit (ct_text_at (&run->text, i)))
    {
      const char *word = NULL;

      for (i++; i < end + 12 && (word = ct_text_any_word_at (&run->text, i, founding)) == NULL; i++)
        ;
      if (word == NULL)
        return FALSE;
      i += g_utf8_strlen (word, -1);
      if (ct_text_at (&run->text, i) == 0xff0c || ct_text_at (&run->text, i) == ',')
        i++;
    }
  if (ct_text_any_word_at (&run->text, i, definitions) != NULL)
    return TRUE;
  /* 该经济区以洪泽湖为核心…, 南向拓展带则向西南延伸，串联起A、B…: who is
   * in it, a little further on; a cue in the same clause (…组建的合作共同体，
   * 也是…以非毗邻地区为主体 says what it is like, not who is in it) */
  for (gsize j = end, commas = 0; j < end + 24 && j < run->text.length && ct_text_at (&run->text, j) != 0x3002 /* 。 */;
       j++)
    {
      commas += ct_text_at (&run->text, j) == ',';
      if (ct_text_word_at (&run->text, j, "串联起") || (commas == 0 && member_cue_at (run, j)) ||
          ct_text_any_word_at (&run->text, j, members_named) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* …要加快建设X协作带。协作带涵盖A、B…: the next sentence, naming it by its
 * suffix (or 该 and its suffix), says who is in it. */
static gboolean
defined_next (CtRun *run, guint si, const char *suffix)
{
  const CtSentence *next;

  if (si + 1 >= run->document->sentences->len)
    return FALSE;
  next = sentence (run, si + 1);
  if (ct_text_any_word_at (&run->text, next->start, member_openers) != NULL)
    return TRUE;
  /* …协作带。协作带涵盖…, …集聚区。该集聚区范围涵盖… */
  for (guint a = 0; a < 2; a++)
    {
      gsize at = next->start + (a == 1 && ct_text_word_at (&run->text, next->start, "该") ? 1 : 0);

      if ((a == 0 || at > next->start) && ct_text_word_at (&run->text, at, suffix) &&
          definition_follows (run, at + g_utf8_strlen (suffix, -1)))
        return TRUE;
    }
  return FALSE;
}

/* Whether [@start, @end) names companies, universities or the like, whose
 * deeds (…企业与…企业组建产业联盟) are not their places'. */
static gboolean
by_private_bodies (CtRun *run, gsize start, gsize end)
{
  static const char * const bodies[] = { "企业", "机构", "公司", "单位", "高校", "多家", "银行", "协会", "商会", "工业会", "农会", "公会", NULL };

  return ct_text_find_any (&run->text, start, end, bodies) >= 0;
}

/* Where the clause that says who does the verb at @verb starts: its own,
 * or, where it opens with the verb or 共同 (A、B三县抱团，组建了…; A与B
 *结成伙伴，共同发起成立…), the one before. */
static gsize
subject_clause (CtRun *run, const CtSentence *s, gsize verb)
{
  static const char * const elided[] = { "共同", "联合", "并", NULL };
  /* …，并与B签署: the partner is here, the subject before */
  static const char * const partnered[] = { "并与", "并同", "还与", "与", "同", NULL };
  gsize clause = clause_start_before (run, s, verb);
  g_autoptr(GArray) named = places_in (run, clause, verb);

  if (clause > s->start &&
      ((named->len == 0 && (clause == verb || ct_text_any_word_at (&run->text, clause, elided) != NULL)) ||
       ct_text_any_word_at (&run->text, clause, partnered) != NULL))
    return clause_start_before (run, s, clause - 1);
  return clause;
}

/* 将A、B纳入X协作区, 确立A为中心城市、B为节点城市，共同建设X协作区:
 * places said to join a name, or given roles before it, define it. */
static gboolean
joined_by_places (CtRun *run, const CtSentence *s, gsize suffix_at)
{
  static const char * const building[] = { "建设", "共建", "打造", "组建", "构建", NULL };

  for (gsize j = s->start; j < suffix_at; j++)
    if (member_cue_at (run, j))
      {
        g_autoptr(GArray) given = places_in (run, s->start, j);
        gboolean built = FALSE;

        /* …为核心，包括…杨凌示范区 lists a part; 共同建设 names what they make */
        for (gsize k = j; k < suffix_at && !built; k++)
          built = ct_text_any_word_at (&run->text, k, building) != NULL;
        if (given->len > 0 && built)
          return TRUE;
      }

  for (gsize j = suffix_at; j > s->start && j + 16 > suffix_at && ct_text_is_han (run->text.chars[j - 1]); j--)
    {
      const char *join = ct_text_any_word_before (&run->text, j, joining_verbs);

      if (join == NULL)
        join = ct_text_any_word_before (&run->text, j, founding_verbs);

      /* …两市牵头组建的协作共同体 says what it is like, not its name */
      if (join != NULL && run->text.chars[j] != 0x7684 /* 的 */)
        {
          gsize at = j - g_utf8_strlen (join, -1);
          gsize clause = subject_clause (run, s, at);
          g_autoptr(GArray) joining = places_in (run, clause, at);

          return joining->len > 0 && !by_private_bodies (run, clause, at);
        }
    }
  return FALSE;
}

/* X联席会议由A、B、C人民政府组成, 由A、B组成联席会议: the body that
 * [@start, @end) names is made, not one of its sittings held. */
static gboolean
names_a_body (CtRun *run, gsize start, gsize end)
{
  gsize clause_end = clause_end_after (run, run->text.length, end);

  return (ct_text_word_at (&run->text, end, "由") && ct_text_find (&run->text, end, clause_end, "组成") >= 0) ||
         ct_text_find (&run->text, start, end, "组成") >= 0;
}

/* X联席会议由A、B组成: a standing body of those places, a mechanism. */
static void
find_bodies (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      for (gssize i = ct_text_find (&run->text, s->start, s->end, "联席会议"); i >= 0;
           i = ct_text_find (&run->text, i + 1, s->end, "联席会议"))
        {
          gsize end = i + g_utf8_strlen ("联席会议", -1), start = name_start (run, s->start, i);

          if (start < (gsize) i && ct_text_word_at (&run->text, end, "由") && names_a_body (run, start, end))
            add_grouping (run, start, end, CT_GROUPING_MECHANISM, si);
        }
    }
}

/* 本联盟名称为“X联盟”: a charter names its grouping, in quotes that close at @end. */
static gboolean
named_so (CtRun *run, const CtSentence *s, gsize end)
{
  static const char * const naming[] = { "名称为", "名称是", "全称为", "定名为", NULL };
  gssize open;

  if (ct_text_at (&run->text, end) != 0x201d /* ” */)
    return FALSE;
  for (open = end; open > (gssize) s->start && run->text.chars[open - 1] != 0x201c /* “ */; open--)
    ;
  return open > (gssize) s->start + 1 && ct_text_any_word_before (&run->text, open - 1, naming) != NULL;
}

static void
find_grouping_names (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      for (gsize i = s->start; i < s->end; i++)
        for (guint k = 0; ct_grouping_suffixes[k].suffix != NULL; k++)
          {
            gsize end = i + g_utf8_strlen (ct_grouping_suffixes[k].suffix, -1);
            gsize start;

            if (!ct_text_word_at (&run->text, i, ct_grouping_suffixes[k].suffix) || end > s->end)
              continue;
            /* a longer name goes on: 自贸试验区联盟 is an alliance, not a zone */
            {
              gboolean continues = FALSE;

              for (gsize j = end; j < end + 4 && j < s->end && ct_text_is_han (run->text.chars[j]) &&
                                  run->text.chars[j] != 0x7b2c && !continues; j++)
                for (guint l = 0; ct_grouping_suffixes[l].suffix != NULL; l++)
                  if (ct_text_word_at (&run->text, j, ct_grouping_suffixes[l].suffix) &&
                      !ct_text_word_at (&run->text, j, "联席会议"))
                    continues = TRUE;
              if (continues)
                continue;
            }
            start = grouping_start (run, s, i);
            /* 21世纪海上丝绸之路港口城市合作联盟2025年大会: a name no place
             * starts, yet one its meeting is called by */
            if (start == G_MAXSIZE && (meeting_follows (run, end, s->end) || definition_follows (run, end) ||
                                       defined_next (run, si, ct_grouping_suffixes[k].suffix) ||
                                       joined_by_places (run, s, i) || named_so (run, s, end)))
              {
                start = name_start (run, s->start, i);
                /* …联盟第一次联盟大会: an ordinal belongs to the meeting, not to
                 * a name; 10个联盟由…: nor does a count; 推动走廊由…: nor a verb,
                 * after which it may start (4个区县正式入列港航协作体) */
                for (gsize j = start; j < i; j++)
                  {
                    const char *verb = ct_text_any_word_at (&run->text, j, grouping_boundaries);

                    if (run->text.chars[j] == 0x7b2c /* 第 */ || run->text.chars[j] == 0x4e2a /* 个 */)
                      start = G_MAXSIZE;
                    else if (verb != NULL)
                      start = j + g_utf8_strlen (verb, -1);
                  }
                /* 该集聚区范围涵盖…: a grouping named before, not a new one */
                if (start != G_MAXSIZE && ct_text_any_word_at (&run->text, start, anaphors) != NULL)
                  start = G_MAXSIZE;
              }
            if (start == G_MAXSIZE || end - start < 4)
              continue;
            add_grouping (run, start, end, ct_grouping_suffixes[k].kind, si);
            i = end - 1;
            break;
          }
    }

  /* drop the short forms of names found in full, and zones inside alliances */
  for (guint i = run->out->groupings->len; i-- > 0;)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);

      if (is_part_of_known (run, g->name))
        g_ptr_array_remove_index (run->out->groupings, i);
    }
}

/* 长三角 standing alone names the region as a cluster. */
static void
find_region_groupings (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      for (gsize i = s->start; i < s->end; i++)
        {
          const char *region = ct_text_any_word_at (&run->text, i, ct_region_names);
          gboolean inside = FALSE;

          if (region == NULL || g_utf8_strlen (region, -1) < 3)
            continue;
          {
            guint k = ct_spans_lower_bound (run->mentions, i + 1);

            inside = k > 0 && g_array_index (run->mentions, CtPlaceMention, k - 1).end > i;
          }
          for (guint k = 0; k < run->out->groupings->len && !inside; k++)
            {
              const CtGrouping *g = g_ptr_array_index (run->out->groupings, k);
              gssize at = ct_text_find (&run->text, MAX (i, 30) - 30, i + 1, g->name);

              inside = !g_str_equal (g->name, region) && at >= 0 && at <= (gssize) i &&
                       at + g_utf8_strlen (g->name, -1) > (gssize) i;
            }
          if (!inside && find_grouping (run, region) == NULL)
            add_grouping (run, i, i + g_utf8_strlen (region, -1), CT_GROUPING_CLUSTER, si);
        }
    }
}

static gssize
find_in_sentence (CtRun *run, const CtSentence *s, const char *name)
{
  return ct_text_find (&run->text, s->start, s->end, name);
}

/* Offsets of every occurrence of @name in the title and body. */
static GArray *
occurrences (CtRun *run, const char *name)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (CtSpan));
  glong n = g_utf8_strlen (name, -1);

  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      for (gssize at = find_in_sentence (run, s, name); at >= 0;
           at = ct_text_find (&run->text, at + n, s->end, name))
        {
          CtSpan span = { at, at + n };
          g_array_append_val (spans, span);
        }
    }
  return spans;
}

static void
add_places_to (CtRun *run, GArray *members, gsize start, gsize end)
{
  g_autoptr(GArray) found = places_in (run, start, end);

  for (guint i = 0; i < found->len; i++)
    add_unique (members, g_array_index (found, guint, i));
}

/* The places listed from @i on: a list of mentions joined by separators. */
static gsize
list_end (CtRun *run, gsize i, gsize limit)
{
  gsize end = i;

  for (guint k = ct_spans_lower_bound (run->mentions, i); k < run->mentions->len; k++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k);
      gsize j = end;

      if (m->start < end)
        continue;
      if (m->end > limit)
        break;
      while (j < m->start)
        {
          const char *sep = ct_text_any_word_at (&run->text, j, ct_list_separators);

          if (sep == NULL)
            break;
          j += g_utf8_strlen (sep, -1);
        }
      if (j != m->start)
        break;
      end = m->end;
    }
  return end;
}

/* Whether a list ending at @end is summed up by a count (沪苏浙皖四地) or 等. */
static gboolean
list_is_counted (CtRun *run, gsize end)
{
  gsize after;

  if (ct_text_word_at (&run->text, end, "等"))
    end++;
  return ct_count_word_value (run->text.chars, run->text.length, end, &after) > 0;
}

/* Whether @offset is inside a grouping's name where the text gives it. */
static gboolean
inside_grouping_name (CtRun *run, gsize offset)
{
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);
      g_autoptr(GArray) spans = occurrences (run, g->name);

      for (guint k = 0; k < spans->len; k++)
        if (g_array_index (spans, CtSpan, k).start <= offset && offset < g_array_index (spans, CtSpan, k).end)
          return TRUE;
    }
  return FALSE;
}

/* …联盟成立大会在乌海举行。A携手B、C组建联盟 (or 发起成立协作联盟): the bare
 * suffix, or the name's last words, after a verb of founding, once the text
 * has named @g in full; where that reference starts, or -1. */
static gssize
founded_here (CtRun *run, CtGrouping *g, const CtSentence *s, gsize at, const char *suffix)
{
  g_autofree gunichar *name = g_utf8_to_ucs4_fast (g->name, -1, NULL);
  glong before_suffix = g_utf8_strlen (g->name, -1) - g_utf8_strlen (suffix, -1);
  gsize from = at;

  if (ct_text_find (&run->text, 0, at, g->name) < 0)
    return -1;
  /* …发起成立协作联盟: the verb may come before the last words of the name */
  for (glong tail = 0; tail <= 4 && tail <= before_suffix; tail++)
    {
      if (tail > 0 && (from == s->start || run->text.chars[from - 1] != name[before_suffix - tail]))
        break;
      if (tail > 0)
        from--;
      if (ct_text_any_word_before (&run->text, from, founding_verbs) != NULL)
        return from;
    }
  return -1;
}

/* 审议同意A等4个自治州加入联盟: the bare suffix after a verb of joining,
 * when @g is the text's only grouping of that suffix. */
static gboolean
joins_the_only (CtRun *run, CtGrouping *g, gsize at, const char *suffix)
{
  if (ct_text_any_word_before (&run->text, at, joining_verbs) == NULL)
    return FALSE;
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *other = g_ptr_array_index (run->out->groupings, i);

      if (other != g && g_str_has_suffix (other->name, suffix))
        return FALSE;
    }
  return TRUE;
}

/* Where @s first names @g: in full, as 该联盟, by its first words and its
 * suffix (遂潼先行区 for 遂潼川渝…先行区), or by its suffix alone at the start
 * of a clause (联盟成立于2021年, 经济区范围包括…); -1 if nowhere. */
static gssize
grouping_reference (CtRun *run, CtGrouping *g, const CtSentence *s)
{
  gssize first = find_in_sentence (run, s, g->name);

  for (guint l = 0; ct_grouping_suffixes[l].suffix != NULL; l++)
    {
      const char *suffix = ct_grouping_suffixes[l].suffix;

      if (ct_grouping_suffixes[l].kind != g->kind || !g_str_has_suffix (g->name, suffix))
        continue;
      glong stem = g_utf8_strlen (g->name, -1) - g_utf8_strlen (suffix, -1);

      /* its first two to four words, or four or more from inside it
       * (民营经济示范带 for 温台民营经济协同创新示范带), and its suffix */
      for (glong from = 0; from + 2 <= stem; from++)
        for (glong k = from == 0 ? 2 : 4; k <= (from == 0 ? MIN (4, stem - 1) : stem - from); k++)
          {
            g_autofree char *words = g_utf8_substring (g->name, from, from + k);
            g_autofree char *short_form = g_strconcat (words, suffix, NULL);
            gssize at = find_in_sentence (run, s, short_form);

            if (at >= 0 && (first < 0 || at < first))
              first = at;
          }
      for (guint a = 0; anaphors[a] != NULL; a++)
        {
          g_autofree char *phrase = g_strconcat (anaphors[a], suffix, NULL);
          gssize at = find_in_sentence (run, s, phrase);

          if (at >= 0 && (first < 0 || at < first))
            first = at;
        }
      for (gssize at = find_in_sentence (run, s, suffix); at >= 0 && (first < 0 || at < first);
           at = ct_text_find (&run->text, at + 1, s->end, suffix))
        {
          gssize founded = founded_here (run, g, s, at, suffix);

          if ((gsize) at == clause_start_before (run, s, at) || joins_the_only (run, g, at, suffix))
            first = at;
          else if (founded >= 0)
            first = founded;
        }
    }
  return first;
}

/* Whether a grouping other than @g is named in @s within [@from, @to). */
static gboolean
other_named_between (CtRun *run, CtGrouping *g, const CtSentence *s, gssize from, gssize to)
{
  gssize mine = grouping_reference (run, g, s);

  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *other = g_ptr_array_index (run->out->groupings, i);
      gssize at = other == g ? -1 : grouping_reference (run, other, s);

      /* a bare 联盟 that may be either is no other one */
      if (at >= from && at < to && at != mine)
        return TRUE;
    }
  return FALSE;
}

/* Where in @s after @from a grouping other than @g is named, or its end. */
static gsize
next_reference (CtRun *run, CtGrouping *g, const CtSentence *s, gsize from)
{
  gsize next = s->end;

  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *other = g_ptr_array_index (run->out->groupings, i);
      gssize at = other == g ? -1 : ct_text_find (&run->text, from, s->end, other->name);

      if (at >= 0 && (gsize) at < next)
        next = at;
    }
  return next;
}

/* 届时将视情吸纳C加入: members to come are not members, nor those weighed
 * (研究吸纳C加入).  将A、B纳入 is 把, done. */
static gboolean
to_come (CtRun *run, const CtSentence *s, gsize at)
{
  for (gsize i = clause_start_before (run, s, at); i < at; i++)
    {
      const char *word = ct_text_any_word_at (&run->text, i, future_words);

      if (word != NULL && !(g_str_equal (word, "将") && mention_starts_at (run, i + 1)))
        return TRUE;
      /* 正在研究吸纳C加入 weighs it; 研究决定 has decided */
      if ((word = ct_text_any_word_at (&run->text, i, drafting_words)) != NULL &&
          !ct_text_word_at (&run->text, i + g_utf8_strlen (word, -1), "决定"))
        return TRUE;
      /* 积极邀请C加入联盟: asked, not in */
      if (ct_text_word_at (&run->text, i, "邀请"))
        return TRUE;
    }
  return FALSE;
}

static GArray *places_counted (CtRun *run, gsize from, gsize to, gsize meeting_at, gboolean of_groupings, gsize *after);

/* 加入联盟的意愿, 加入意向: the clause after @at speaks of a wish. */
static gboolean
wish_follows (CtRun *run, const CtSentence *s, gsize at)
{
  static const char * const wishes[] = { "意愿", "意向", NULL };

  return ct_text_find_any (&run->text, at, clause_end_after (run, s->end, at), wishes) >= 0;
}

/* Who a sentence naming @g at @at says is in it: 成员包括/为 A、B, 范围包括
 * A、B, 涵盖 A、B, 由 A、B 组成 (all after the name, with no other grouping
 * named between), and A、B 正式加入 (with no other grouping named at all). */
static void
members_said (CtRun *run, CtGrouping *g, const CtSentence *s, gssize at)
{
  static const char * const introducers[] = { "包括", "包含", "分别为", "分别是", "涵盖", "覆盖", "涉及", "为", "有", "是", NULL };
  gssize by = ct_text_find (&run->text, at, s->end, "由");
  /* 由A、B组成, 由A、B等3市共同发起, 由A和B共同建设 */
  static const char * const making[] = { "组成", "发起", "共同建设", "共同设立", NULL };
  gssize made_of = by >= 0 ? ct_text_find_any (&run->text, by, s->end, making) : -1;
  /* 现有A、B四个成员, 新增C、D: members listed right after */
  static const char * const listing[] = { "现有", "原有", "新增", "吸纳", NULL };
  gssize joined = -1;

  for (guint k = 0; joining_verbs[k] != NULL && joined < 0; k++)
    joined = ct_text_find (&run->text, s->start, s->end, joining_verbs[k]);
  for (gsize i = at; i < s->end; i++)
    {
      const char *word = ct_text_any_word_at (&run->text, i, listing);
      gsize list = word != NULL ? i + g_utf8_strlen (word, -1) : 0;

      if (word != NULL && mention_starts_at (run, list) && !other_named_between (run, g, s, at + 1, i) &&
          !to_come (run, s, i))
        add_places_to (run, g->members, list, list_end (run, list, s->end));
    }

  for (gsize i = at; i < s->end; i++)
    if (ct_text_word_at (&run->text, i, "成员") || ct_text_word_at (&run->text, i, "范围") ||
        ct_text_word_at (&run->text, i, "涵盖") || ct_text_word_at (&run->text, i, "覆盖") ||
        ct_text_word_at (&run->text, i, "包含"))
      {
        if (other_named_between (run, g, s, at + 1, i))
          break;
        for (gsize j = i; j < s->end; j++)
          if (ct_text_any_word_at (&run->text, j, introducers) != NULL)
            {
              add_places_to (run, g->members, j, s->end);
              break;
            }
        break;
      }
  if (made_of > by && !other_named_between (run, g, s, at + 1, made_of))
    {
      /* 由两市沿江地区共同组成，苏州方面为A、B，南通方面为C、D */
      gssize sides = ct_text_find (&run->text, made_of, s->end, "方面为");

      add_places_to (run, g->members, by, sides >= 0 ? (gsize) s->end : (gsize) made_of);
    }
  /* G…串联起A、B、C；H…: the places it links, up to the next grouping */
  {
    gssize links = ct_text_find (&run->text, at, s->end, "串联");

    if (links >= 0 && !other_named_between (run, g, s, at + 1, links))
      add_places_to (run, g->members, links, next_reference (run, g, s, links));
  }
  /* G由A牵头，B、C参与 (or 联合B、C共同组建): the lead and those who take part */
  {
    gssize led = by >= 0 ? ct_text_find (&run->text, by, s->end, "牵头") : -1;
    gssize taking_part = led >= 0 ? ct_text_find (&run->text, led, s->end, "参与") : -1;

    if (taking_part < 0 && led >= 0 && ct_text_find (&run->text, led, s->end, "联合") >= 0)
      taking_part = ct_text_find_any (&run->text, led, s->end, founding_verbs);
    if (taking_part > led && !other_named_between (run, g, s, at + 1, taking_part))
      add_places_to (run, g->members, by, taking_part);
  }
  /* G以A为核心，包括B、C…, G以A为主体，把B纳入…范围, G版图囊括…: the core
   * and the rest; 确立A为中心城市、B为节点城市，共同建设G: before it, too */
  for (gsize i = s->start; i < s->end; i++)
    if (member_cue_at (run, i))
      {
        if (i >= (gsize) at && !other_named_between (run, g, s, at + 1, s->end))
          add_places_to (run, g->members, at, s->end);
        else if (i < (gsize) at && !other_named_between (run, g, s, s->start, at))
          add_places_to (run, g->members, s->start, at);
        break;
      }
  /* 也表达了加入联盟的意愿: wishes to join */
  if (joined >= 0 && !other_named_between (run, g, s, s->start, s->end) && !to_come (run, s, joined) &&
      !wish_follows (run, s, joined))
    add_places_to (run, g->members, clause_start_before (run, s, joined), joined);
  /* A携手B、C…以及D组建联盟: those who founded it, in the clause before */
  {
    const char *verb = ct_text_any_word_before (&run->text, at, founding_verbs);

    if (verb != NULL)
      {
        gsize v = at - g_utf8_strlen (verb, -1);
        gsize clause = subject_clause (run, s, v);

        if (!other_named_between (run, g, s, clause, v))
          {
            guint before = g->members->len;
            gsize after;
            g_autoptr(GArray) counted = NULL;

            add_places_to (run, g->members, clause, v);
            /* 三地共同发起成立…联盟: the places counted (not 两省区商定成立…,
             * what is yet to be) */
            if (g->members->len == before && !to_come (run, s, v) &&
                (counted = places_counted (run, clause, v, G_MAXSIZE, FALSE, &after)) != NULL)
              for (guint k = 0; k < counted->len; k++)
                add_unique (g->members, g_array_index (counted, guint, k));
          }
      }
  }
}

/* Who a sentence naming @g at @at says leads it (轮值主席单位为A，副主席单位
 * 为B; 该联盟由A牵头，…共同参与组建): members in their own right, even
 * beside their own counties. */
static void
members_leading (CtRun *run, CtGrouping *g, const CtSentence *s, gssize at, GArray *leaders)
{
  static const char * const offices[] = { "主席单位", "理事长单位", "会长单位", "秘书长单位", NULL };

  for (gsize i = at; i < s->end; i++)
    {
      const char *office = ct_text_any_word_at (&run->text, i, offices);
      gsize list = office != NULL ? i + g_utf8_strlen (office, -1) + 1 : 0;

      if (office != NULL && ct_text_char_in ("为是", ct_text_at (&run->text, list - 1)) &&
          !other_named_between (run, g, s, at + 1, i))
        add_places_to (run, leaders, list, list_end (run, list, s->end));
      if (ct_text_word_at (&run->text, i, "由") && mention_starts_at (run, i + 1) &&
          ct_text_word_at (&run->text, list_end (run, i + 1, s->end), "牵头") && !other_named_between (run, g, s, at + 1, i))
        add_places_to (run, leaders, i + 1, list_end (run, i + 1, s->end));
    }
}

/* 甬舟…协作区覆盖宁波市北仑区、镇海区…: a city whose districts are members
 * is there through them, not as a member beside them, unless it leads. */
static void
drop_represented (CtRun *run, GArray *members, GArray *leaders)
{
  for (guint i = members->len; i-- > 0;)
    for (guint k = 0; k < members->len && !in_list (leaders, g_array_index (members, guint, i)); k++)
      if (ct_gazetteer_is_ancestor (run->gazetteer, g_array_index (members, guint, i), g_array_index (members, guint, k)))
        {
          g_array_remove_index (members, i);
          break;
        }
}

/* Whether @s reads as prose, not as a row of a list: it has a comma or
 * ends a sentence. */
static gboolean
is_prose_sentence (CtRun *run, const CtSentence *s)
{
  return ct_text_find (&run->text, s->start, s->end, ",") >= 0 || ct_text_at (&run->text, s->end - 1) == 0x3002;
}

/* …联盟由…组成，成员如下： (or a caption, …联盟首批成员) and a line for each
 * row of a table: the places of the rows (their provinces and cities, in
 * columns of their own, are dropped as represented). */
static const char * const list_captions[] = { "成员", "名单", "成员单位", NULL };

static void
members_listed_below (CtRun *run, CtGrouping *g, guint si, gssize at)
{
  static const char * const listings[] = { "成员", "名单", "如下", NULL };
  const CtSentence *s = sentence (run, si);

  /* …成员如下：, or a table's caption: …联盟首批成员 */
  if ((ct_text_at (&run->text, s->end - 1) != ':' || ct_text_find_any (&run->text, at, s->end, listings) < 0) &&
      ct_text_any_word_before (&run->text, s->end, list_captions) == NULL)
    return;
  /* the rows, a line each, perhaps after a blank line, up to the prose
   * that goes on below them */
  for (guint k = si + 1; k < run->document->sentences->len &&
                         sentence (run, k)->line <= sentence (run, k - 1)->line + (k == si + 1 ? 2 : 1) &&
                         !is_prose_sentence (run, sentence (run, k)); k++)
    add_places_to (run, g->members, sentence (run, k)->start, sentence (run, k)->end);
}

/* The places a contraction in a grouping's name stands for are members,
 * unless the text says who built it and they are not among those nor
 * part of them: 深赣港…合作区由深圳市和赣州市共同建设 (港 there is no member). */
static void
add_contracted_members (CtRun *run, GArray *members, GArray *contracted)
{
  guint stated = members->len;

  for (guint i = 0; i < contracted->len; i++)
    {
      guint place = g_array_index (contracted, guint, i);
      gboolean related = stated < 2;

      for (guint k = 0; k < stated && !related; k++)
        {
          guint member = g_array_index (members, guint, k);

          related = member == place || ct_gazetteer_is_ancestor (run->gazetteer, member, place) ||
                    ct_gazetteer_is_ancestor (run->gazetteer, place, member);
        }
      if (related)
        add_unique (members, place);
    }
}

static const char * const clause_marks[] = { ",", "。", ";", ":", NULL };

static void
find_members (CtRun *run)
{
  for (guint gi = 0; gi < run->out->groupings->len; gi++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, gi);
      g_autoptr(GArray) spans = occurrences (run, g->name);
      g_autoptr(GArray) contracted = new_place_list ();
      g_autoptr(GArray) leaders = new_place_list ();

      for (guint k = 0; k < spans->len; k++)
        {
          CtSpan span = g_array_index (spans, CtSpan, k);
          gint si = ct_document_sentence_at (run->document, span.start);
          const CtSentence *s = sentence (run, si);
          gsize after = span.end;
          g_autoptr(GArray) inside = new_place_list ();

          /* places inside the name, except behind a region name (武汉都市圈,
           * 杭黄…廊道) or where another place aims at it; one place alone
           * is the grouping's home (浙江自贸试验区), two are partners */
          if (ct_text_any_word_at (&run->text, span.start, ct_region_names) == NULL &&
              ct_text_any_word_before (&run->text, span.start, aiming_verbs) == NULL &&
              !inside_book_title (run, span.start, s) && !promoted_by_another (run, span.start))
            for (guint m = ct_spans_lower_bound (run->mentions, span.start); m < run->mentions->len; m++)
              {
                const CtPlaceMention *pm = &g_array_index (run->mentions, CtPlaceMention, m);

                if (pm->start >= span.end)
                  break;
                if (pm->end <= span.end && !pm->qualifier)
                  add_unique (pm->run != 0 ? contracted : inside, pm->division);
              }
          for (guint m = 0; inside->len >= 2 && m < inside->len; m++)
            add_unique (g->members, g_array_index (inside, guint, m));

          /* apposition: 长三角沪苏浙皖四地, 郑州都市圈“1+8”城市（郑州、开封…）;
           * not the pair of its own mechanism (X都市圈长寿邻水协同发展…会议) */
          if (mention_starts_at (run, span.end) && list_is_counted (run, list_end (run, span.end, s->end)))
            add_places_to (run, g->members, span.end, list_end (run, span.end, s->end));
          else
            {
              gssize open = ct_text_find (&run->text, span.end, MIN (span.end + 10, s->end), "(");

              if (open >= 0 && ct_text_find_any (&run->text, span.end, open, clause_marks) < 0 &&
                  mention_starts_at (run, open + 1) && ct_text_at (&run->text, list_end (run, open + 1, s->end)) == ')')
                add_places_to (run, g->members, open + 1, list_end (run, open + 1, s->end));
            }

          /* 由A、B五市县负责人组成的G代表团: the list of the clause */
          if (ct_text_word_before (&run->text, span.start, "组成的"))
            add_places_to (run, g->members, clause_start_before (run, s, span.start), span.start);
          /* X等G节点城市 */
          else if (ct_text_word_before (&run->text, span.start, "等"))
            {
              gsize list_start = span.start - 1;

              for (guint m = ct_spans_lower_bound (run->mentions, span.start); m-- > 0;)
                {
                  const CtPlaceMention *pm = &g_array_index (run->mentions, CtPlaceMention, m);

                  if (pm->start < s->start)
                    break;
                  if (pm->end <= list_start && pm->start >= s->start && list_end (run, pm->start, list_start + 1) >= list_start)
                    list_start = pm->start;
                }
              add_places_to (run, g->members, list_start, span.start);
            }

          /* X…是…G的重要节点 / G成员 */
          if (ct_text_word_at (&run->text, after, "的"))
            after++;
          if (ct_text_word_at (&run->text, after, "重要"))
            after += 2;
          if (ct_text_word_at (&run->text, after, "节点") || ct_text_word_at (&run->text, after, "成员"))
            {
              for (guint m = ct_spans_lower_bound (run->mentions, s->start); m < run->mentions->len; m++)
                {
                  const CtPlaceMention *pm = &g_array_index (run->mentions, CtPlaceMention, m);

                  if (pm->start >= span.start)
                    break;
                  if (pm->end <= span.start && !pm->qualifier)
                    {
                      add_unique (g->members, pm->division);
                      break;
                    }
                }
            }
        }

      for (guint si = 0; si < run->document->sentences->len; si++)
        {
          gssize at = grouping_reference (run, g, sentence (run, si));

          if (at >= 0)
            {
              members_said (run, g, sentence (run, si), at);
              members_leading (run, g, sentence (run, si), at, leaders);
              members_listed_below (run, g, si, at);
            }
          if (at >= 0 && si + 1 < run->document->sentences->len &&
              !other_named_between (run, g, sentence (run, si), at + 1, sentence (run, si)->end))
            {
              const CtSentence *next = sentence (run, si + 1);

              if (ct_text_any_word_at (&run->text, next->start, member_openers) != NULL)
                add_places_to (run, g->members, next->start, next->end);
              /* …联盟正式揭牌。成员单位名单如下： */
              else if (ct_text_any_word_at (&run->text, next->start, list_captions) != NULL)
                members_listed_below (run, g, si + 1, next->start);
            }
        }
      for (guint k = 0; k < leaders->len; k++)
        add_unique (g->members, g_array_index (leaders, guint, k));
      add_contracted_members (run, g->members, contracted);
      drop_represented (run, g->members, leaders);
    }
}

/* ------------------------------------------------------------------------ */
/* Events                                                                    */

static gboolean
is_dateline (CtRun *run, const CtDateMention *d)
{
  static const char * const dateline_words[] = { "讯", "电", "消息", NULL };

  return ct_text_any_word_at (&run->text, d->end, dateline_words) != NULL;
}

static gboolean
clause_break_between (CtRun *run, gsize from, gsize to)
{
  for (gsize i = from; i < to; i++)
    if (run->text.chars[i] == ',' || run->text.chars[i] == ';')
      return TRUE;
  return FALSE;
}

/* "◆7月18日" on a line of its own, over the lines it dates: a timeline's
 * entry.  The date of the entry @si is in, if it is one. */
static const CtDateMention *
entry_date (CtRun *run, guint si)
{
  /* the entry's own lines, up to the date, are few */
  for (guint k = si; k-- > 0 && k + 3 >= si;)
    {
      const CtSentence *s = sentence (run, k);
      gsize from = s->start, to = s->end;
      guint d = ct_spans_lower_bound (run->dates, s->start);

      while (from < to && (g_unichar_isspace (run->text.chars[from]) || g_utf8_strchr ("◆◇■□●○•▲△★☆", -1, run->text.chars[from])))
        from++;
      while (to > from && g_unichar_isspace (run->text.chars[to - 1]))
        to--;
      if (d < run->dates->len && g_array_index (run->dates, CtDateMention, d).start == from &&
          g_array_index (run->dates, CtDateMention, d).end == to)
        return &g_array_index (run->dates, CtDateMention, d);
    }
  return NULL;
}

/* 同日, 当天: the day of the last date the text gave before the sentence;
 * 次日, 翌日: the day after it.  In @out; whether the sentence says so. */
static gboolean
said_day (CtRun *run, const CtSentence *s, CtDateMention *out)
{
  static const char * const same_day[] = { "同日", "当日", "当天", "同一天", NULL };
  static const char * const next_day[] = { "次日", "翌日", "第二天", NULL };
  gint days = -1;

  for (gsize i = s->start; i < s->end && days < 0; i++)
    days = ct_text_any_word_at (&run->text, i, same_day) != NULL ? 0 :
           ct_text_any_word_at (&run->text, i, next_day) != NULL ? 1 : -1;
  if (days < 0)
    return FALSE;
  for (guint k = ct_spans_lower_bound (run->dates, s->start); k-- > 0;)
    {
      const CtDateMention *d = &g_array_index (run->dates, CtDateMention, k);

      if (d->date.precision == CT_PRECISION_DAY && !is_dateline (run, d))
        {
          g_autoptr(GDate) day = g_date_new_dmy (d->date.day, d->date.month, d->date.year);

          g_date_add_days (day, days);
          *out = *d;
          out->date = (CtDate) { g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), CT_PRECISION_DAY };
          out->end_date = CT_DATE_NONE;
          return TRUE;
        }
    }
  return FALSE;
}

/* The date said closest to an event's name in its sentence (7月28日至29日,…会商会;
 * …座谈会16日在上海举行), not the dateline (8月17日消息). */
static const CtDateMention *
nearest_date (CtRun *run, const CtSentence *s, gsize start, gsize end)
{
  const CtDateMention *best = NULL;
  gsize best_distance = G_MAXSIZE;

  for (guint i = ct_spans_lower_bound (run->dates, s->start); i < run->dates->len; i++)
    {
      const CtDateMention *d = &g_array_index (run->dates, CtDateMention, i);
      gsize distance;

      if (d->start >= s->end)
        break;
      /* a year in 《2028年…清单》 is the document's, not the day's */
      if (d->end > s->end || (d->start >= start && d->end <= end) || is_dateline (run, d) ||
          (d->start > 0 && run->text.chars[d->start - 1] == '(') || inside_book_title (run, d->start, s))
        continue;
      distance = d->end <= start ? start - d->end : d->start >= end ? d->start - end : G_MAXSIZE;
      /* one in the same clause wins over one across a comma */
      if (clause_break_between (run, MIN (d->end, end), MAX (d->start, start)))
        distance += run->text.length;
      if (distance < best_distance)
        {
          best = d;
          best_distance = distance;
        }
    }
  return best;
}

/* Titles without their leading year name the same event (2024镇江…恳谈会, 镇江…恳谈会). */
static const char *
title_core (const char *title)
{
  while (g_ascii_isdigit (*title))
    title++;
  if (g_str_has_prefix (title, "年度"))
    title += strlen ("年度");
  else if (g_str_has_prefix (title, "年"))
    title += strlen ("年");
  return title;
}

static CtEvent *
find_event (CtRun *run, const char *title)
{
  for (guint i = 0; i < run->out->events->len; i++)
    {
      CtEvent *e = g_ptr_array_index (run->out->events, i);

      if (g_str_equal (title_core (e->title), title_core (title)))
        return e;
    }
  return NULL;
}

/* Before a place: a delegation went there, to meet, not to be met. */
static const char * const arrival_words[] = { "抵达", "抵", "赴", "到访", "访", "前往", "来到", NULL };

/* The mention that starts at @offset, or NULL. */
static const CtPlaceMention *
mention_at (CtRun *run, gsize offset)
{
  guint i = ct_spans_lower_bound (run->mentions, offset);

  if (i < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, i).start == offset)
    return &g_array_index (run->mentions, CtPlaceMention, i);
  return NULL;
}

/* 在长沙召开, 在沪举行: the place between 在 and the verb, the innermost of
 * a chain (在上海市普陀区举行, 在河北雄安新区容城县举行); a building or hall
 * may stand between place and verb (在香港特区政府总部举行). */
/* 在湾仔香港会议展览中心: a building named for @m, where a word of a
 * part of it no gazetteer knows may come first. */
static const char * const buildings[] = {
  "会议展览中心", "会展中心", "国际会议中心", "会议中心", "展览中心", "博览中心", "大剧院", "宾馆", "酒店", NULL,
};

static gboolean
building_named (CtRun *run, const CtPlaceMention *m)
{
  if (ct_text_any_word_at (&run->text, m->end, buildings) == NULL)
    return FALSE;
  for (gsize k = 1; k <= 3 && k < m->start; k++)
    {
      if (!ct_text_is_han (run->text.chars[m->start - k]) || mention_at (run, m->start - k) != NULL)
        return FALSE;
      if (preposition_before (run, m->start - k, "在"))
        return TRUE;
    }
  return FALSE;
}

/* 在湾仔会展中心举办, in a Hong Kong paper: a hall in a part of the paper's
 * own region that no gazetteer holds. */
static gint
hall_at_home (CtRun *run, const CtSentence *s)
{
  gint home = run->home;

  for (gssize at = home >= 0 ? ct_text_find (&run->text, s->start, s->end, "在") : -1; at >= 0;
       at = ct_text_find (&run->text, at + 1, s->end, "在"))
    for (gsize j = at + 1; j < (gsize) at + 8 && j < s->end && ct_text_is_han (run->text.chars[j]) && mention_at (run, j) == NULL; j++)
      if (ct_text_any_word_at (&run->text, j, buildings) != NULL)
        return home;
  return -1;
}

static gint
venue_in (CtRun *run, const CtSentence *s)
{
  /* 在成都出席…交流会: where those who attended were; 我现在是在X的会议中心: where the reporter is */
  static const char * const verbs[] = { "举行", "召开", "举办", "开幕", "开展", "出席", "参加", "的会议中心", "的会场", NULL };

  for (guint i = ct_spans_lower_bound (run->mentions, s->start); i < run->mentions->len; i++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);
      /* 在#歙县#召开: a post's hashtag marks are not words */
      gboolean tagged = m->start > 0 && run->text.chars[m->start - 1] == '#' && ct_text_at (&run->text, m->end) == '#';
      gsize end = m->end + (tagged ? 1 : 0);

      if (m->start >= s->end)
        break;
      /* 主会场设在合川区，分会场设在…: a meeting held by video has its main hall's
       * place (the last of a chain: 内江市市中区) */
      if (m->end <= s->end && !m->qualifier && ct_text_word_before (&run->text, chain_start (run, m), "主会场设在"))
        return m->division;
      if (m->end > s->end || (!preposition_before (run, m->start - (tagged ? 1 : 0), "在") && !building_named (run, m)))
        continue;
      for (gsize j = end; j <= end + 14 && ct_text_is_han (ct_text_at (&run->text, j)); j++)
        {
          const CtPlaceMention *inner = mention_at (run, j);

          if (ct_text_any_word_at (&run->text, j, verbs) != NULL)
            return m->division;
          if (inner != NULL)
            {
              m = inner;
              end = j = inner->end;
              j--;
            }
        }
    }
  return -1;
}

/* 抵广州, 赴深圳: where a delegation went, for a meeting with no 在 before its place. */
static gint
arrival_in (CtRun *run, const CtSentence *s, gsize before)
{
  gint place = -1;

  for (guint i = ct_spans_lower_bound (run->mentions, s->start); i < run->mentions->len; i++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);

      if (m->start >= before)
        break;
      if (!m->qualifier && ct_text_any_word_before (&run->text, m->start, arrival_words) != NULL)
        place = m->division;
    }
  return place;
}

/* A plan, not something that happened: a future word before the name in
 * the sentence, or after it in the same clause (…会议拟于明年在湛江举行). */
static gboolean
is_future (CtRun *run, const CtSentence *s, gsize start, gsize end)
{
  if (ct_text_find_any (&run->text, s->start, start, future_words) >= 0)
    return TRUE;
  for (gsize i = end; i < s->end && run->text.chars[i] != ',' && run->text.chars[i] != ';'; i++)
    if (ct_text_any_word_at (&run->text, i, future_words) != NULL)
      return TRUE;
  return FALSE;
}

/* The title without a leading year or ordinal: what it is about. */
static gsize
title_core_start (CtRun *run, gsize start, gsize end)
{
  gsize i = start;

  while (i < end && (ct_text_is_digit (run->text.chars[i]) || run->text.chars[i] == 0x5e74 || run->text.chars[i] == 0x5ea6))
    i++;
  return i;
}


static gboolean
has_ordinal_at (CtRun *run, gsize i)
{
  if (ct_text_word_at (&run->text, i, "首届") || ct_text_word_at (&run->text, i, "首次"))
    return TRUE;
  return ct_text_at (&run->text, i) == 0x7b2c; /* 第 */
}

/* Where the ordinal at @i (第十届, 首次, 第3次) ends, before @limit. */
static gsize
past_ordinal (CtRun *run, gsize i, gsize limit)
{
  for (i++; i < limit && (ct_text_is_digit (run->text.chars[i]) ||
                          g_utf8_strchr ("一二三四五六七八九十百届次", -1, run->text.chars[i]) != NULL); i++)
    ;
  return i;
}

static CtGrouping *
grouping_at (CtRun *run, gsize start)
{
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);

      if (ct_text_word_at (&run->text, start, g->name))
        return g;
    }
  return NULL;
}

/* The grouping whose name without its suffix, or without its last word
 * (联盟, 机制), starts at @start before an ordinal or a year: 大别山…协作第五次
 * 联席会议 is a meeting of 大别山…协作联盟, 大别山…协作2025年工作要点 its plan,
 * 冀中南城市协同发展第二次联席会议 a meeting of 冀中南城市协同发展机制. */
static CtGrouping *
grouping_stem_at (CtRun *run, gsize start)
{
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);
      glong length = g_utf8_strlen (g->name, -1);

      for (guint l = 0; ct_grouping_suffixes[l].suffix != NULL; l++)
        {
          glong cuts[] = { g_utf8_strlen (ct_grouping_suffixes[l].suffix, -1), 2 };

          if (!g_str_has_suffix (g->name, ct_grouping_suffixes[l].suffix))
            continue;
          for (guint c = 0; c < G_N_ELEMENTS (cuts); c++)
            {
              glong n = length - cuts[c];
              g_autofree char *stem = g_utf8_substring (g->name, 0, n);

              if (n >= 4 && ct_text_word_at (&run->text, start, stem) &&
                  (has_ordinal_at (run, start + n) || ct_text_is_digit (ct_text_at (&run->text, start + n))))
                return g;
            }
        }
    }
  return NULL;
}

static void
record_event_span (CtRun *run, gsize start, gsize end, guint event)
{
  CtSpan span = { start, end };

  g_array_append_val (run->event_spans, span);
  g_array_append_val (run->event_of_span, event);
}

static guint
event_index (CtRun *run, CtEvent *event)
{
  for (guint i = 0; i < run->out->events->len; i++)
    if (g_ptr_array_index (run->out->events, i) == event)
      return i;
  return 0;
}

/* Between a place and an event's title, a verb of holding: 在上海举行, 召开了, 举办 */
static gboolean
holds_event (CtRun *run, gsize from, gsize title_start)
{
  static const char * const verbs[] = { "举行", "召开", "举办", "主办", "承办", "联合举办", NULL };

  return ct_text_find_any (&run->text, from, title_start, verbs) >= 0;
}

/* 与会人员参观了…成果展: an exhibit seen during a meeting, not a meeting. */
static gboolean
visited (CtRun *run, const CtSentence *s, gsize start)
{
  static const char * const visiting[] = { "参观", "观摩", "观看", "考察", NULL };

  for (gsize i = clause_start_before (run, s, start); i < start; i++)
    if (ct_text_any_word_at (&run->text, i, visiting) != NULL)
      return TRUE;
  return FALSE;
}

static const char * const restatements[] = { "这是", "这也是", "这次是", "此次是", NULL };

static void
read_event (CtRun *run, guint si, gsize start, gsize end)
{
  const CtSentence *s = sentence (run, si);
  gsize core = title_core_start (run, start, end);
  gint venue = venue_in (run, s);
  g_autofree char *title = NULL;
  CtEvent *event;
  const CtDateMention *date;
  CtDateMention said;

  /* 安徽芜湖首届…展: places before the ordinal say where */
  {
    gsize i = start;
    gint lead = -1;

    for (guint k = ct_spans_lower_bound (run->mentions, start); k < run->mentions->len; k++)
      {
        const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k);

        if (m->start > i)
          break;
        if (m->start == i && m->end < end)
          {
            i = m->end;
            lead = m->division;
          }
      }
    if (lead >= 0 && i > start && has_ordinal_at (run, i))
      {
        if (venue < 0)
          venue = lead;
        start = core = i;
      }
  }

  if (end - core < 5 || ct_text_any_word_at (&run->text, start, anaphors) != NULL || visited (run, s, start))
    return;
  /* a title of only an ordinal and a suffix (第九届会商会) points back to an event */
  if (has_ordinal_at (run, core) && end - past_ordinal (run, core, end) <= 3)
    return;
  /* 这是两市…召开的首次联席会议: the meeting just told of, said again */
  if (ct_text_any_word_at (&run->text, s->start, restatements) != NULL)
    return;

  /* a plan (明年…联席会议将在天津召开) is the next one, not this one */
  if (is_future (run, s, start, end))
    return;
  title = ct_document_get_name (run->document, start, end);
  event = find_event (run, title);
  if (event == NULL)
    {
      event = g_new0 (CtEvent, 1);
      event->title = g_strdup (title);
      event->place = -1;
      event->participants = new_place_list ();
      set_evidence (run, &event->evidence, si);
      g_ptr_array_add (run->out->events, event);
    }
  else if (strlen (title) > strlen (event->title))
    {
      g_free (event->title);
      event->title = g_strdup (title);
    }
  record_event_span (run, start, end, event_index (run, event));

  date = nearest_date (run, s, start, end);
  if (date == NULL && said_day (run, s, &said))
    date = &said;
  if (date == NULL)
    date = entry_date (run, si);
  if (date != NULL && event->start.precision == CT_PRECISION_NONE)
    {
      /* 日前: on or before the day of publication, so its month is what is known */
      event->start = date->on_or_before ? ct_date_truncate (&date->date, CT_PRECISION_MONTH) : date->date;
      event->end = date->end_date;
    }
  if (venue < 0)
    venue = arrival_in (run, s, start);
  if (venue < 0)
    venue = hall_at_home (run, s);
  /* 我现在是在榆树市的会议中心。…大会在这里召开: where the sentence before was */
  if (venue < 0 && si > 0 && (ct_text_find (&run->text, s->start, s->end, "在这里") >= 0 ||
                              ct_text_find (&run->text, s->start, s->end, "在此") >= 0))
    venue = venue_in (run, sentence (run, si - 1));
  /* a later mention may say more precisely where (在株洲 … 在株洲市天元区) */
  if (event->place < 0 || (venue >= 0 && ct_gazetteer_is_ancestor (run->gazetteer, event->place, venue)))
    event->place = venue;

  /* 四市在郑州召开…会议, 镇江市政府在上海举行…: who holds it takes part;
   * a clause that starts with 与 carries the sentence's subject along
   * (香港代表团到访佛山,与佛山市政府举行…) */
  {
    static const char * const with[] = { "与", "同", "和", "跟", NULL };
    gsize clause = clause_start_before (run, s, start);
    gsize from = clause > s->start && ct_text_any_word_at (&run->text, clause, with) != NULL ? s->start : clause;

    for (guint k = ct_spans_lower_bound (run->mentions, from); k < run->mentions->len; k++)
      {
        const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k);

        if (m->start >= start)
          break;
        if (m->end <= start && !m->qualifier && !is_where (run, m) &&
            ct_text_any_word_before (&run->text, m->start, arrival_words) == NULL && holds_event (run, m->end, start))
          add_unique (event->participants, m->division);
      }
    /* 两市曾在海港区召开…预备会: a count holds it */
    if (event->participants->len == 0)
      {
        gsize after;
        g_autoptr(GArray) counted = places_counted (run, from, start, G_MAXSIZE, TRUE, &after);

        if (counted != NULL && holds_event (run, after, start))
          g_array_append_vals (event->participants, counted->data, counted->len);
      }
    /* 青浦区举办了…展销会: one holder, and nowhere else said (在湾仔会展中心
     * says where, though no gazetteer knows it), holds it at home */
    if (event->place < 0 && event->participants->len == 1 && ct_text_find (&run->text, from, start, "在") < 0)
      event->place = g_array_index (event->participants, guint, 0);
  }

  /* (上海) in a title: where it was held */
  for (guint k = ct_spans_lower_bound (run->mentions, start); k < run->mentions->len; k++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k);

      if (m->start >= end)
        break;
      if (m->end > end)
        continue;
      if (m->start > 0 && run->text.chars[m->start - 1] == '(' && ct_text_at (&run->text, m->end) == ')')
        {
          if (event->place < 0)
            event->place = m->division;
        }
      else if (!m->qualifier && !inside_grouping_name (run, m->start))
        add_unique (event->participants, m->division);
    }
}

/* A meeting named for all of one place is its own business (全区秋粮收购
 * 工作推进会, 全省黄河流域生态保护和高质量发展推进会: the scope may come
 * before a 和 that cut the name), unless it is about its places working
 * together (全省山海协作工程推进会). */
static gboolean
is_internal (CtRun *run, gsize start, gsize end)
{
  static const char * const scopes[] = { "全省", "全区", "全市", "全县", "全州", "全盟", "全旗", NULL };
  gsize from = start;

  while (from > 0 && from + 16 > start && ct_text_any_word_at (&run->text, from, scopes) == NULL &&
         ct_text_is_han (run->text.chars[from - 1]))
    from--;
  if (ct_text_any_word_at (&run->text, from, scopes) == NULL)
    return FALSE;
  for (gsize i = from; i < end; i++)
    if (ct_text_any_word_at (&run->text, i, ct_cooperation_words) != NULL || ct_text_word_at (&run->text, i, "协作"))
      return FALSE;
  return TRUE;
}

/* 联席会议在洮北区召开: a meeting named before, by its last word alone,
 * and where it was held, if that was not said. */
static void
place_named_before (CtRun *run, const CtSentence *s, gsize at, const char *suffix)
{
  gsize end = at + g_utf8_strlen (suffix, -1);
  gint venue;

  if (at != clause_start_before (run, s, at) || !ct_text_word_at (&run->text, end, "在") ||
      (venue = venue_in (run, s)) < 0)
    return;
  for (guint i = run->out->events->len; i-- > 0;)
    {
      CtEvent *e = g_ptr_array_index (run->out->events, i);

      if (g_str_has_suffix (e->title, suffix) && e->evidence.start < at)
        {
          if (e->place < 0)
            e->place = venue;
          return;
        }
    }
}

/* 联席会议每年召开一次, 文化旅游节自2031年起由两市联合举办: the meetings as
 * a rule or a series, not one of them */
static const char * const recurring[] = { "每年", "每半年", "每季度", "定期", "轮流", "原则上", NULL };

static gboolean
names_a_series (CtRun *run, gsize end)
{
  gsize i = end + 1;

  if (ct_text_any_word_at (&run->text, end, recurring) != NULL)
    return TRUE;
  if (!ct_text_word_at (&run->text, end, "自"))
    return FALSE;
  while (ct_text_is_digit (ct_text_at (&run->text, i)))
    i++;
  return i > end + 1 && ct_text_word_at (&run->text, i, "年") &&
         (ct_text_word_at (&run->text, i + 1, "起") || ct_text_word_at (&run->text, i + 1, "以来"));
}

/* …联席会议首次会议, …联席会议第三次会议: a sitting of a body goes on
 * after the body's name. */
static gboolean
sitting_follows (CtRun *run, gsize end)
{
  gsize i;

  if (!has_ordinal_at (run, end))
    return FALSE;
  i = past_ordinal (run, end, run->text.length);
  return ct_text_word_at (&run->text, i, "会议") || ct_text_any_word_at (&run->text, i, event_suffixes) != NULL;
}

/* 第一会议室, 会议中心, 香港会议展览中心: a room or a hall, where a meeting
 * may be; 联席会议办公室: the office of a body that meets */
static gboolean
names_a_room (CtRun *run, gsize end)
{
  static const char * const rooms[] = { "室", "厅", "中心", "大楼", "大厦", "展览中心", "展览馆", "办公室", "秘书处", NULL };

  return ct_text_any_word_at (&run->text, end, rooms) != NULL;
}

static void
find_events (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      /* 问：今年3月两市召开过一次联席会议，…进展如何？ asks; the answer tells */
      if (ct_text_find (&run->text, s->start, s->end, "?") >= 0)
        continue;

      for (gsize i = s->start; i < s->end; i++)
        {
          const char *suffix = ct_text_any_word_at (&run->text, i, event_suffixes);
          gsize end, start;

          if (suffix == NULL)
            suffix = ct_text_word_at (&run->text, i, "会议") ? "会议" : NULL;
          if (suffix == NULL || inside_book_title (run, i, s))
            continue;
          end = i + g_utf8_strlen (suffix, -1);
          /* …成立大会暨第一次联席会议: one meeting, named at its last word;
           * and so is …联席会议首次会议 */
          if (ct_text_word_at (&run->text, end, "暨") || sitting_follows (run, end) || names_a_series (run, end) ||
              names_a_room (run, end))
            continue;
          start = name_start (run, s->start, i);
          if (names_a_body (run, start, end))
            {
              i = end - 1;
              continue;
            }
          /* 两县约定每年轮流召开一次座谈会: the rule, before the name */
          if (ct_text_find_any (&run->text, clause_start_before (run, s, start), start, recurring) >= 0)
            {
              i = end - 1;
              continue;
            }
          /* a bare 会议 (…负责同志会议) names a meeting only after a place, region or grouping: 贯彻落实会议精神 is none;
           * 全区秋粮收购工作推进会 is one region's own business, not cooperation */
          if (start < i && (!g_str_equal (suffix, "会议") || is_anchor_at (run, start)) && !is_internal (run, start, end))
            read_event (run, si, start, end);
          else if (start == i)
            place_named_before (run, s, i, suffix);
          i = end - 1;
        }
    }
}

/* An event with neither a place nor a participant is a mention in passing. */
static gboolean
is_substantial (CtEvent *event)
{
  return event->place >= 0 || event->participants->len > 0;
}

/* The event a sentence refers to: one named in it, else the last one named
 * before it, else the first of the document. */
static CtEvent *
event_for_sentence (CtRun *run, guint si)
{
  const CtSentence *s = sentence (run, si);

  for (guint k = ct_spans_lower_bound (run->event_spans, s->end); k-- > 0;)
    {
      CtEvent *e = g_ptr_array_index (run->out->events, g_array_index (run->event_of_span, guint, k));

      if (is_substantial (e))
        return e;
    }
  for (guint k = 0; k < run->out->events->len; k++)
    if (is_substantial (g_ptr_array_index (run->out->events, k)))
      return g_ptr_array_index (run->out->events, k);
  return NULL;
}

/* The meeting a sentence of attendance (or of where it was) speaks of: the
 * one it names, or the one it is about, or else the one named before it,
 * though nothing yet says where or who (…联席会议召开。…县长出席会议). */
static CtEvent *
event_attended (CtRun *run, guint si)
{
  const CtSentence *s = sentence (run, si);
  guint k = ct_spans_lower_bound (run->event_spans, s->end);
  CtEvent *event;

  if (k > 0 && g_array_index (run->event_spans, CtSpan, k - 1).start >= s->start)
    return g_ptr_array_index (run->out->events, g_array_index (run->event_of_span, guint, k - 1));
  if ((event = event_for_sentence (run, si)) != NULL)
    return event;
  return k > 0 ? g_ptr_array_index (run->out->events, g_array_index (run->event_of_span, guint, k - 1)) : NULL;
}

/* After an attendance word: the attendees are listed next. */
static const char * const attendee_lists[] = { "的有", "的还有", "分别为", "分别是", "包括", ":", NULL };

/* 特区政府 in Hong Kong or Macao news: the region the text names most. */
static gint
special_region (CtRun *run)
{
  guint counts[2] = { 0 };
  gint regions[2] = { ct_gazetteer_lookup_code (run->gazetteer, "810000"),
                      ct_gazetteer_lookup_code (run->gazetteer, "820000") };

  for (guint i = 0; i < run->mentions->len; i++)
    for (guint r = 0; r < 2; r++)
      counts[r] += g_array_index (run->mentions, CtPlaceMention, i).division == (guint) regions[r];
  if (counts[0] == counts[1])
    return -1;
  return regions[counts[1] > counts[0]];
}

static gboolean
mention_between (CtRun *run, gsize from, gsize to)
{
  guint k = ct_spans_lower_bound (run->mentions, from);

  return k < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, k).start < to;
}

/* 来自台湾的约300家企业, 来自北京、上海的游客: where others come from, not an actor. */
static gboolean
origin_of_others (CtRun *run, const CtPlaceMention *m)
{
  static const char * const others[] = { "企业", "公司", "客商", "商家", "游客", "厂商", "机构", NULL };
  gsize first = m->start, end = list_end (run, m->start, run->text.length);

  for (guint k = ct_spans_lower_bound (run->mentions, m->start); k-- > 0;)
    {
      const CtPlaceMention *before = &g_array_index (run->mentions, CtPlaceMention, k);

      if (list_end (run, before->start, run->text.length) < m->end)
        break;
      first = before->start;
    }
  return ct_text_word_before (&run->text, first, "来自") && ct_text_find_any (&run->text, end, MIN (end + 10, run->text.length), others) >= 0;
}

/* Whether [@start, @end) names one of the home region's own bureaus: a
 * 局 or 署 whose name holds no place (劳工及福利局, 投资推广署), where a
 * mainland one has its place or 市, 省 first (惠州市民政局, 市商务局). */
static gboolean
names_home_bureau (CtRun *run, gsize start, gsize end)
{
  /* not 及, which many of their names hold (劳工及福利局, 经济及科技发展局) */
  static const char * const before_name[] = { "与", "和", "同", "、", ",", "。", ";", ":", "上", NULL };
  /* words with 局 or 署 that name no bureau */
  static const char * const other_words[] = {
    "签署", "部署", "布局", "格局", "大局", "结局", "当局", "开局", "全局", "僵局", "局面", "局势", "局部", "署名", NULL,
  };

  for (gsize p = start + 2; p < end; p++)
    {
      gsize from = p;

      if ((run->text.chars[p] != 0x5c40 /* 局 */ && run->text.chars[p] != 0x7f72 /* 署 */) ||
          ct_text_any_word_at (&run->text, p - 1, other_words) != NULL ||
          ct_text_any_word_at (&run->text, p, other_words) != NULL)
        continue;
      while (from > start && from + 16 > p && ct_text_is_han (run->text.chars[from - 1]) &&
             ct_text_any_word_before (&run->text, from, before_name) == NULL)
        from--;
      if (p - from >= 2 && !mention_between (run, from, p) &&
          g_utf8_strchr ("市省区县州", -1, run->text.chars[from]) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* Who @start..@end names as acting: its places, less where things happen
 * (在天津签署, 在福州市鼓楼区举行,四市…出席) and qualifiers; and the region
 * a 特区政府 there stands for (特区政府经济财政司与珠海市金湾区政府签署), or in its
 * own paper one of its bureaus (劳工及福利局与惠州市人民政府签署). */
static void
add_actors (CtRun *run, GArray *list, gsize start, gsize end)
{
  gint home = run->home;
  gssize government = ct_text_find (&run->text, start, end, "特区政府");
  gint region = home >= 0 ? home : special_region (run);

  /* 特区政府 alone: the paper's own region, or the one it names most;
   * 澳门特区政府 is named by its mention */
  if (government >= 0 && !mention_ends_at (run, government) && region >= 0)
    add_unique (list, region);
  if (home >= 0 && names_home_bureau (run, start, end))
    add_unique (list, home);
  for (guint k = ct_spans_lower_bound (run->mentions, start); k < run->mentions->len; k++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k);

      if (m->start >= end)
        break;
      if (m->end <= end && !m->qualifier && !is_where (run, m) && !origin_of_others (run, m))
        add_unique (list, m->division);
    }
}

/* Whether some of @participants are @members, their cities or their
 * parts: the text said which members came (X都市圈长寿邻水…联席会议 is
 * two districts' meeting).  Guests alone (盘锦市作为观察员列席) do not say
 * that the members stayed away. */
static gboolean
members_stand_in (CtRun *run, GArray *participants, GArray *members)
{
  for (guint i = 0; i < participants->len; i++)
    for (guint k = 0; k < members->len; k++)
      {
        guint p = g_array_index (participants, guint, i), m = g_array_index (members, guint, k);

        if (p == m || ct_gazetteer_is_ancestor (run->gazetteer, p, m) || ct_gazetteer_is_ancestor (run->gazetteer, m, p))
          return TRUE;
      }
  return FALSE;
}

/* 10个联盟成员县…出席, 四市…参加会议: a sentence of attendance that names
 * members, or counts as many places as @g has members, unless the count
 * is of the others it names (A区、B县…出席，两地…参加). */
static gboolean
members_said_to_attend (CtRun *run, CtGrouping *g)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);
      g_autoptr(GArray) named = places_in (run, s->start, s->end);
      gboolean attends = FALSE;
      gint others = 0;

      for (gsize i = s->start; i < s->end && !attends; i++)
        attends = ct_text_any_word_at (&run->text, i, attendance_words) != NULL;
      if (!attends)
        continue;
      if (ct_text_find (&run->text, s->start, s->end, "成员") >= 0)
        return TRUE;
      for (guint k = 0; k < named->len; k++)
        others += !in_list (g->members, g_array_index (named, guint, k));
      for (gsize i = s->start; i < s->end; i++)
        {
          gsize after;
          gint count = ct_count_word_value (run->text.chars, run->text.length, i, &after);

          if (count == (gint) g->members->len && count != others)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether an event is named outside the headline. */
static gboolean
named_in_body (CtRun *run, guint event)
{
  for (guint k = 0; k < run->event_spans->len; k++)
    {
      gint si = ct_document_sentence_at (run->document, g_array_index (run->event_spans, CtSpan, k).start);

      if (g_array_index (run->event_of_span, guint, k) == event && si >= 0 &&
          g_array_index (run->document->lines, CtLine, sentence (run, si)->line).kind != CT_LINE_TITLE)
        return TRUE;
    }
  return FALSE;
}

/* Whether @s opens with a label: 列席:, 记录: */
static gboolean
opens_with_label (CtRun *run, const CtSentence *s)
{
  gsize i = s->start;

  while (i < s->end && i < s->start + 5 && ct_text_is_han (run->text.chars[i]))
    i++;
  return i > s->start + 1 && ct_text_at (&run->text, i) == ':';
}

/* The meeting minutes record: the first the body names. */
static CtEvent *
recorded_meeting (CtRun *run)
{
  for (guint i = 0; i < run->out->events->len; i++)
    if (named_in_body (run, i))
      return g_ptr_array_index (run->out->events, i);
  return NULL;
}

static void
find_participants (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);
      gsize from = s->start;
      CtEvent *event = NULL;
      gboolean labelled;

      /* …联席会议召开。会议以视频连线方式进行，主会场设在合川区: where, told after */
      if (ct_text_find (&run->text, s->start, s->end, "主会场设在") >= 0 && (event = event_attended (run, si)) != NULL &&
          event->place < 0)
        event->place = venue_in (run, s);
      event = NULL;

      /* who attends comes before the word (七市…负责同志出席, 两市…列席),
       * or after it where a list follows (出席会议的有…); not what
       * attendees then did or said (与会人员考察了…, 与会负责同志表示…) */
      for (gsize i = s->start; i < s->end; i++)
        {
          const char *word = ct_text_any_word_at (&run->text, i, attendance_words);
          gsize to = i;

          if (word == NULL)
            continue;
          /* 届时还将邀请…列席, …将牵头筹备…，并邀请…参加: who will come, to
           * something yet to be */
          if (ct_text_find_any (&run->text, clause_start_before (run, s, i), i, future_words) >= 0 ||
              (ct_text_find (&run->text, s->start, i, "邀请") >= 0 &&
               ct_text_find_any (&run->text, s->start, i, future_words) >= 0))
            continue;
          /* 出席: …, 列席: … under minutes: who came to the meeting they record */
          labelled = i == s->start && ct_text_at (&run->text, i + g_utf8_strlen (word, -1)) == ':';
          if (event == NULL && labelled)
            event = recorded_meeting (run);
          if (event == NULL && (event = event_attended (run, si)) == NULL)
            break;
          for (gsize j = i; j < MIN (i + 12, s->end); j++)
            if (ct_text_any_word_at (&run->text, j, attendee_lists) != NULL)
              to = s->end;
          add_actors (run, event->participants, from, to);
          from = i + g_utf8_strlen (word, -1);
          if (to == s->end)
            {
              /* 出席会议的有： and a line for each; 出席：A and a line for each
               * up to the next label */
              if (ct_text_at (&run->text, s->end - 1) == ':' || labelled)
                for (guint k = si + 1; k < run->document->sentences->len &&
                                       sentence (run, k)->line == sentence (run, k - 1)->line + 1 &&
                                       !(labelled && opens_with_label (run, sentence (run, k))); k++)
                  add_actors (run, event->participants, sentence (run, k)->start, sentence (run, k)->end);
              break;
            }
        }
    }

  /* A meeting of a grouping (长江中游城市群省会城市第十届会商会, 长三角地区主要领导座谈会)
   * is attended by its members, and those who attend are members. */
  for (guint i = 0; i < run->out->events->len; i++)
    {
      CtEvent *e = g_ptr_array_index (run->out->events, i);
      g_autoptr(GArray) spans = occurrences (run, e->title);

      if (spans->len == 0)
        continue;
      {
        const CtSpan *span = &g_array_index (spans, CtSpan, 0);
        CtGrouping *g = grouping_at (run, span->start);

        if (g == NULL)
          g = grouping_at (run, title_core_start (run, span->start, span->end));
        if (g == NULL)
          g = grouping_stem_at (run, span->start);

        if (g == NULL)
          continue;
        /* …unless the text says who its members are: then those who only
         * attend (列席 observers) are not; and who attends, where the text
         * says it (遂宁市、潼南区…出席), unless it says the members do */
        if (g->members->len == 0)
          for (guint k = 0; k < e->participants->len; k++)
            add_unique (g->members, g_array_index (e->participants, guint, k));
        else if (members_stand_in (run, e->participants, g->members) && !members_said_to_attend (run, g))
          continue;
        for (guint k = 0; k < g->members->len; k++)
          add_unique (e->participants, g_array_index (g->members, guint, k));
      }
    }
}

/* A region named in passing (长江中游4个省会城市) is not a grouping unless the
 * text says who is in it. */
static void
drop_empty_regions (CtRun *run)
{
  for (guint i = run->out->groupings->len; i-- > 0;)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);
      gboolean region = FALSE;

      for (guint k = 0; ct_region_names[k] != NULL && !region; k++)
        region = g_str_equal (g->name, ct_region_names[k]);
      if (region && g->members->len == 0)
        g_ptr_array_remove_index (run->out->groupings, i);
    }
}

/* @title without its ordinal (第一次, 第三届, 首次). */
static char *
without_ordinal (const char *title)
{
  GString *out = g_string_new (NULL);

  for (const char *p = title; *p;)
    {
      const char *q = p;

      if (g_str_has_prefix (p, "首次") || g_str_has_prefix (p, "首届"))
        q = p + strlen ("首次");
      else if (g_str_has_prefix (p, "第"))
        {
          for (q = p + strlen ("第"); *q && strchr ("0123456789", *q) != NULL; q++)
            ;
          while (*q && g_utf8_strchr ("一二三四五六七八九十百", -1, g_utf8_get_char (q)) != NULL)
            q = g_utf8_next_char (q);
          q = g_str_has_prefix (q, "次") || g_str_has_prefix (q, "届") ? q + strlen ("次") : p;
        }
      if (q == p)
        {
          q = g_utf8_next_char (p);
          g_string_append_len (out, p, q - p);
        }
      p = q;
    }
  return g_string_free (out, FALSE);
}

/* 大足安岳召开石刻文化旅游协作联席会议 heading the item that tells of
 * 大足安岳石刻文化旅游协作第一次联席会议: a meeting with neither day nor
 * place whose name, less ordinals, ends another's. */
static gboolean
told_in_full (CtRun *run, const CtEvent *e)
{
  g_autofree char *name = NULL;

  if (e->start.precision != CT_PRECISION_NONE || e->place >= 0)
    return FALSE;
  name = without_ordinal (e->title);
  for (guint k = 0; k < run->out->events->len; k++)
    {
      const CtEvent *other = g_ptr_array_index (run->out->events, k);
      g_autofree char *full = without_ordinal (other->title);

      if (other != e && strlen (full) > strlen (name) && g_str_has_suffix (full, name))
        return TRUE;
    }
  return FALSE;
}

/* Mentions in passing go, and so do meetings only a headline names when
 * the body names its own: a headline sums the body up in other words
 * (…联席会议登场 over 第四次党政联席会议). */
/* 第三次会议于2033年在…召开, in a text of 2032: yet to be held. */
static gboolean
after_publication (CtRun *run, const CtDate *date)
{
  CtPrecision shared = MIN (date->precision, run->document->published.precision);
  CtDate a = ct_date_truncate (date, shared), b = ct_date_truncate (&run->document->published, shared);

  return shared != CT_PRECISION_NONE && ct_date_compare (&a, &b) > 0;
}

static void
drop_passing_events (CtRun *run)
{
  gboolean body_has_one = FALSE;
  g_autofree gboolean *in_body = g_new0 (gboolean, run->out->events->len + 1);

  for (guint i = 0; i < run->out->events->len; i++)
    body_has_one |= in_body[i] = named_in_body (run, i);
  for (guint i = run->out->events->len; i-- > 0;)
    {
      CtEvent *e = g_ptr_array_index (run->out->events, i);

      /* 洛阳牡丹文化节 is one city's own */
      if (!is_substantial (e) || (body_has_one && !in_body[i]) ||
          (g_str_has_suffix (e->title, "节") && e->participants->len < 2) || told_in_full (run, e) ||
          after_publication (run, &e->start))
        g_ptr_array_remove_index (run->out->events, i);
    }
}

/* ------------------------------------------------------------------------ */
/* Agreements                                                                */

static CtLevel
count_level (CtRun *run, gsize i, gboolean *any_level)
{
  static const char * const mixed[] = { "市县", "县市", "市州", "州市", "区县", "县区", "省市", "省区", NULL };

  /* 四市县, 两省市: places of two levels */
  *any_level = ct_text_any_word_at (&run->text, i, mixed) != NULL;
  if (*any_level)
    return CT_LEVEL_PREFECTURE;
  if (ct_text_word_at (&run->text, i, "省会") || ct_text_word_at (&run->text, i, "城市") ||
      ct_text_word_at (&run->text, i, "市") || ct_text_word_at (&run->text, i, "州") || ct_text_word_at (&run->text, i, "盟"))
    return CT_LEVEL_PREFECTURE;
  if (ct_text_word_at (&run->text, i, "省"))
    return CT_LEVEL_PROVINCE;
  if (ct_text_word_at (&run->text, i, "中心城区") || ct_text_word_at (&run->text, i, "城区") ||
      ct_text_word_at (&run->text, i, "区") || ct_text_word_at (&run->text, i, "县") || ct_text_word_at (&run->text, i, "旗"))
    return CT_LEVEL_COUNTY;
  *any_level = TRUE;
  return CT_LEVEL_PREFECTURE;
}

#define COUNT_REACH 3000

/* The level of the places a count at @count counts: its unit word starts
 * after the numeral and 个. */
static CtLevel
count_unit_level (CtRun *run, gsize count, gboolean *any_level)
{
  return count_level (run, count + 1 + (ct_text_word_at (&run->text, count + 1, "个") ? 1 : 0), any_level);
}

/* Whether @offset is inside quotes opened after @from. */
static gboolean
inside_quotes (CtRun *run, gsize from, gsize offset)
{
  gint depth = 0;

  for (gsize i = from; i < offset; i++)
    depth += run->text.chars[i] == 0x201c ? 1 : run->text.chars[i] == 0x201d ? -1 : 0;
  return depth > 0;
}

/* The list of exactly @n places of @level nearest to @offset. */
static GArray *
resolve_count (CtRun *run, gsize offset, gint n, CtLevel level, gboolean any_level)
{
  GArray *best = NULL;
  gsize best_distance = G_MAXSIZE;

  /* only lists nearby count: a few thousand characters either way */
  for (guint k = ct_spans_lower_bound (run->mentions, offset > COUNT_REACH ? offset - COUNT_REACH : 0);
       k < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, k).start <= offset + COUNT_REACH;)
    {
      const CtPlaceMention *first = &g_array_index (run->mentions, CtPlaceMention, k);
      gsize end = list_end (run, first->start, run->text.length);
      g_autoptr(GArray) list = places_in (run, first->start, end);
      gboolean fits = (gint) list->len == n;
      gsize distance = first->start > offset ? first->start - offset : offset - end;

      for (guint i = 0; fits && !any_level && i < list->len; i++)
        {
          CtLevel l = div_at (run, g_array_index (list, guint, i))->level;

          /* 市 counts municipalities and county-level cities too (五常、舒兰、榆树三市) */
          fits = l == level || (level == CT_LEVEL_PREFECTURE && l != CT_LEVEL_PREFECTURE &&
                                g_str_has_suffix (div_at (run, g_array_index (list, guint, i))->name, "市"));
        }
      if (fits && distance < best_distance)
        {
          g_clear_pointer (&best, g_array_unref);
          best = g_steal_pointer (&list);
          best_distance = distance;
        }
      while (k < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, k).start < end)
        k++;
    }
  return best;
}

/* A copy of the members of the one grouping with @n of them. */
static GArray *
members_counted (CtRun *run, gint n)
{
  GArray *found = NULL;

  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);

      if (g->members->len != (guint) n)
        continue;
      if (found != NULL)
        {
          g_array_unref (found);
          return NULL;   /* two of them: which is meant is not said */
        }
      found = new_place_list ();
      g_array_append_vals (found, g->members->data, g->members->len);
    }
  return found;
}

/* 会上，三方签署…: a copy of the participants of the meeting, if there are @n. */
static GArray *
participants_counted (CtRun *run, gsize at, gint n)
{
  gint si = ct_document_sentence_at (run->document, at);
  CtEvent *event = si >= 0 ? event_for_sentence (run, si) : NULL;
  GArray *found;

  if (event == NULL || event->participants->len != (guint) n)
    return NULL;
  found = new_place_list ();
  g_array_append_vals (found, event->participants->data, event->participants->len);
  return found;
}

/* The places the first count in @from..@to that can be resolved counts
 * (七县区, 两市): the list of as many nearby, the grouping of as many, or
 * with @meeting_at (else G_MAXSIZE) the participants of the meeting then;
 * @after is where the count's words end. */
static GArray *
places_counted (CtRun *run, gsize from, gsize to, gsize meeting_at, gboolean of_groupings, gsize *after)
{
  for (gsize i = from; i < to; i++)
    {
      gint n = ct_count_word_value (run->text.chars, run->text.length, i, after);
      gsize again;

      /* “鸡鸣三省”: a byname, not a count; 川渝两地12个区县: the second counts */
      if (n >= 2 && !inside_quotes (run, from, i) &&
          ct_count_word_value (run->text.chars, run->text.length, *after, &again) == 0)
        {
          gboolean any_level;
          CtLevel level = count_unit_level (run, i, &any_level);
          GArray *list = resolve_count (run, i, n, level, any_level);

          if (list == NULL && of_groupings)
            list = members_counted (run, n);
          if (list == NULL && meeting_at != G_MAXSIZE)
            list = participants_counted (run, meeting_at, n);
          if (list != NULL)
            return list;
        }
    }
  return NULL;
}

/* Who signed: places before the verb, or a count of them, or the grouping
 * or meeting the subject names. */
static GArray *
find_parties (CtRun *run, gsize clause_start, gsize verb)
{
  GArray *parties = new_place_list ();

  add_actors (run, parties, clause_start, verb);
  if (parties->len > 0)
    return parties;
  /* 10个成员县共同签署: the members of a grouping of ten */
  for (gsize i = clause_start; i < verb; i++)
    {
      gint n = 0;
      gsize j = i;
      GArray *list;

      while (ct_text_is_digit (ct_text_at (&run->text, j)) && n < 1000)
        n = n * 10 + (ct_text_at (&run->text, j++) - '0');
      if (j > i && ct_text_word_at (&run->text, j + (ct_text_word_at (&run->text, j, "个") ? 1 : 0), "成员") &&
          (list = members_counted (run, n)) != NULL)
        {
          g_array_unref (parties);
          return list;
        }
    }
  {
    gsize after;
    GArray *list = places_counted (run, clause_start, verb, verb, TRUE, &after);

    if (list != NULL)
      {
        g_array_unref (parties);
        return list;
      }
  }
  return parties;
}

/* The agreement of this title already found with some of these parties:
 * two pairs that each sign a 战略合作协议 signed two agreements. */
static CtAgreement *
find_agreement (CtRun *run, const char *title, GArray *parties)
{
  for (guint i = 0; i < run->out->agreements->len; i++)
    {
      CtAgreement *a = g_ptr_array_index (run->out->agreements, i);

      if (g_str_equal (a->title, title) && (a->parties->len == 0 || parties->len == 0 || share_a_place (a->parties, parties)))
        return a;
    }
  return NULL;
}

static gboolean
refers_to_meeting (CtRun *run, gsize start, gsize end)
{
  return ct_text_find_any (&run->text, start, end, meeting_references) >= 0 ||
         ct_text_find_any (&run->text, start, end, event_suffixes) >= 0;
}

/* The heading of the list @s is in: the nearest line before it that ends
 * with a colon (…具体如下：), else the first line of its paragraph. */
static const CtLine *
paragraph_heading (CtRun *run, const CtSentence *s)
{
  GArray *lines = run->document->lines;
  guint first = s->line;

  while (first > 0 && g_array_index (lines, CtLine, first - 1).kind == CT_LINE_BODY)
    {
      const CtLine *before = &g_array_index (lines, CtLine, --first);
      gsize end = before->end;

      while (end > before->start && g_unichar_isspace (run->text.chars[end - 1]))
        end--;
      if (end > before->start && run->text.chars[end - 1] == ':')
        break;
    }
  return &g_array_index (lines, CtLine, first);
}

static const char * const signing_headings[] = { "签约", "签署", NULL };

static CtDate
agreement_date (CtRun *run, guint si, gsize title_start, gsize title_end)
{
  const CtSentence *s = sentence (run, si);
  const CtLine *line = &g_array_index (run->document->lines, CtLine, s->line);
  const CtDateMention *d = first_date_in (run, s->start, s->end, title_start, title_end);
  const CtLine *heading;
  CtDateMention said;
  CtEvent *event;

  if (d != NULL)
    return d->date;
  if (said_day (run, s, &said))
    return said.date;
  if ((d = entry_date (run, si)) != NULL)
    return d->date;
  heading = paragraph_heading (run, s);
  /* a list of signings in a report of a meeting: signed there */
  if (!refers_to_meeting (run, s->start, s->end) && !refers_to_meeting (run, line->start, s->start) &&
      ct_text_find_any (&run->text, heading->start, heading->end, signing_headings) < 0)
    return CT_DATE_NONE;
  event = event_for_sentence (run, si);
  if (event == NULL)
    return CT_DATE_NONE;
  /* signed during a meeting of several days: the month is what is known */
  if (event->end.precision != CT_PRECISION_NONE)
    return ct_date_truncate (&event->start, CT_PRECISION_MONTH);
  return event->start;
}

static void
add_agreement (CtRun *run, guint si, gsize title_start, gsize title_end, GArray *parties)
{
  g_autofree char *title = ct_document_get_name (run->document, title_start, title_end);
  CtAgreement *a = find_agreement (run, title, parties);

  if (a != NULL)
    {
      for (guint i = 0; i < parties->len; i++)
        add_unique (a->parties, g_array_index (parties, guint, i));
      g_array_unref (parties);
      return;
    }
  a = g_new0 (CtAgreement, 1);
  a->title = g_steal_pointer (&title);
  a->parties = parties;
  a->date = agreement_date (run, si, title_start, title_end);
  set_evidence (run, &a->evidence, si);
  g_ptr_array_add (run->out->agreements, a);
}

/* 福田区与于都县、南山区与寻乌县分别签署…: pairs listed, one agreement each. */
static gboolean
add_listed_pairs (CtRun *run, guint si, gsize clause, gsize verb, gsize title_start, gsize title_end)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gsize from = clause;

  if (verb < 2 || !ct_text_word_before (&run->text, verb, "分别"))
    return FALSE;
  for (gsize i = clause; i <= verb - 2; i++)
    if (i == verb - 2 || run->text.chars[i] == 0x3001) /* 、 */
      {
        GArray *pair = places_in (run, from, i);

        if (pair->len != 2)
          {
            g_array_unref (pair);
            return FALSE;
          }
        g_ptr_array_add (pairs, pair);
        from = i + 1;
      }
  if (pairs->len < 2)
    return FALSE;
  for (guint i = 0; i < pairs->len; i++)
    add_agreement (run, si, title_start, title_end, g_array_ref (g_ptr_array_index (pairs, i)));
  return TRUE;
}

/* 宝山区、闵行区分别与文山州、红河州签署…: one agreement for each pair, in
 * order; one place on either side pairs with each on the other. */
static gboolean
add_respective_agreements (CtRun *run, guint si, gsize clause, gsize verb, gsize title_start, gsize title_end)
{
  static const char * const respectively[] = { "分别与", "分别同", "分别和", "分别跟", NULL };
  g_autoptr(GArray) left = NULL, right = NULL;
  gsize at = clause;

  while (at < verb && ct_text_any_word_at (&run->text, at, respectively) == NULL)
    at++;
  if (at >= verb)
    return add_listed_pairs (run, si, clause, verb, title_start, title_end);
  left = places_in (run, clause, at);
  right = places_in (run, at + 3, verb);
  if (left->len == 0 || right->len == 0 || (left->len != right->len && left->len != 1 && right->len != 1))
    return FALSE;
  for (guint i = 0; i < MAX (left->len, right->len); i++)
    {
      GArray *pair = new_place_list ();

      add_unique (pair, g_array_index (left, guint, left->len == 1 ? 0 : i));
      add_unique (pair, g_array_index (right, guint, right->len == 1 ? 0 : i));
      add_agreement (run, si, title_start, title_end, pair);
    }
  return TRUE;
}

/* Parties for a title that starts with a grouping's name (长江中游城市群2023年重点合作事项). */
static void
parties_from_title (CtRun *run, gsize title_start, GArray *parties)
{
  for (guint i = 0; i < run->out->groupings->len && parties->len == 0; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);

      if (ct_text_word_at (&run->text, title_start, g->name) || grouping_stem_at (run, title_start) == g)
        for (guint k = 0; k < g->members->len; k++)
          add_unique (parties, g_array_index (g->members, guint, k));
    }
}

/* 计划明年签署…, 将签署…: not signed yet; 已签署 is. */
static gboolean
signing_to_come (CtRun *run, const CtSentence *s, gsize verb)
{
  return !ct_text_word_before (&run->text, verb, "已") && to_come (run, s, verb);
}

/* 1　　孝感市随州市…框架协议　　孝感市人民政府　　随州市人民政府　　政府间: a row of a
 * table of signings (cells two spaces or more apart).  The cell that names
 * an agreement is its title, the places of the other cells its parties,
 * unless a company signs. */
static void
find_table_row_agreement (CtRun *run, guint si)
{
  const CtSentence *s = sentence (run, si);
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (CtSpan));
  GArray *parties;
  gssize title = -1;

  for (gsize i = s->start; i < s->end;)
    {
      CtSpan cell = { i, i };

      while (cell.end < s->end && !(run->text.chars[cell.end] == ' ' && ct_text_at (&run->text, cell.end + 1) == ' '))
        cell.end++;
      if (cell.end > cell.start)
        g_array_append_val (cells, cell);
      for (i = cell.end; i < s->end && g_unichar_isspace (run->text.chars[i]); i++)
        ;
    }
  if (cells->len < 3)
    return;
  for (guint k = 0; k < cells->len; k++)
    {
      CtSpan *cell = &g_array_index (cells, CtSpan, k);

      if (ct_text_any_word_before (&run->text, cell->end, untitled_keywords) != NULL && cell->end - cell->start >= 4)
        {
          if (title >= 0)
            return;   /* two titles: not a row of signings */
          title = k;
        }
    }
  if (title < 0)
    return;
  parties = new_place_list ();
  for (guint k = 0; k < cells->len; k++)
    {
      CtSpan *cell = &g_array_index (cells, CtSpan, k);

      if ((gssize) k == title)
        continue;
      if (by_private_bodies (run, cell->start, cell->end))
        {
          g_array_unref (parties);
          return;
        }
      add_actors (run, parties, cell->start, cell->end);
    }
  if (parties->len < 2)
    {
      g_array_unref (parties);
      return;
    }
  add_agreement (run, si, g_array_index (cells, CtSpan, title).start, g_array_index (cells, CtSpan, title).end, parties);
}

/* What joins the parties of a list item: 永定区 × 大埔县, 甲与乙, 甲、乙 */
static gboolean
joins_parties (CtRun *run, gsize from, gsize to)
{
  for (gsize i = from; i < to; i++)
    {
      gunichar c = run->text.chars[i];

      if (!g_unichar_isspace (c) && c != 0x00d7 /* × */ && c != '&' && c != '+' && c != '/' && c != 0x3001 /* 、 */ &&
          c != 0x2014 /* — */ && c != '-' && c != 0x00b7 /* · */ && c != 0x4e0e /* 与 */ && c != 0x548c /* 和 */)
        return FALSE;
    }
  return TRUE;
}

/* 1️⃣ 永定区 × 大埔县：《…》: an item of a list that names the parties, and
 * nothing else, before a colon; NULL when the text before the title is not that. */
static GArray *
parties_of_item (CtRun *run, const CtSentence *s, gsize open)
{
  g_autoptr(GArray) parties = new_place_list ();
  gsize colon = open, after = 0;

  while (colon > s->start && g_unichar_isspace (run->text.chars[colon - 1]))
    colon--;
  if (colon == s->start || run->text.chars[colon - 1] != ':')
    return NULL;
  colon--;
  for (guint i = ct_spans_lower_bound (run->mentions, s->start); i < run->mentions->len; i++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);

      if (m->start >= colon)
        break;
      if (parties->len > 0 && !joins_parties (run, after, m->start))
        return NULL;
      add_unique (parties, m->division);
      after = m->end;
    }
  if (parties->len < 2 || !joins_parties (run, after, colon))
    return NULL;
  return g_steal_pointer (&parties);
}

/* 《张家界市湘西州旅游一体化发展合作框架协议》: a title that starts with
 * two places or more names its parties, when the sentence said fewer
 * (我们和湘西州签署了…: 我们 is no place). */
static void
parties_leading_title (CtRun *run, gsize title_start, gsize title_end, GArray *parties)
{
  g_autoptr(GArray) leading = new_place_list ();
  gsize at = title_start;

  for (guint k = ct_spans_lower_bound (run->mentions, title_start); k < run->mentions->len; k++)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, k);

      if (m->end > title_end || m->start < at || !joins_parties (run, at, m->start) || m->start > at + 1)
        break;
      if (!m->qualifier)
        add_unique (leading, m->division);
      at = m->end;
    }
  if (leading->len >= 2)
    for (guint i = 0; i < leading->len; i++)
      add_unique (parties, g_array_index (leading, guint, i));
}

static const char * const passive_verbs[] = { "审议通过", "审定", "签署", "签订", "通过", NULL };

/* 签署《…》，2039年4月底前完成签约: a signing set for later, not one done
 * (签署《…》，今年底前实现… is done, with a goal). */
static gboolean
set_for_later (CtRun *run, const CtSentence *s, gsize close)
{
  static const char * const deadlines[] = { "前完成签约", "前完成签署", "前完成签订", "前签署", "前签订", "前签约", NULL };
  gsize end = close;

  while (end < s->end && run->text.chars[end] != 0x3002 && run->text.chars[end] != ';')
    end++;
  return ct_text_find_any (&run->text, close, end, deadlines) >= 0;
}

static void
find_titled_agreements (CtRun *run, guint si)
{
  const CtSentence *s = sentence (run, si);

  for (gsize i = s->start; i < s->end; i++)
    {
      gsize open = i, close;
      const char *verb = NULL;
      gsize verb_at = 0;
      gboolean keyword, passive = FALSE;
      GArray *item;
      const CtLine *heading;
      /* 《…》, or 「…」 as Hong Kong and Taiwan write titles */
      gunichar closer = run->text.chars[i] == 0x300a ? 0x300b : run->text.chars[i] == 0x300c ? 0x300d : 0;

      if (closer == 0)
        continue;
      for (close = open + 1; close < s->end && run->text.chars[close] != closer; close++)
        ;
      if (close >= s->end)
        break;
      i = close;

      /* 签署《…》，4月底前完成签约: a task set for later */
      if (set_for_later (run, s, close))
        continue;
      /* the verb: the last signing verb before the title in the sentence */
      for (gsize j = s->start; j < open; j++)
        {
          const char *v = ct_text_any_word_at (&run->text, j, signing_verbs);

          if (v != NULL)
            {
              verb = v;
              verb_at = j;
            }
        }
      /* 《…》已经…会议审议通过: the verb after the title */
      if (verb == NULL && (ct_text_word_at (&run->text, close + 1, "经") || ct_text_word_at (&run->text, close + 1, "已经")))
        for (gsize j = close + 1; j < s->end && g_utf8_strchr (",;", -1, run->text.chars[j]) == NULL && verb == NULL; j++)
          if ((verb = ct_text_any_word_at (&run->text, j, passive_verbs)) != NULL)
            {
              verb_at = j;
              passive = TRUE;
            }
      keyword = ct_text_any_word_before (&run->text, close, agreement_keywords) != NULL;
      /* 「」 also quote words: only an agreement's name is a title there */
      if (ct_text_any_word_before (&run->text, open, drafting_words) != NULL || (closer == 0x300d && !keyword))
        continue;
      item = verb == NULL ? parties_of_item (run, s, open) : NULL;
      /* under a heading of signings (签约清单), what an item names is signed */
      heading = paragraph_heading (run, s);
      if ((verb == NULL && !keyword &&
           (item == NULL || ct_text_find_any (&run->text, heading->start, heading->end, signing_headings) < 0)) ||
          (verb != NULL && signing_to_come (run, s, verb_at)))
        {
          g_clear_pointer (&item, g_array_unref);
          continue;
        }
      {
        gsize clause = verb != NULL ? clause_start_before (run, s, verb_at) : open;
        gsize title_start = open + 1;
        GArray *parties;

        if (verb != NULL && add_respective_agreements (run, si, clause, verb_at, title_start, close))
          continue;
        parties = verb != NULL && !passive ? find_parties (run, subject_clause (run, s, verb_at), verb_at)
                  : item != NULL ? item : new_place_list ();
        if (parties->len == 0)
          parties_from_title (run, title_start, parties);
        if (parties->len < 2)
          parties_leading_title (run, title_start, close, parties);
        /* …经…会议审议通过: those at the meeting */
        if (passive && parties->len < 2 && refers_to_meeting (run, close, verb_at))
          {
            CtEvent *event = event_for_sentence (run, si);

            for (guint k = 0; event != NULL && k < event->participants->len; k++)
              add_unique (parties, g_array_index (event->participants, guint, k));
          }
        /* 省人民政府印发《…规划》: one issuer's document, not an agreement
         * (a 倡议 or 共识 released at a meeting is its participants');
         * A市永康区工业会与B市人民政府签署「…」: a body's deal, not a place's */
        if (parties->len < 2 && verb != NULL &&
            ((!keyword && ct_text_any_word_at (&run->text, verb_at, issuing_verbs) != NULL) ||
             (!passive && by_private_bodies (run, clause, verb_at))))
          {
            g_array_unref (parties);
            continue;
          }
        add_agreement (run, si, title_start, close, parties);
      }
    }
}

/* After a leading year (2024年度结对协作协议): where the words start. */
static gsize
year_end (CtRun *run, gsize start)
{
  gsize i = start;

  while (ct_text_is_digit (ct_text_at (&run->text, i)))
    i++;
  if (i == start)
    return start;
  if (ct_text_word_at (&run->text, i, "年度"))
    return i + 2;
  return ct_text_word_at (&run->text, i, "年") ? i + 1 : start;
}

/* 签署四项合作协议: a count of the agreements listed next, not one of them. */
static gboolean
counts_documents (CtRun *run, guint si, gsize start)
{
  static const char * const vague[] = { "一批", "一系列", "多项", "多份", "若干", NULL };
  gsize i = start;

  /* 签署了一批合作协议: never one document, whether or not a list follows */
  if (ct_text_any_word_at (&run->text, start, vague) != NULL)
    return TRUE;
  while (ct_text_is_digit (ct_text_at (&run->text, i)) || ct_text_char_in ("一二两三四五六七八九十", ct_text_at (&run->text, i)))
    i++;
  if (i == start || !ct_text_char_in ("项份个批套", ct_text_at (&run->text, i)))
    return FALSE;
  /* the list: titles in the next few sentences */
  for (guint k = si; k < MIN (si + 4, run->document->sentences->len); k++)
    for (gsize j = k == si ? start : sentence (run, k)->start; j < sentence (run, k)->end; j++)
      if (run->text.chars[j] == 0x300a)
        return TRUE;
  return FALSE;
}

/* 签署战略合作协议, 制定联盟行动方案 */
static void
find_untitled_agreements (CtRun *run, guint si)
{
  const CtSentence *s = sentence (run, si);

  static const char * const and_words[] = { "以及", "及", "和", "与", NULL };

  for (gsize i = s->start; i < s->end; i++)
    {
      const char *verb = ct_text_any_word_at (&run->text, i, signing_verbs);
      gsize start, end = 0;
      GArray *parties;

      /* 签署《…备忘录》以及职业技能互认合作协议: signed by the same */
      if (verb == NULL && i > s->start && run->text.chars[i - 1] == 0x300b)
        verb = ct_text_any_word_at (&run->text, i, and_words);
      if (verb == NULL)
        continue;
      start = i + g_utf8_strlen (verb, -1);
      if (ct_text_word_at (&run->text, start, "了"))
        start++;
      if (run->text.chars[start] == 0x300a || counts_documents (run, si, start))
        continue;
      /* 石化—有色产业链协作协议: a dash joins two words of a name;
       * 户籍业务“跨城通办”合作协议: quotes mark a phrase in it;
       * 京杭运河（王江泾—盛泽段）联合巡河护河协议: a note in parentheses */
      for (gsize j = year_end (run, start);
           j < start + 24 && j < s->end && (ct_text_is_han (run->text.chars[j]) ||
                                            (g_utf8_strchr ("—“”\"「」()", -1, run->text.chars[j]) != NULL &&
                                             j > start && ct_text_is_han (ct_text_at (&run->text, j + 1))));
           j++)
        {
          const char *k = ct_text_any_word_at (&run->text, j, untitled_keywords);

          if (k != NULL)
            {
              end = j + g_utf8_strlen (k, -1);
              break;
            }
        }
      if (end == 0 || ct_text_is_digit (ct_text_at (&run->text, end)) || ct_text_is_han (ct_text_at (&run->text, end)))
        continue;
      {
        gsize clause = clause_start_before (run, s, i);

        /* 记者：会上签了哪些协议？ asks, it does not tell; 这也是两地签署的
         * 第一份合作协议 tells again the one before */
        if (by_private_bodies (run, clause, i) || signing_to_come (run, s, i) ||
            ct_text_find (&run->text, s->start, s->end, "?") >= 0 ||
            ct_text_any_word_at (&run->text, s->start, restatements) != NULL)
          continue;
        if (add_respective_agreements (run, si, clause, i, start, end))
          {
            i = end - 1;
            continue;
          }
        parties = find_parties (run, subject_clause (run, s, i), i);
      }
      /* 大会还制定联盟行动方案: those who took part in the meeting */
      if (parties->len == 0 && refers_to_meeting (run, clause_start_before (run, s, i), i))
        {
          CtEvent *event = event_for_sentence (run, si);

          for (guint k = 0; event != NULL && k < event->participants->len; k++)
            add_unique (parties, g_array_index (event->participants, guint, k));
        }
      if (parties->len < 2)
        {
          g_array_unref (parties);
          continue;
        }
      add_agreement (run, si, start, end, parties);
      i = end - 1;
    }
}

/* Whether each of @a is one of @b or holds one of them. */
static gboolean
same_or_above (CtRun *run, GArray *a, GArray *b)
{
  for (guint i = 0; i < a->len; i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < b->len && !found; k++)
        found = g_array_index (a, guint, i) == g_array_index (b, guint, k) ||
                ct_gazetteer_is_ancestor (run->gazetteer, g_array_index (a, guint, i), g_array_index (b, guint, k));
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Whether @full names in full what @shortened does: it ends so, but for
 * the years in parentheses after it (…对口合作框架协议（2030—2034年）). */
static gboolean
names_in_full (const char *full, const char *shortened)
{
  g_autofree char *core = g_strdup (full);
  char *open = g_str_has_suffix (core, "）") ? g_strrstr (core, "（") : NULL;

  if (open != NULL)
    *open = '\0';
  return strlen (full) > strlen (shortened) &&
         (g_str_has_suffix (full, shortened) || (open != NULL && g_str_has_suffix (core, shortened)));
}

/* A headline's words for an agreement told in full below it (顺德蓬江签署
 * 产业协作协议 over 《顺德蓬江家电产业链协作协议》): undated, its title's
 * characters in the full title, in order, and ending alike. */
static gboolean
sums_up (const CtAgreement *shortened, const CtAgreement *full)
{
  const char *p = full->title;

  if (shortened->date.precision != CT_PRECISION_NONE || full->date.precision == CT_PRECISION_NONE ||
      strlen (shortened->title) >= strlen (full->title))
    return FALSE;
  for (const char *c = shortened->title; *c; c = g_utf8_next_char (c))
    {
      gunichar want = g_utf8_get_char (c);

      while (*p && g_utf8_get_char (p) != want)
        p = g_utf8_next_char (p);
      if (!*p)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return *p == '\0';
}

/* 三县签署联防联控协议 heading the item that names it in full
 * (《…三县毗邻地区联防联控协议》), 续签对口合作框架协议 told before 《…框架协议
 * （2030—2034年）》: one document, by its full name, with the parties and
 * date the shorter one had where the full one has none. */
static void
drop_shortened_agreements (CtRun *run)
{
  GPtrArray *all = run->out->agreements;

  for (guint i = all->len; i-- > 0;)
    {
      CtAgreement *a = g_ptr_array_index (all, i), *full = NULL;

      /* of those it may be, the one whose date it tells, if one has none */
      for (guint k = 0; k < all->len; k++)
        {
          CtAgreement *b = g_ptr_array_index (all, k);

          if (k != i && (names_in_full (b->title, a->title) || sums_up (a, b)) &&
              (b->parties->len == 0 || same_or_above (run, a->parties, b->parties)) &&
              (full == NULL || (full->date.precision != CT_PRECISION_NONE && b->date.precision == CT_PRECISION_NONE)))
            full = b;
        }
      if (full == NULL)
        continue;
      if (full->parties->len == 0)
        g_array_append_vals (full->parties, a->parties->data, a->parties->len);
      if (full->date.precision == CT_PRECISION_NONE)
        full->date = a->date;
      g_ptr_array_remove_index (all, i);
    }
}

static const char * const document_kinds[] = { "协议", "协议书", "备忘录", "章程", "合作安排", "宣言", "倡议书", "公约", NULL };

/* The heading of an agreement's own text: the block of lines right above
 * @line, however it is broken (A市人民政府 / 与B市…局 / 合作备忘录), run together. */
static char *
heading_above (CtRun *run, guint line)
{
  GString *title = g_string_new (NULL);
  guint top = line, bottom;

  while (top > 0 && g_array_index (run->document->lines, CtLine, top - 1).kind == CT_LINE_BLANK)
    top--;
  bottom = top;
  while (top > 0 && g_array_index (run->document->lines, CtLine, top - 1).kind != CT_LINE_BLANK &&
         ct_text_find_any (&run->text, g_array_index (run->document->lines, CtLine, top - 1).start,
                           g_array_index (run->document->lines, CtLine, top - 1).end, clause_marks) < 0)
    top--;
  for (guint l = top; l < bottom; l++)
    {
      const CtLine *heading = &g_array_index (run->document->lines, CtLine, l);
      g_autofree char *words = ct_document_get_name (run->document, heading->start, heading->end);

      for (const char *p = words; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (title, g_utf8_get_char (p));
    }
  return g_string_free (title, FALSE);
}

/* 本章程经2039年4月15日…理事会议审议通过: the sentence in which a text says
 * it was adopted or signed, or -1. */
static gint
adopted_here (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      for (gsize i = s->start; i + 3 < s->end; i++)
        if (run->text.chars[i] == 0x672c /* 本 */ && ct_text_any_word_at (&run->text, i + 1, document_kinds) != NULL &&
            ct_text_find (&run->text, i, s->end, "经") >= 0 && ct_text_find_any (&run->text, i, s->end, passive_verbs) >= 0)
          return si;
    }
  return -1;
}

/* The text of an agreement itself: its heading names it; 甲方：, 乙方：
 * lines name who signs it, or it says it was adopted (本章程经…审议通过)
 * by the members of the grouping it is of, or by those at the meeting. */
static void
find_document_agreement (CtRun *run)
{
  static const char * const sides[] = { "甲方", "乙方", "丙方", "丁方", NULL };
  g_autoptr(GArray) parties = new_place_list ();
  g_autofree char *title = NULL;
  CtDate date = run->document->published;
  gint first = -1;

  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      if (ct_text_any_word_at (&run->text, s->start, sides) != NULL && ct_text_at (&run->text, s->start + 2) == ':')
        {
          add_actors (run, parties, s->start + 3, s->end);
          first = first < 0 ? (gint) si : first;
        }
    }
  if (parties->len >= 2)
    title = heading_above (run, sentence (run, first)->line);
  else if (run->document->sentences->len > 0 && (first = adopted_here (run)) >= 0 &&
           g_array_index (run->document->lines, CtLine, sentence (run, 0)->line).kind == CT_LINE_TITLE)
    {
      const CtSentence *s = sentence (run, first);
      CtEvent *event = event_for_sentence (run, first);
      const CtDateMention *d = first_date_in (run, s->start, s->end, s->start, s->start);

      title = ct_document_get_name (run->document, sentence (run, 0)->start, sentence (run, 0)->end);
      parties_from_title (run, sentence (run, 0)->start, parties);
      for (guint k = 0; parties->len < 2 && event != NULL && k < event->participants->len; k++)
        add_unique (parties, g_array_index (event->participants, guint, k));
      if (d != NULL)
        date = d->date;
      /* undated otherwise, the text's own date is the day it was adopted:
       * the document learns it too, for its list and the timeline */
      if (run->out->published.precision == CT_PRECISION_NONE)
        run->document->published = run->out->published = date;
    }
  if (title == NULL || parties->len < 2)
    return;
  for (guint k = 0; document_kinds[k] != NULL; k++)
    if (g_str_has_suffix (title, document_kinds[k]))
      {
        /* a release may have named it before its full text */
        CtAgreement *a = find_agreement (run, title, parties);

        if (a == NULL)
          {
            a = g_new0 (CtAgreement, 1);
            a->title = g_strdup (title);
            a->parties = new_place_list ();
            a->date = date;
            set_evidence (run, &a->evidence, first);
            g_ptr_array_add (run->out->agreements, a);
          }
        for (guint i = 0; i < parties->len; i++)
          add_unique (a->parties, g_array_index (parties, guint, i));
        break;
      }
}

static void
find_agreements (CtRun *run)
{
  for (guint si = 0; si < run->document->sentences->len; si++)
    {
      const CtSentence *s = sentence (run, si);

      /* a headline sums up the body's agreements; it does not add one */
      if (g_array_index (run->document->lines, CtLine, s->line).kind == CT_LINE_TITLE)
        continue;
      find_titled_agreements (run, si);
      find_untitled_agreements (run, si);
      find_table_row_agreement (run, si);
    }
  find_document_agreement (run);
  drop_shortened_agreements (run);
}

/* ------------------------------------------------------------------------ */
/* Ties                                                                      */

static void
add_tie (CtRun *run, guint a, guint b, CtTieKind kind, const char *via, const CtDate *date, const CtEvidence *evidence)
{
  CtTieReason reason = { kind, g_strdup (via), date ? *date : CT_DATE_NONE, { 0 } };
  CtTie *tie = NULL;

  if (a == b || ct_gazetteer_is_ancestor (run->gazetteer, a, b) || ct_gazetteer_is_ancestor (run->gazetteer, b, a))
    {
      g_free (reason.via);
      return;
    }
  if (strcmp (div_at (run, a)->path, div_at (run, b)->path) > 0)
    {
      guint t = a;
      a = b;
      b = t;
    }
  for (guint i = 0; i < run->out->ties->len && tie == NULL; i++)
    {
      CtTie *t = &g_array_index (run->out->ties, CtTie, i);

      if (t->a == a && t->b == b)
        tie = t;
    }
  if (tie == NULL)
    {
      CtTie fresh = { a, b, 0, ct_tie_reasons_new () };

      g_array_append_val (run->out->ties, fresh);
      tie = &g_array_index (run->out->ties, CtTie, run->out->ties->len - 1);
    }
  tie->kinds |= kind;
  ct_evidence_copy (&reason.evidence, evidence);
  g_array_append_val (tie->reasons, reason);
}

static void
tie_all (CtRun *run, GArray *places, CtTieKind kind, const char *via, const CtDate *date, const CtEvidence *evidence)
{
  for (guint i = 0; i < places->len; i++)
    for (guint j = i + 1; j < places->len; j++)
      add_tie (run, g_array_index (places, guint, i), g_array_index (places, guint, j), kind, via, date, evidence);
}

/* Ties two or more places said to act together, with the sentence. */
static void
tie_joint (CtRun *run, GArray *places, gsize at)
{
  CtEvidence evidence = { 0 };
  gint si = ct_document_sentence_at (run->document, at);

  if (si >= 0)
    set_evidence (run, &evidence, si);
  tie_all (run, places, CT_TIE_JOINT, NULL, NULL, &evidence);
  ct_evidence_clear (&evidence);
}

/* 于2030年, 2036年起: when, before what was done; where it ends. */
static gsize
past_year (CtRun *run, gsize i)
{
  gsize j = i + (ct_text_word_at (&run->text, i, "于") || ct_text_word_at (&run->text, i, "从") ? 1 : 0), digits = j;

  while (ct_text_is_digit (ct_text_at (&run->text, j)))
    j++;
  if (j == digits || !ct_text_word_at (&run->text, j, "年"))
    return i;
  return j + 1 + (ct_text_word_at (&run->text, j + 1, "起") ? 1 : 0);
}

/* Whether a cooperation word follows @end: 合作, 两地协同, 深化合作, 于2030年合作共建. */
static gboolean
cooperation_follows (CtRun *run, gsize end)
{
  gsize after = end;

  if (ct_count_word_value (run->text.chars, run->text.length, after, &after) <= 0)
    after = past_year (run, end);
  return ct_cooperation_word_end (run->text.chars, run->text.length, after) > 0;
}

/* 晋冀蒙三县: the count at @count is of places below all of @places, which
 * say where those are. */
static gboolean
counts_lower_places (CtRun *run, GArray *places, gsize count)
{
  gboolean any_level;
  CtLevel level = count_unit_level (run, count, &any_level);

  if (any_level)
    return FALSE;
  for (guint i = 0; i < places->len; i++)
    if (ct_gazetteer_get_division (run->gazetteer, g_array_index (places, guint, i))->level >= level)
      return FALSE;
  return TRUE;
}

static gboolean
all_provinces (CtRun *run, GArray *places)
{
  for (guint i = 0; i < places->len; i++)
    if (ct_gazetteer_get_division (run->gazetteer, g_array_index (places, guint, i))->level != CT_LEVEL_PROVINCE)
      return FALSE;
  return TRUE;
}

/* Whether the clause from @from says they act together (共同, 联合, 签署…), not
 * only that there is cooperation (京冀两地文旅和产业合作持续升温). */
static gboolean
works_together (CtRun *run, gsize from)
{
  static const char * const together[] = { "共同", "联合", "签署", "签订", "共建", "携手", NULL };

  return ct_text_find_any (&run->text, from, clause_end_after (run, run->text.length, from), together) >= 0;
}

/* 沪镇两地, 沪苏浙皖四地: a contraction used as one actor; provinces so
 * named are often only the scene (粤桂两省区近年持续推动…), so they act
 * together only where the clause says so; 湘鄂两省毗邻地区 is land, not actors */
/* 河南正大力推进郑开同城化和中原城市群建设: a cooperation or a grouping
 * another (the province) promotes, a topic, not a deed of the places
 * named at @start. */
static gboolean
promoted_by_another (CtRun *run, gsize start)
{
  static const char * const promoting[] = { "推进", "推动", "加快", "支持", NULL };
  gint si = ct_document_sentence_at (run->document, start);
  const char *verb = ct_text_any_word_before (&run->text, start, promoting);
  gsize v, clause;
  guint k;

  if (verb == NULL || si < 0)
    return FALSE;
  v = start - g_utf8_strlen (verb, -1);
  clause = clause_start_before (run, sentence (run, si), v);
  k = ct_spans_lower_bound (run->mentions, clause);
  return k < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, k).start < v;
}

static gboolean
in_headline (CtRun *run, gsize at)
{
  gint si = ct_document_sentence_at (run->document, at);

  return si >= 0 && g_array_index (run->document->lines, CtLine, sentence (run, si)->line).kind == CT_LINE_TITLE;
}

static void
tie_contractions (CtRun *run)
{
  for (guint i = 0; i < run->mentions->len;)
    {
      const CtPlaceMention *m = &g_array_index (run->mentions, CtPlaceMention, i);
      g_autoptr(GArray) members = new_place_list ();
      guint j = i;
      gsize end = m->end;
      gsize after, cooperation;

      /* 鄂豫皖三省10个成员县: where the counted others are, not an actor;
       * 粤桂合作特别试验区: a grouping's name, whose members the text gives;
       * 轮流在深港两地举行: where, not who; 京津结对情谊深 over a story of
       * one city's pairings with districts of both: a headline's shorthand */
      if (m->run == 0 || m->qualifier || inside_grouping_name (run, m->start) || is_where (run, m) ||
          in_headline (run, m->start) || promoted_by_another (run, m->start))
        {
          i++;
          continue;
        }
      while (j < run->mentions->len && g_array_index (run->mentions, CtPlaceMention, j).run == m->run)
        {
          add_unique (members, g_array_index (run->mentions, CtPlaceMention, j).division);
          end = g_array_index (run->mentions, CtPlaceMention, j).end;
          j++;
        }
      cooperation = ct_cooperation_word_end (run->text.chars, run->text.length, end);
      /* 推动渝鄂合作的具体行动: provinces' cooperation as a topic, not a deed */
      if ((ct_count_word_value (run->text.chars, run->text.length, end, &after) > 0 &&
           !counts_lower_places (run, members, end) && ct_text_any_word_at (&run->text, after, ct_border_words) == NULL &&
           (!all_provinces (run, members) || works_together (run, after))) ||
          (cooperation > 0 && (!all_provinces (run, members) || works_together (run, cooperation))))
        tie_joint (run, members, m->start);
      i = j;
    }
}

/* …2030年结对期满后，两地的帮扶关系终止: a bond the sentence from @at on says
 * ended (会议结束后，A与B结对 is no ending of theirs). */
static gboolean
bond_ended (CtRun *run, gsize at)
{
  static const char * const endings[] = { "终止", "结束", "期满", "中止", NULL };
  gint si = ct_document_sentence_at (run->document, at);

  return si >= 0 && ct_text_find_any (&run->text, at, sentence (run, si)->end, endings) >= 0;
}

/* 四川与重庆共建…, 温州和台州两地协同…, 长兴县与旺苍县2033年起互派干部: two
 * places joined by 与 and said to work together; 安吉县对口帮扶青川县,
 * 香洲区联手凭祥市: two joined by a verb of working together; unless the
 * sentence says the bond ended. */
static void
tie_pairs (CtRun *run)
{
  static const char * const joins[] = { "与", "和", "同", NULL };
  static const char * const bonds[] = {
    "对口帮扶", "对口支援", "对口援建", "对口协作", "对口合作", "结对帮扶", "携手", "牵手", "联手", NULL,
  };

  for (guint i = 0; i + 1 < run->mentions->len; i++)
    {
      const CtPlaceMention *a = &g_array_index (run->mentions, CtPlaceMention, i);
      const CtPlaceMention *b = &g_array_index (run->mentions, CtPlaceMention, i + 1);
      gsize b_start = b->start;
      const char *bond = ct_text_any_word_at (&run->text, a->end, bonds);
      g_autoptr(GArray) pair = new_place_list ();
      gboolean joined, bonded;

      /* 与上海市金山区: the place its qualifiers name */
      for (guint k = i + 2; b->qualifier && k < run->mentions->len &&
                            g_array_index (run->mentions, CtPlaceMention, k).start == b->end; k++)
        b = &g_array_index (run->mentions, CtPlaceMention, k);
      joined = b_start == a->end + 1 && ct_text_any_word_at (&run->text, a->end, joins) != NULL &&
               cooperation_follows (run, b->end);
      bonded = bond != NULL && b_start == a->end + g_utf8_strlen (bond, -1);

      if (a->qualifier || b->qualifier || !(joined || bonded) || bond_ended (run, a->start))
        continue;
      add_unique (pair, a->division);
      add_unique (pair, b->division);
      tie_joint (run, pair, a->start);
    }
}

static void
find_ties (CtRun *run)
{
  for (guint i = 0; i < run->out->agreements->len; i++)
    {
      CtAgreement *a = g_ptr_array_index (run->out->agreements, i);
      tie_all (run, a->parties, CT_TIE_AGREEMENT, a->title, &a->date, &a->evidence);
    }
  for (guint i = 0; i < run->out->events->len; i++)
    {
      CtEvent *e = g_ptr_array_index (run->out->events, i);
      tie_all (run, e->participants, CT_TIE_EVENT, e->title, &e->start, &e->evidence);
    }
  for (guint i = 0; i < run->out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (run->out->groupings, i);
      tie_all (run, g->members, CT_TIE_GROUPING, g->name, NULL, &g->evidence);
    }
  tie_contractions (run);
  tie_pairs (run);
}

/* A place no grouping, agreement, event or tie has was named in passing:
 * a product's or a sight's namesake, a destination, the context. */
static void
drop_bystanders (CtRun *run)
{
  g_autoptr(GHashTable) acting = g_hash_table_new (NULL, NULL);
  CtExtraction *out = run->out;

  for (guint i = 0; i < out->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (out->groupings, i);
      for (guint k = 0; k < g->members->len; k++)
        g_hash_table_add (acting, GUINT_TO_POINTER (g_array_index (g->members, guint, k)));
    }
  for (guint i = 0; i < out->agreements->len; i++)
    {
      CtAgreement *a = g_ptr_array_index (out->agreements, i);
      for (guint k = 0; k < a->parties->len; k++)
        g_hash_table_add (acting, GUINT_TO_POINTER (g_array_index (a->parties, guint, k)));
    }
  for (guint i = 0; i < out->events->len; i++)
    {
      CtEvent *e = g_ptr_array_index (out->events, i);
      for (guint k = 0; k < e->participants->len; k++)
        g_hash_table_add (acting, GUINT_TO_POINTER (g_array_index (e->participants, guint, k)));
      if (e->place >= 0)
        g_hash_table_add (acting, GUINT_TO_POINTER ((guint) e->place));
    }
  for (guint i = 0; i < out->ties->len; i++)
    {
      CtTie *t = &g_array_index (out->ties, CtTie, i);
      g_hash_table_add (acting, GUINT_TO_POINTER (t->a));
      g_hash_table_add (acting, GUINT_TO_POINTER (t->b));
    }
  for (guint i = out->places->len; i-- > 0;)
    if (!g_hash_table_contains (acting, GUINT_TO_POINTER (g_array_index (out->places, CtPlace, i).division)))
      g_array_remove_index (out->places, i);
}

/* ------------------------------------------------------------------------ */

/* Whether @line heads a numbered section: 一、…, 二、… */
static gboolean
is_section_heading (CtDocument *document, const CtLine *line)
{
  const CtText text = { document->chars, document->n_chars };
  gsize i = line->start;

  while (i < line->end && g_unichar_isspace (text.chars[i]))
    i++;
  return i + 1 < line->end && g_utf8_strchr ("一二三四五六七八九十", -1, text.chars[i]) != NULL &&
         text.chars[i + 1] == 0x3001 /* 、 */ && ct_text_find (&text, i, line->end, "。") < 0;
}

/* "一、2028年工作回顾": a section of a report named by a past year, whose
 * months (3月，…) are that year's; else 0. */
static gint
section_year (CtDocument *document, const CtLine *line)
{
  const gunichar *c = document->chars;

  if (!is_section_heading (document, line))
    return 0;
  for (gsize j = line->start; j + 4 < line->end; j++)
    if (ct_text_is_digit (c[j]) && ct_text_is_digit (c[j + 1]) && ct_text_is_digit (c[j + 2]) &&
        ct_text_is_digit (c[j + 3]) && c[j + 4] == 0x5e74 /* 年 */)
      {
        gint year = (c[j] - '0') * 1000 + (c[j + 1] - '0') * 100 + (c[j + 2] - '0') * 10 + (c[j + 3] - '0');

        return year < document->published.year ? year : 0;
      }
  return 0;
}

static GArray *
find_dates (CtDocument *document)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (CtDateMention));
  CtDate reference = document->published;
  guint next_line = 0;

  for (guint i = 0; i < document->sentences->len; i++)
    {
      const CtSentence *s = &g_array_index (document->sentences, CtSentence, i);
      g_autoptr(GArray) found = NULL;

      /* a section heading: a past year's section, or back to the present */
      for (; next_line <= s->line; next_line++)
        {
          const CtLine *line = &g_array_index (document->lines, CtLine, next_line);
          gint year = section_year (document, line);

          if (year != 0)
            reference = (CtDate) { year, 12, 31, CT_PRECISION_DAY };
          else if (is_section_heading (document, line))
            reference = document->published;
        }
      found = ct_dates_find (document->chars + s->start, s->end - s->start, &reference);
      for (guint k = 0; k < found->len; k++)
        {
          CtDateMention m = g_array_index (found, CtDateMention, k);

          m.start += s->start;
          m.end += s->start;
          g_array_append_val (all, m);
        }
    }
  return all;
}

/* The special region a Hong Kong or Macao paper calls its own (本港, 本澳), or -1. */
static gint
home_region (CtRun *run)
{
  if (ct_text_find (&run->text, 0, run->text.length, "本港") >= 0)
    return ct_gazetteer_lookup_code (run->gazetteer, "810000");
  if (ct_text_find (&run->text, 0, run->text.length, "本澳") >= 0)
    return ct_gazetteer_lookup_code (run->gazetteer, "820000");
  return -1;
}

CtExtraction *
ct_extract (CtGazetteer *gazetteer,
            CtDocument  *document)
{
  CtRun run = { 0 };

  run.gazetteer = gazetteer;
  run.document = document;
  run.text = (CtText) { document->chars, document->n_chars };
  run.mentions = ct_places_find (gazetteer, document);
  run.dates = find_dates (document);
  run.out = ct_extraction_new ();
  run.event_spans = g_array_new (FALSE, FALSE, sizeof (CtSpan));
  run.event_of_span = g_array_new (FALSE, FALSE, sizeof (guint));

  run.out->document = g_strdup (document->name);
  run.out->title = g_strdup (document->title);
  run.out->encoding = g_strdup (document->encoding);
  run.out->published = document->published;

  run.home = home_region (&run);
  mark_dateline_places (&run);
  mark_planned_venues (&run);
  collect_places (&run);
  find_grouping_names (&run);
  find_bodies (&run);
  find_region_groupings (&run);
  find_members (&run);
  find_events (&run);
  find_participants (&run);
  find_agreements (&run);
  drop_passing_events (&run);
  drop_empty_regions (&run);
  find_ties (&run);
  drop_bystanders (&run);

  g_array_unref (run.mentions);
  g_array_unref (run.dates);
  g_array_unref (run.event_spans);
  g_array_unref (run.event_of_span);
  return run.out;
}
