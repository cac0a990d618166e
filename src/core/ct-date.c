/* ct-date.c: dates as news states them
 *
 * Absolute dates (2024年9月25日, 2024-09-25, 2022.08.16, 二〇二四年), partial ones
 * (9月23日, 16日, 今年5月, 去年, 年底), relative ones (昨日; 日前 and 近日 mean
 * "on or before the publication date") and ranges (7月28日至29日, 2023-2025年)
 * are found in one left-to-right pass and resolved against a reference date,
 * usually the publication date.  Precision is kept: a month stays a month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "ct-date.h"
#include "ct-text.h"

typedef struct
{
  CtText text;
  const CtDate *reference;
} CtScan;

static gunichar
at (const CtScan *scan, gsize i)
{
  return ct_text_at (&scan->text, i);
}

static gint
chinese_digit (gunichar c)
{
  static const gunichar digits[] = { 0x3007, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03, 0x516b, 0x4e5d };

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (c == digits[i])
      return i;
  if (c == 0x96f6) /* 零 */
    return 0;
  if (c == 0x4e24) /* 两 */
    return 2;
  return -1;
}

/* A small number in Arabic digits (at most @max_digits) or Chinese numerals
 * (十二, 二十三, 三十一).  Returns the index after it, or @i on failure. */
static gsize
read_number_raw (const CtScan *scan, gsize i, guint max_digits, gint *value)
{
  gsize j = i;
  gint v = 0;

  while (ct_text_is_digit (at (scan, j)) && j - i < max_digits)
    v = v * 10 + (at (scan, j++) - '0');
  if (j > i)
    {
      if (ct_text_is_digit (at (scan, j)))
        return i;
      *value = v;
      return j;
    }

  /* Chinese: [d]十[d] or d */
  {
    gint tens = -1, ones = -1;
    gint d = chinese_digit (at (scan, j));

    if (d >= 1 && at (scan, j + 1) == 0x5341) /* d十 */
      {
        tens = d;
        j += 2;
      }
    else if (at (scan, j) == 0x5341) /* 十 */
      {
        tens = 1;
        j += 1;
      }
    d = chinese_digit (at (scan, j));
    if (d >= 1)
      {
        ones = d;
        j++;
      }
    if (tens < 0 && ones < 0)
      return i;
    *value = MAX (tens, 0) * 10 + MAX (ones, 0);
    return j;
  }
}

/* A number that starts here, not the tail of 5.2 or 304. */
static gsize
read_number (const CtScan *scan, gsize i, guint max_digits, gint *value)
{
  if (i > 0 && (ct_text_is_digit (at (scan, i - 1)) || at (scan, i - 1) == '.'))
    return i;
  return read_number_raw (scan, i, max_digits, value);
}

/* Four-digit year in Arabic or Chinese digits (二〇二四). */
static gsize
read_year (const CtScan *scan, gsize i, gint *year)
{
  gsize j = i;
  gint v = 0;

  if (i > 0 && (ct_text_is_digit (at (scan, i - 1)) || ct_text_is_latin (at (scan, i - 1))))
    return i;
  if (ct_text_is_digit (at (scan, i)))
    {
      while (ct_text_is_digit (at (scan, j)) && j - i < 5)
        v = v * 10 + (at (scan, j++) - '0');
    }
  else
    {
      gint d;

      while ((d = chinese_digit (at (scan, j))) >= 0 && j - i < 5)
        {
          v = v * 10 + d;
          j++;
        }
    }
  if (j - i != 4 || v < 1900 || v > 2100)
    return i;
  *year = v;
  return j;
}

static gboolean
valid_day (gint year, gint month, gint day)
{
  if (month < 1 || month > 12 || day < 1)
    return FALSE;
  return day <= g_date_get_days_in_month (month, year > 0 ? year : 2000);
}

static gboolean
is_day_word (gunichar c)
{
  return c == 0x65e5 || c == 0x53f7; /* 日 号 */
}

static gboolean
is_range_word (const CtScan *scan, gsize i, gsize *after)
{
  gunichar c = at (scan, i);

  if (c == 0x81f3 || c == 0x5230 || c == '-' || c == '~' || c == 0x2014 || c == 0x2013 || c == 0xff5e || c == 0x301c)
    {
      *after = i + 1;
      if (c == 0x2014 && at (scan, i + 1) == 0x2014)
        (*after)++;
      return TRUE;
    }
  return FALSE;
}

