/* ct-document.c: one article: its text, where the body is, its date and sentences
 *
 * A saved news page is mostly not the article: site names, menus, "当前位置"
 * breadcrumbs, source and date lines, then after the article lists of other
 * articles ("相关新闻", "猜你喜欢"), editor credits and copyright.  Each line
 * is scored (prose earns its Han characters, anything else costs), the body is
 * the best-scoring run of lines before the first hard end marker, and the
 * title is the most substantial line above it.  Only the title and body are
 * split into sentences for the extractor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "ct-decode.h"
#include "ct-document.h"
#include "ct-html.h"
#include "ct-normalize.h"
#include "ct-text.h"
#include "ct-unwrap.h"

/* Lines that start what follows an article. */
static const char * const end_markers[] = {
  "相关新闻", "相关阅读", "相关链接", "相关报道", "相关文章", "相关稿件", "最新相关", "猜你喜欢", "延伸阅读",
  "推荐阅读", "热点推荐", "热门推荐", "往期回顾", "上一篇", "下一篇", "阅读下一篇", "责任编辑", "(责任编辑",
  "【责任编辑", "[责任编辑", "编辑:", "版权所有", "Copyright", "copyright", "COPYRIGHT", "©", "凡本网注明",
  "本文链接", "免责声明", "分享到", "扫一扫", "网友评论", "发表评论", NULL,
};

/* Lines about the article rather than of it. */
static const char * const meta_words[] = {
  "来源:", "来源 :", "来源:", "作者:", "发布时间", "发布日期", "时间:", "日期:", "浏览次数", "点击数", "阅读量",
  "字号", "所在地区", "打印", "关闭窗口", "【字体", "字体:", "分享:",
  /* a newspaper page's masthead line: date, page, editors */
  "责任编辑", "责编", "美术编辑", "版次", NULL,
};

static const char * const nav_words[] = {
  "当前位置", "您的位置", "您现在的位置", "首页>", "首页 >", "首页»", ">>", NULL,
};

static gboolean
line_has_any (const CtText *text, const CtLine *line, const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    if (ct_text_find (text, line->start, line->end, words[k]) >= 0)
      return TRUE;
  return FALSE;
}

/* Skips list bullets and spaces the way readers' eyes do. */
static gsize
content_start (const CtText *text, const CtLine *line)
{
  gsize i = line->start;

  while (i < line->end && (g_unichar_isspace (text->chars[i]) || text->chars[i] == 0x2022 ||
                           text->chars[i] == 0x00b7 || text->chars[i] == 0x25aa || text->chars[i] == 0x25cf))
    i++;
  return i;
}

/* A short line pointing at a web address closes an article ("原文链接…",
 * "如有附件请到网址中查看http…"); long prose that cites one does not. */
static gboolean
is_link_line (const CtText *text, const CtLine *line)
{
  return (ct_text_find (text, line->start, line->end, "http") >= 0 ||
          ct_text_find (text, line->start, line->end, "www.") >= 0) &&
         ct_text_count_han (text, line->start, line->end) < 30;
}

static gboolean
is_end_marker (const CtText *text, const CtLine *line)
{
  return ct_text_any_word_at (text, content_start (text, line), end_markers) != NULL || is_link_line (text, line);
}