/* "号" also counts floors, lines and documents: 3号线, 5号楼, 1号文件. */
static gboolean
day_word_ok (const CtScan *scan, gsize i)
{
  static const gunichar after_hao[] = { 0x7ebf, 0x697c, 0x6587, 0x9986, 0x9662, 0x5730, 0x95e8, 0x724c, 0x7a97, 0x673a };

  if (at (scan, i) == 0x65e5)
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (after_hao); k++)
    if (at (scan, i + 1) == after_hao[k])
      return FALSE;
  return TRUE;
}

static CtDate
make_date (gint year, gint month, gint day)
{
  CtDate d = { year, month, day, day ? CT_PRECISION_DAY : month ? CT_PRECISION_MONTH : CT_PRECISION_YEAR };

  return d;
}

/* The end of a range "…至29日", "…至8月2日", "…-2025年". */
static gsize
read_range_end (const CtScan *scan, gsize i, const CtDate *start, CtDate *end)
{
  gsize j;
  gint a = 0, b = 0, year = 0;

  if (!is_range_word (scan, i, &j))
    return i;
  if (start->precision == CT_PRECISION_YEAR)
    {
      gsize k = read_year (scan, j, &year);

      if (k > j && at (scan, k) == 0x5e74 && year > start->year)
        {
          *end = make_date (year, 0, 0);
          return k + 1;
        }
      return i;
    }
  if (start->precision != CT_PRECISION_DAY)
    return i;
  {
    gsize k = read_year (scan, j, &year);

    if (k > j && at (scan, k) == 0x5e74)
      j = k + 1;
    else
      year = start->year;
  }
  {
    gsize k = read_number (scan, j, 2, &a);

    if (k == j)
      return i;
    if (at (scan, k) == 0x6708) /* 月 */
      {
        gsize l = read_number (scan, k + 1, 2, &b);

        if (l == k + 1 || !is_day_word (at (scan, l)) || !valid_day (year, a, b))
          return i;
        *end = make_date (year, a, b);
        return l + 1;
      }
    if (is_day_word (at (scan, k)) && valid_day (year, start->month, a) && a > start->day)
      {
        *end = make_date (year, start->month, a);
        return k + 1;
      }
  }
  return i;
}

static gint
months_between (gint from_year, gint from_month, gint to_year, gint to_month)
{
  return (to_year - from_year) * 12 + (to_month - from_month);
}

/* A month and day without a year belong to the reference year, unless that
 * puts them more than eight months after it (a January article recalling
 * December). */
static gint
year_for_month (const CtScan *scan, gint month)
{
  const CtDate *ref = scan->reference;

  if (ref == NULL || ref->precision == CT_PRECISION_NONE || ref->year == 0)
    return 0;
  if (ref->precision >= CT_PRECISION_MONTH && months_between (ref->year, ref->month, ref->year, month) > 8)
    return ref->year - 1;
  return ref->year;
}

static gboolean
reference_has (const CtScan *scan, CtPrecision precision)
{
  return scan->reference != NULL && scan->reference->precision >= precision && scan->reference->year > 0;
}

static gsize
read_month_day (const CtScan *scan, gsize i, gint year, CtDateMention *m)
{
  gint month = 0, day = 0;
  gsize j = read_number (scan, i, 2, &month);

  if (j == i || at (scan, j) != 0x6708 || month < 1 || month > 12) /* 月 */
    return i;
  j++;
  {
    gsize k = read_number (scan, j, 2, &day);

    if (k > j && is_day_word (at (scan, k)) && day_word_ok (scan, k) && valid_day (year, month, day))
      {
        m->date = make_date (year, month, day);
        return read_range_end (scan, k + 1, &m->date, &m->end_date);
      }
  }
  if (at (scan, j) == 0x4efd) /* 份 */
    j++;
  m->date = make_date (year, month, 0);
  return j;
}