static gboolean
has_sentence_punctuation (const CtText *text, const CtLine *line)
{
  for (gsize i = line->start; i < line->end; i++)
    {
      gunichar c = text->chars[i];

      /* a colon in a clock time (11:42) is not prose */
      if (c == ':' && i > line->start && ct_text_is_digit (text->chars[i - 1]))
        continue;
      if (c == ',' || c == ';' || c == ':' || c == 0x3002 || c == 0x3001)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_image_name (const CtText *text, const CtLine *line)
{
  static const char * const extensions[] = { ".jpg", ".jpeg", ".png", ".gif", ".JPG", ".JPEG", ".PNG", ".webp", NULL };
  gsize end = line->end;

  while (end > line->start && g_unichar_isspace (text->chars[end - 1]))
    end--;
  return ct_text_any_word_before (text, end, extensions) != NULL;
}

/* "今日导读:A｜B｜C": headlines of the items below, which say it again */
static gboolean
is_contents (const CtText *text, const CtLine *line)
{
  guint bars = 0;

  for (gsize i = line->start; i < line->end; i++)
    bars += text->chars[i] == '|';
  return bars >= 2 && ct_text_find (text, line->start, line->end, "。") < 0;
}

/* Whether @line is short fields set apart by spaces, none of them prose,
 * and one a whole date: "锦州新闻网　2028年12月8日　记者:刘黑山",
 * "【…早班车】2028年11月17日　星期五", "…办公室　2028年8月4日印发". */
static gboolean
is_dated_fields (const CtText *text, const CtLine *line)
{
  gsize start = content_start (text, line), end = line->end;
  gboolean apart = FALSE;
  g_autoptr(GArray) dates = NULL;

  while (end > start && g_unichar_isspace (text->chars[end - 1]))
    end--;
  for (gsize i = start; i < end; i++)
    {
      gunichar c = text->chars[i];

      if (c == ',' || c == ';' || c == 0x3002 || c == 0x3001)
        return FALSE;
      apart |= g_unichar_isspace (c);
    }
  if (!apart || ct_text_count_han (text, start, end) >= 20)
    return FALSE;
  dates = ct_dates_find (text->chars + start, end - start, NULL);
  for (guint k = 0; k < dates->len; k++)
    {
      const CtDateMention *m = &g_array_index (dates, CtDateMention, k);

      if (m->states_year && m->date.precision == CT_PRECISION_DAY)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_meta (const CtText *text, const CtLine *line)
{
  gsize han = ct_text_count_han (text, line->start, line->end);

  if (line_has_any (text, line, meta_words) && han < 40)
    return TRUE;
  /* "2024-09-25 江苏-镇江" or "2022-08-18 11:00:44 北京": a line led by a
   * date and short; "——2029年1月19日在…大会上": a speech's, led by a dash */
  {
    gsize i = content_start (text, line);
    gboolean dashed = FALSE;
    g_autoptr(GArray) dates = NULL;

    for (; i < line->end && text->chars[i] == 0x2014; i++)
      dashed = TRUE;
    dates = ct_dates_find (text->chars + i, MIN (line->end - i, 24), NULL);
    if (dates->len > 0 && g_array_index (dates, CtDateMention, 0).start == 0 &&
        g_array_index (dates, CtDateMention, 0).states_year && (dashed || han < 20) &&
        !has_sentence_punctuation (text, line))
      return TRUE;
  }
  /* "…办公室编　　2026年5月15日": a line ended by a whole date and short */
  {
    gsize end = line->end;
    g_autoptr(GArray) dates = NULL;

    while (end > line->start && g_unichar_isspace (text->chars[end - 1]))
      end--;
    dates = ct_dates_find (text->chars + line->start, end - line->start, NULL);
    if (dates->len > 0 && line->start + g_array_index (dates, CtDateMention, dates->len - 1).end == end &&
        g_array_index (dates, CtDateMention, dates->len - 1).states_year &&
        g_array_index (dates, CtDateMention, dates->len - 1).date.precision == CT_PRECISION_DAY &&
        han < 30 && !has_sentence_punctuation (text, line))
      return TRUE;
  }
  return is_dated_fields (text, line);
}

static gboolean
has_long_digits (const CtText *text, const CtLine *line)
{
  guint run = 0;

  for (gsize i = line->start; i < line->end; i++)
    {
      run = ct_text_is_digit (text->chars[i]) || text->chars[i] == '-' ? run + 1 : 0;
      if (run >= 9)
        return TRUE;
    }
  return FALSE;
}

/* A line of the article's own: a sentence or more (a short one ends with
 * 。, as 会议指出，两市将深化合作。 does and 责任编辑：刘洋 does not). */
static gboolean
is_prose (const CtText *text, const CtLine *line)
{
  gsize han = ct_text_count_han (text, line->start, line->end);
  gsize end = line->end;

  while (end > line->start && g_unichar_isspace (text->chars[end - 1]))
    end--;
  return (han >= 12 && has_sentence_punctuation (text, line)) ||
         (han >= 8 && end > line->start && text->chars[end - 1] == 0x3002 && has_sentence_punctuation (text, line));
}

/* Whether @line starts with an emoji or a rule (📍地点：…, 1️⃣《…》, ━━━━):
 * the items and boxes of a WeChat post, part of the article around them. */
static gboolean
is_post_item (const CtText *text, const CtLine *line)
{
  gsize i = content_start (text, line);
  gunichar c = i < line->end ? text->chars[i] : 0;

  return c >= 0x1f000 || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2500 && c <= 0x257f) ||
         (i + 1 < line->end && (text->chars[i + 1] == 0xfe0f || text->chars[i + 1] == 0x20e3));
}

static gint
line_score (const CtText *text, const CtLine *line)
{
  gsize han = ct_text_count_han (text, line->start, line->end);

  if (line->kind == CT_LINE_BLANK || (line->kind == CT_LINE_OUTSIDE && !is_prose (text, line) && is_post_item (text, line)))
    return 0;
  if (line->kind == CT_LINE_META || line->kind == CT_LINE_JUNK)
    return -10;
  if (is_prose (text, line))
    return (gint) han;
  return -8 - (gint) han / 2;
}

static void
split_lines (CtDocument *self, const CtText *text)
{
  for (gsize start = 0; start <= self->n_chars;)
    {
      CtLine line = { start, start, CT_LINE_OUTSIDE };

      while (line.end < self->n_chars && text->chars[line.end] != '\n')
        line.end++;
      if (content_start (text, &line) == line.end)
        line.kind = CT_LINE_BLANK;
      else if (is_meta (text, &line))
        line.kind = CT_LINE_META;
      else if (line_has_any (text, &line, nav_words) || is_image_name (text, &line) || is_contents (text, &line) ||
               (has_long_digits (text, &line) && ct_text_count_han (text, line.start, line.end) < 20))
        line.kind = CT_LINE_JUNK;
      g_array_append_val (self->lines, line);
      start = line.end + 1;
    }
}

/* "出席：张某　A县人民政府副县长": the label of minutes that says who came;
 * "甲方：A市人民政府": the label of an agreement's own text that says who signs */
static gboolean
opens_roll (const CtText *text, const CtLine *line)
{
  static const char * const labels[] = {
    "出席人员", "参会人员", "参加人员", "出席单位", "参会单位", "出席", "列席", "参加", "参会", "与会",
    "甲方", "乙方", "丙方", "丁方", NULL,
  };
  gsize i = content_start (text, line);
  const char *label = ct_text_any_word_at (text, i, labels);

  return label != NULL && ct_text_at (text, i + g_utf8_strlen (label, -1)) == ':';
}

/* Kadane's maximum-sum run of lines, stopped at the first end marker that
 * follows some prose. */
static void
find_body (CtDocument *self, const CtText *text, guint *first, guint *last)
{
  guint limit = self->lines->len;
  gboolean seen_prose = FALSE;
  gint best = G_MININT, sum = 0;
  guint run_start = 0;

  for (guint i = 0; i < self->lines->len; i++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);

      if (seen_prose && is_end_marker (text, line))
        {
          limit = i;
          break;
        }
      if (line->kind == CT_LINE_OUTSIDE && is_prose (text, line))
        seen_prose = TRUE;
    }

  *first = *last = 0;
  /* listing: 0 none, 1 a line ended with a colon, 2 its items; in_roll:
   * within who came to minutes or who signs an agreement's text, its
   * label's line and those indented under it, which belong to the record */
  for (guint i = 0, listing = 0, in_roll = 0; i < limit; i++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);
      gint score = line_score (text, line);
      gsize end = line->end;

      in_roll = opens_roll (text, line) ||
                (in_roll && line->kind != CT_LINE_BLANK && content_start (text, line) > line->start);
      if (in_roll)
        score = MAX (score, 1);

      /* "出席会议的有：" and the lines under it (after a blank line, maybe),
       * up to a blank one: a list in the article, however short its items */
      if (line->kind == CT_LINE_BLANK)
        listing = listing == 1 ? 1 : 0;
      else if (listing > 0 && line->kind == CT_LINE_OUTSIDE)
        {
          score = MAX (score, 0);
          listing = 2;
        }
      while (end > line->start && g_unichar_isspace (text->chars[end - 1]))
        end--;
      if (end > line->start && text->chars[end - 1] == ':')
        listing = 1;

      if (sum <= 0)
        {
          sum = 0;
          run_start = i;
        }
      sum += score;
      if (sum > best)
        {
          best = sum;
          *first = run_start;
          *last = i;
        }
    }
}

/* The most substantial line above the body (or the body's first line when it
 * reads like a headline). */
static void
find_title (CtDocument *self, const CtText *text, guint body_first)
{
  gint best = -1;
  gsize best_han = 0;

  for (guint i = 0; i <= body_first && i < self->lines->len; i++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);
      gsize han = ct_text_count_han (text, line->start, line->end);

      if (line->kind != CT_LINE_OUTSIDE && line->kind != CT_LINE_BODY)
        continue;
      /* a sentence of prose is no headline */
      if (line->end - line->start > 60 || ct_text_find (text, line->start, line->end, "。") >= 0)
        continue;
      /* "——访…主任王凌海": a subtitle, under the title */
      if (text->chars[content_start (text, line)] == 0x2014)
        continue;
      if (han >= 6 && han > best_han)
        {
          best = i;
          best_han = han;
        }
    }
  if (best >= 0)
    {
      CtLine *line = &g_array_index (self->lines, CtLine, best);
      gsize start = content_start (text, line);
      gsize end = line->end;

      while (end > start && g_unichar_isspace (text->chars[end - 1]))
        end--;
      line->kind = CT_LINE_TITLE;
      self->title = ct_document_get_slice (self, start, end);
    }
}