/* Tries every form at @i; returns the end of the expression or @i. */
static gsize
read_date (const CtScan *scan, gsize i, CtDateMention *m)
{
  gint year = 0, month = 0, day = 0;
  gsize j = read_year (scan, i, &year);

  *m = (CtDateMention) { i, i, CT_DATE_NONE, CT_DATE_NONE, FALSE, FALSE };

  if (j > i)
    {
      gunichar sep = at (scan, j);

      m->states_year = TRUE;
      if (sep == 0x5e74) /* 年 */
        {
          gsize k = read_month_day (scan, j + 1, year, m);

          if (k > j + 1)
            return k;
          m->date = make_date (year, 0, 0);
          if (ct_text_word_at (&scan->text, j, "年底") || ct_text_word_at (&scan->text, j, "年末"))
            return j + 2;
          return j + 1;
        }
      if (sep == '-' || sep == '/' || sep == '.')
        {
          gsize k = read_number_raw (scan, j + 1, 2, &month);
          gsize l;

          if (k > j + 1 && at (scan, k) == sep && (l = read_number_raw (scan, k + 1, 2, &day)) > k + 1 &&
              valid_day (year, month, day))
            {
              m->date = make_date (year, month, day);
              return l;
            }
          /* 2023-2025年 */
          {
            CtDate start = make_date (year, 0, 0);

            k = read_range_end (scan, j, &start, &m->end_date);
            if (k > j)
              {
                m->date = start;
                return k;
              }
          }
        }
      return i;
    }

  {
    static const struct { const char *word; gint years; } relative_years[] = {
      { "今年", 0 }, { "去年", -1 }, { "明年", 1 }, { "前年", -2 }, { "后年", 2 },
    };

    for (guint k = 0; k < G_N_ELEMENTS (relative_years); k++)
      if (ct_text_word_at (&scan->text, i, relative_years[k].word))
        {
          gint y = 0;
          gsize l;

          if (reference_has (scan, CT_PRECISION_YEAR))
            y = scan->reference->year + relative_years[k].years;
          else if (relative_years[k].years != 0)
            return i;
          l = read_month_day (scan, i + 2, y, m);
          if (l > i + 2)
            return l;
          if (y == 0)
            return i;
          m->date = make_date (y, 0, 0);
          return i + 2;
        }
  }

  if (ct_text_word_at (&scan->text, i, "年底") || ct_text_word_at (&scan->text, i, "年末") || ct_text_word_at (&scan->text, i, "年初"))
    {
      if (!reference_has (scan, CT_PRECISION_YEAR) || (i > 0 && (ct_text_is_digit (at (scan, i - 1)) || chinese_digit (at (scan, i - 1)) >= 0)))
        return i;
      m->date = make_date (scan->reference->year, 0, 0);
      return i + 2;
    }

  {
    static const struct { const char *word; gint days; gboolean before; } relative_days[] = {
      { "昨日", -1, FALSE }, { "昨天", -1, FALSE }, { "今日", 0, FALSE }, { "今天", 0, FALSE },
      { "大前天", -3, FALSE }, { "前天", -2, FALSE }, { "前日", -2, FALSE }, { "日前", 0, TRUE }, { "近日", 0, TRUE },
      { "昨晚", -1, FALSE }, { "昨夜", -1, FALSE }, { "今晚", 0, FALSE }, { "今晨", 0, FALSE },
      { "前几天", 0, TRUE }, { "前些天", 0, TRUE }, { "这几天", 0, TRUE },
    };

    /* 昨(14)日, 前(13)日: Taiwan's press writes the day inside */
    if (g_utf8_strchr ("昨前今", -1, at (scan, i)) != NULL && at (scan, i + 1) == '(' &&
        reference_has (scan, CT_PRECISION_DAY))
      {
        gsize close = i + 2;
        gint stated = 0;

        while (ct_text_is_digit (at (scan, close)) && stated < 100)
          stated = stated * 10 + (gint) (at (scan, close++) - '0');
        if (close > i + 2 && at (scan, close) == ')' && at (scan, close + 1) == 0x65e5 /* 日 */ &&
            stated >= 1 && stated <= 31)
          {
            gint in_month = scan->reference->month, in_year = scan->reference->year;

            if (stated > scan->reference->day && --in_month == 0)   /* the end of the month before */
              {
                in_month = 12;
                in_year--;
              }
            m->date = make_date (in_year, in_month, stated);
            return close + 2;
          }
      }
    /* 上周五, 本周三: a day of last or this week */
    {
      static const char * const weeks[] = { "上周", "上星期", "本周", "本星期", "这周", NULL };
      static const char weekdays[] = "一二三四五六日天";
      const char *week = ct_text_any_word_at (&scan->text, i, weeks);
      gsize after = week ? i + g_utf8_strlen (week, -1) : 0;
      const char *weekday = week ? g_utf8_strchr (weekdays, -1, at (scan, after)) : NULL;

      if (weekday != NULL && reference_has (scan, CT_PRECISION_DAY))
        {
          g_autoptr(GDate) d = g_date_new_dmy (scan->reference->day, scan->reference->month, scan->reference->year);
          gint wanted = MIN ((gint) g_utf8_pointer_to_offset (weekdays, weekday), 6) + 1;  /* Monday is 1 */

          g_date_subtract_days (d, g_date_get_weekday (d) - 1);   /* this week's Monday */
          if (g_str_has_prefix (week, "上"))
            g_date_subtract_days (d, 7);
          g_date_add_days (d, wanted - 1);
          m->date = make_date (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
          return after + 1;
        }
    }
    /* 上周: a day last week is not known, its month mostly is */
    static const struct { const char *word; gint days; } relative_weeks[] = {
      { "上周", -7 }, { "上个星期", -7 }, { "上星期", -7 }, { "本周", 0 }, { "这周", 0 },
    };

    for (guint k = 0; k < G_N_ELEMENTS (relative_weeks); k++)
      if (ct_text_word_at (&scan->text, i, relative_weeks[k].word))
        {
          g_autoptr(GDate) d = NULL;

          if (!reference_has (scan, CT_PRECISION_DAY))
            return i;
          d = g_date_new_dmy (scan->reference->day, scan->reference->month, scan->reference->year);
          g_date_subtract_days (d, -relative_weeks[k].days);
          m->date = make_date (g_date_get_year (d), g_date_get_month (d), 0);
          return i + g_utf8_strlen (relative_weeks[k].word, -1);
        }
    for (guint k = 0; k < G_N_ELEMENTS (relative_days); k++)
      if (ct_text_word_at (&scan->text, i, relative_days[k].word))
        {
          g_autoptr(GDate) d = NULL;

          if (!reference_has (scan, CT_PRECISION_DAY) || (i > 0 && ct_text_is_digit (at (scan, i - 1))))
            return i;
          d = g_date_new_dmy (scan->reference->day, scan->reference->month, scan->reference->year);
          if (relative_days[k].days < 0)
            g_date_subtract_days (d, -relative_days[k].days);
          m->date = make_date (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
          m->on_or_before = relative_days[k].before;
          return i + g_utf8_strlen (relative_days[k].word, -1);
        }
  }

  {
    static const struct { const char *word; gint months; } relative_months[] = {
      { "上个月", -1 }, { "上月", -1 }, { "本月", 0 }, { "当月", 0 }, { "下个月", 1 }, { "下月", 1 },
      /* alone, of the month it is: 月初，…召开 */
      { "月初", 0 }, { "月中", 0 }, { "月底", 0 }, { "月末", 0 },
    };

    for (guint k = 0; k < G_N_ELEMENTS (relative_months); k++)
      if (ct_text_word_at (&scan->text, i, relative_months[k].word) &&
          (!g_str_has_prefix (relative_months[k].word, "月") || i == 0 ||
           g_utf8_strchr ("0123456789一二三四五六七八九十本上下当个每这同该", -1, at (scan, i - 1)) == NULL))
        {
          gint months;

          if (!reference_has (scan, CT_PRECISION_MONTH))
            return i;
          months = scan->reference->year * 12 + scan->reference->month - 1 + relative_months[k].months;
          m->date = make_date (months / 12, months % 12 + 1, 0);
          return i + g_utf8_strlen (relative_months[k].word, -1);
        }
  }

  /* M月[D日] with the year from the reference */
  if (ct_text_is_digit (at (scan, i)) || chinese_digit (at (scan, i)) >= 0 || at (scan, i) == 0x5341)
    {
      gint number = 0;
      gsize k = read_number (scan, i, 2, &number);

      if (k == i)
        return i;
      if (at (scan, k) == 0x6708) /* 月 */
        return read_month_day (scan, i, year_for_month (scan, number), m);
      /* D日: only with a reference month, and not a count of days (3日游 is rare in news). */
      if (is_day_word (at (scan, k)) && day_word_ok (scan, k) && reference_has (scan, CT_PRECISION_MONTH) &&
          number >= 1 && number <= 31 && ct_text_is_digit (at (scan, i)))
        {
          gint y = scan->reference->year, mo = scan->reference->month;

          if (scan->reference->precision == CT_PRECISION_DAY && number > scan->reference->day + 2)
            {
              if (--mo == 0)
                {
                  mo = 12;
                  y--;
                }
            }
          if (!valid_day (y, mo, number))
            return i;
          m->date = make_date (y, mo, number);
          return read_range_end (scan, k + 1, &m->date, &m->end_date);
        }
    }
  return i;
}

GArray *
ct_dates_find (const gunichar *text,
               gsize           length,
               const CtDate   *reference)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (CtDateMention));
  CtScan scan = { { text, length }, reference };

  for (gsize i = 0; i < length;)
    {
      CtDateMention m;
      gsize end = read_date (&scan, i, &m);

      if (end > i && m.date.precision != CT_PRECISION_NONE)
        {
          m.start = i;
          m.end = end;
          g_array_append_val (mentions, m);
          i = end;
        }
      else
        i++;
    }
  return mentions;
}