static void
classify_lines (CtDocument *self, const CtText *text)
{
  guint first, last;

  find_body (self, text, &first, &last);
  for (guint i = first; i <= last && i < self->lines->len; i++)
    {
      CtLine *line = &g_array_index (self->lines, CtLine, i);

      if (line->kind == CT_LINE_OUTSIDE)
        line->kind = CT_LINE_BODY;
    }
  find_title (self, text, first);
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 || c == '!' || c == '?' || c == ';' || c == 0xff01 || c == 0xff1f || c == 0xff1b;
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == 0x201d || c == 0x2019 || c == 0x300d || c == 0x300f || c == ')' || c == '"';
}

static void
split_sentences (CtDocument *self, const CtText *text)
{
  for (guint li = 0; li < self->lines->len; li++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, li);
      gsize start;

      if (line->kind != CT_LINE_BODY && line->kind != CT_LINE_TITLE)
        continue;
      start = content_start (text, line);
      for (gsize i = start; i < line->end; i++)
        {
          gsize end = i + 1;

          if (!is_sentence_end (text->chars[i]) && end != line->end)
            continue;
          while (end < line->end && is_closing_quote (text->chars[end]))
            end++;
          if (ct_text_count_han (text, start, end) > 0)
            {
              CtSentence s = { start, end, li };
              g_array_append_val (self->sentences, s);
            }
          start = end;
          i = end - 1;
        }
    }
}

/* The year a dateline without one belongs to: the year the body names most. */
static gint
most_stated_year (CtDocument *self, const CtText *text)
{
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  gint best = 0;
  guint best_count = 0;

  for (guint i = 0; i < self->sentences->len; i++)
    {
      const CtSentence *s = &g_array_index (self->sentences, CtSentence, i);

      dates = ct_dates_find (text->chars + s->start, s->end - s->start, NULL);
      for (guint k = 0; k < dates->len; k++)
        {
          const CtDateMention *m = &g_array_index (dates, CtDateMention, k);
          guint n;

          if (!m->states_year)
            continue;
          n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (m->date.year))) + 1;
          g_hash_table_insert (counts, GINT_TO_POINTER (m->date.year), GUINT_TO_POINTER (n));
          if (n > best_count || (n == best_count && m->date.year > best))
            {
              best = m->date.year;
              best_count = n;
            }
        }
      g_clear_pointer (&dates, g_array_unref);
    }
  return best;
}

/* The whole date a meta line gives, as @self's publication date. */
static gboolean
take_line_date (CtDocument *self, const CtText *text, const CtLine *line)
{
  g_autoptr(GArray) dates = NULL;

  if (line->kind != CT_LINE_META && line->kind != CT_LINE_OUTSIDE && line->kind != CT_LINE_JUNK)
    return FALSE;
  dates = ct_dates_find (text->chars + line->start, line->end - line->start, NULL);
  for (guint k = 0; k < dates->len; k++)
    {
      const CtDateMention *m = &g_array_index (dates, CtDateMention, k);

      if (m->states_year && m->date.precision == CT_PRECISION_DAY && m->end_date.precision == CT_PRECISION_NONE)
        {
          self->published = m->date;
          return TRUE;
        }
    }
  return FALSE;
}