char *
ct_date_format (const CtDate *date)
{
  g_autofree char *year = date->year > 0 ? g_strdup_printf ("%04d", date->year) : g_strdup ("????");

  switch (date->precision)
    {
    case CT_PRECISION_DAY:
      return g_strdup_printf ("%s-%02d-%02d", year, date->month, date->day);
    case CT_PRECISION_MONTH:
      return g_strdup_printf ("%s-%02d", year, date->month);
    case CT_PRECISION_YEAR:
      return date->year > 0 ? g_strdup (year) : NULL;
    case CT_PRECISION_NONE:
    default:
      return NULL;
    }
}

/* Reads "2024-09-25", "2024-09", "2024", "????-08-27" and ISO timestamps. */
gboolean
ct_date_parse (const char *text,
               CtDate     *date)
{
  gint y = 0, m = 0, d = 0;

  *date = CT_DATE_NONE;
  if (text == NULL)
    return FALSE;
  if (g_str_has_prefix (text, "????"))
    {
      if (sscanf (text + 4, "-%d-%d", &m, &d) >= 1 && m >= 1 && m <= 12)
        {
          *date = make_date (0, m, valid_day (0, m, d) ? d : 0);
          return TRUE;
        }
      return FALSE;
    }
  switch (sscanf (text, "%4d-%2d-%2d", &y, &m, &d))
    {
    case 3:
      if (!valid_day (y, m, d))
        return FALSE;
      *date = make_date (y, m, d);
      return TRUE;
    case 2:
      if (m < 1 || m > 12)
        return FALSE;
      *date = make_date (y, m, 0);
      return TRUE;
    case 1:
      if (y < 1900 || y > 2100)
        return FALSE;
      *date = make_date (y, 0, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

CtDate
ct_date_truncate (const CtDate *date,
                  CtPrecision   precision)
{
  CtDate d = *date;

  if (d.precision > precision)
    {
      d.precision = precision;
      if (precision < CT_PRECISION_DAY)
        d.day = 0;
      if (precision < CT_PRECISION_MONTH)
        d.month = 0;
    }
  return d;
}

gint
ct_date_compare (const CtDate *a,
                 const CtDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

/* The months a date covers: a day is part of its month, a year all twelve. */
void
ct_date_month_span (const CtDate *date,
                    double       *first,
                    double       *last)
{
  double year = date->year * 12.0;

  if (date->precision >= CT_PRECISION_MONTH)
    {
      *first = year + date->month - 1 + (date->precision == CT_PRECISION_DAY ? (date->day - 1) / 31.0 : 0);
      *last = date->precision == CT_PRECISION_DAY ? *first : year + date->month - 1 + 0.999;
    }
  else
    {
      *first = year;
      *last = year + 11.999;
    }
}