/* A line of body right under the title, short and no sentence: a subtitle
 * (两市签署交通、文旅等领域合作协议), which the date line may follow. */
static gboolean
is_subtitle (CtDocument *self, const CtText *text, guint i)
{
  const CtLine *line = &g_array_index (self->lines, CtLine, i);

  return i > 0 && g_array_index (self->lines, CtLine, i - 1).kind == CT_LINE_TITLE && line->end - line->start <= 40 &&
         ct_text_find (text, line->start, line->end, "。") < 0;
}

static gboolean
find_header_date (CtDocument *self, const CtText *text)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);

      if (line->kind == CT_LINE_BODY && !is_subtitle (self, text, i))
        break;
      if (take_line_date (self, text, line))
        return TRUE;
    }
  return FALSE;
}

/* "…办公室　2028年8月4日印发": an official document is dated at its foot. */
static gboolean
find_footer_date (CtDocument *self, const CtText *text)
{
  for (guint i = self->lines->len; i-- > 0;)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);

      if (line->kind == CT_LINE_BODY)
        break;
      if (line->kind == CT_LINE_META && take_line_date (self, text, line))
        return TRUE;
    }
  return FALSE;
}

/* "红网时刻新闻7月29日讯", "新华社北京9月1日电", "…公众号8月17日消息" */
static gboolean
find_dateline (CtDocument *self, const CtText *text)
{
  static const char * const dateline_words[] = { "讯", "电", "消息", "报道", NULL };
  guint seen = 0;

  for (guint i = 0; i < self->lines->len && seen < 3; i++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);
      gsize head = MIN (line->end, line->start + 40);
      g_autoptr(GArray) dates = NULL;

      if (line->kind != CT_LINE_BODY)
        continue;
      seen++;
      dates = ct_dates_find (text->chars + line->start, head - line->start, NULL);
      for (guint k = 0; k < dates->len; k++)
        {
          const CtDateMention *m = &g_array_index (dates, CtDateMention, k);

          if (m->date.precision == CT_PRECISION_DAY &&
              ct_text_any_word_at (text, line->start + m->end, dateline_words) != NULL)
            {
              CtDate date = m->date;

              if (!m->states_year)
                date.year = most_stated_year (self, text);
              if (date.year == 0)
                return FALSE;
              self->published = date;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* Article URLs often carry the date: /202409/, /2024-09/25/, /20240925/, t20240925_ */
static gboolean
find_url_date (CtDocument *self, const CtText *text)
{
  for (gssize at = ct_text_find (text, 0, text->length, "http"); at >= 0;
       at = ct_text_find (text, at + 4, text->length, "http"))
    {
      for (gsize i = at; i < text->length && !g_unichar_isspace (text->chars[i]) && text->chars[i] < 0x80; i++)
        {
          gint digits[8], n = 0;
          gsize j = i + 1;

          if (text->chars[i] != '/' && text->chars[i] != 't')
            continue;
          while (n < 8 && j < text->length && ct_text_is_digit (text->chars[j]))
            digits[n++] = text->chars[j++] - '0';
          if ((n == 6 || n == 8) && j < text->length && !ct_text_is_digit (text->chars[j]) &&
              (text->chars[j] == '/' || text->chars[j] == '_'))
            {
              gint y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
              gint m = digits[4] * 10 + digits[5];
              gint d = n == 8 ? digits[6] * 10 + digits[7] : 0;

              if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 &&
                  (d == 0 || (d <= g_date_get_days_in_month (m, y))))
                {
                  self->published = (CtDate) { y, m, d, d ? CT_PRECISION_DAY : CT_PRECISION_MONTH };
                  return TRUE;
                }
            }
        }
    }
  return FALSE;
}

static void
find_published (CtDocument *self, const CtText *text, const char *meta_date)
{
  CtDate date;

  g_autofree char *dashed = meta_date ? g_strdelimit (g_strdup (meta_date), "/.", '-') : NULL;   /* 2034/03/05 10:20 */

  if (dashed != NULL && ct_date_parse (dashed, &date) && date.year > 0)
    self->published = date;
  else if (!find_header_date (self, text) && !find_dateline (self, text) && !find_url_date (self, text))
    find_footer_date (self, text);
}

/* Fewer letters than this and two bodies may match by coincidence. */
#define MIN_BODY_CHARS 40

/* The same article on two sites differs in title, date line, boilerplate and
 * punctuation, not in the letters and digits of its body. */
static char *
hash_body (CtDocument *self)
{
  g_autoptr(GString) letters = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < self->lines->len; i++)
    {
      const CtLine *line = &g_array_index (self->lines, CtLine, i);

      if (line->kind != CT_LINE_BODY)
        continue;
      for (gsize k = line->start; k < line->end; k++)
        if (g_unichar_isalnum (self->chars[k]))
          {
            g_string_append_unichar (letters, self->chars[k]);
            n++;
          }
    }
  if (n < MIN_BODY_CHARS)
    return NULL;
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, letters->str, letters->len);
}

static CtDocument *
document_new_from_text (const char *name, char *text, const char *encoding, const char *meta_date)
{
  CtDocument *self = g_new0 (CtDocument, 1);
  glong n;
  CtText view;

  self->name = g_strdup (name);
  self->encoding = g_strdup (encoding);
  self->text = text;
  self->original = g_utf8_to_ucs4_fast (text, -1, &n);
  self->chars = ct_normalize (text, &n);
  self->n_chars = n;
  self->lines = g_array_new (FALSE, FALSE, sizeof (CtLine));
  self->sentences = g_array_new (FALSE, FALSE, sizeof (CtSentence));
  view = (CtText) { self->chars, self->n_chars };

  split_lines (self, &view);
  classify_lines (self, &view);
  split_sentences (self, &view);
  find_published (self, &view, meta_date);
  self->body_hash = hash_body (self);
  return self;
}

CtDocument *
ct_document_new_from_bytes (const char  *name,
                            GBytes      *bytes,
                            GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree char *hint = ct_decode_sniff_charset (data, size);
  const char *encoding = NULL;
  g_autofree char *meta_date = NULL;
  char *text = ct_decode (data, size, hint, &encoding, error);
  CtDocument *self;

  if (text == NULL)
    return NULL;
  /* Line ends: CR LF and lone CR become LF so lines and offsets agree everywhere. */
  {
    char *w = text;

    for (const char *r = text; *r; r++)
      if (*r == '\r')
        {
          if (r[1] != '\n')
            *w++ = '\n';
        }
      else
        *w++ = *r;
    *w = '\0';
  }
  if (ct_html_sniff (name, text))
    {
      char *plain = ct_html_to_text (text, &meta_date);

      g_free (text);
      text = plain;
    }
  {
    char *flowing = ct_unwrap (text);

    g_free (text);
    text = flowing;
  }
  self = document_new_from_text (name, text, encoding, meta_date);
  self->content_hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);
  self->bytes = g_bytes_ref (bytes);
  return self;
}

/* A document from text already decoded and stripped of markup (what a
 * project of the first schema kept), with the date found when it was read. */
CtDocument *
ct_document_new_from_text (const char *name,
                           const char *text,
                           const char *encoding,
                           const char *published)
{
  return document_new_from_text (name, g_strdup (text), encoding, published);
}

CtDocument *
ct_document_new_from_file (GFile   *file,
                           GError **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("cannot be read (%s)"), local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("is a folder"));
      return NULL;
    }
  if (g_file_info_get_size (info) > CT_DECODE_MAX_SIZE)
    {
      g_set_error (error, CT_DECODE_ERROR, CT_DECODE_ERROR_TOO_LARGE,
                   _("too large (%.1f MB; the limit is %d MB)"),
                   g_file_info_get_size (info) / 1048576.0, CT_DECODE_MAX_SIZE / 1048576);
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, _("cannot be read (%s)"), local_error->message);
      return NULL;
    }
  return ct_document_new_from_bytes (name, bytes, error);
}

void
ct_document_free (CtDocument *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->encoding);
  g_free (self->text);
  g_free (self->original);
  g_free (self->chars);
  g_array_unref (self->lines);
  g_array_unref (self->sentences);
  g_free (self->title);
  g_free (self->content_hash);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->body_hash);
  g_free (self);
}

/* The original text between two character offsets, as UTF-8. */
char *
ct_document_get_slice (CtDocument *self,
                       gsize       start,
                       gsize       end)
{
  end = MIN (end, self->n_chars);
  start = MIN (start, end);
  return g_ucs4_to_utf8 (self->original + start, end - start, NULL, NULL, NULL);
}

/* A name as the extractor reads it: simplified characters (so a traditional
 * text names the same 联盟 as a simplified one, and finds it again in its
 * own text), the punctuation as written. */
char *
ct_document_get_name (CtDocument *self,
                      gsize       start,
                      gsize       end)
{
  g_autofree gunichar *chars = NULL;

  end = MIN (end, self->n_chars);
  start = MIN (start, end);
  chars = g_memdup2 (self->original + start, (end - start) * sizeof (gunichar));
  for (gsize i = start; i < end; i++)
    if (ct_text_is_han (self->chars[i]))
      chars[i - start] = self->chars[i];
  return g_ucs4_to_utf8 (chars, end - start, NULL, NULL, NULL);
}

/* The sentence holding @offset, or -1 when it lies outside title and body. */
gint
ct_document_sentence_at (CtDocument *self,
                         gsize       offset)
{
  guint lo = 0, hi = self->sentences->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const CtSentence *s = &g_array_index (self->sentences, CtSentence, mid);

      if (offset < s->start)
        hi = mid;
      else if (offset >= s->end)
        lo = mid + 1;
      else
        return mid;
    }
  return -1;
}

