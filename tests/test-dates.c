/* test-dates.c: dates as Chinese news writes them, resolved against the publication date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include "ct-date.h"

typedef struct
{
  const char *text;
  const char *reference;   /* NULL: the document states no date */
  const char *expected;    /* first date found, formatted; NULL: none */
  const char *expected_end;
} DateCase;

static const DateCase cases[] = {
  /* absolute */
  { "2024年9月25日,会议在上海举行", NULL, "2024-09-25", NULL },
  { "发布日期:2024-09-25 10:30", NULL, "2024-09-25", NULL },
  { "2022.08.16 长三角", NULL, "2022-08-16", NULL },
  { "时间:2020/6/9", NULL, "2020-06-09", NULL },
  { "二〇二三年十二月五日上午", NULL, "2023-12-05", NULL },
  { "2024年3月习近平总书记主持召开", NULL, "2024-03", NULL },
  { "2020年长三角地区主要领导座谈会", NULL, "2020", NULL },
  { "2019年12月31日", "2020-01-02", "2019-12-31", NULL },
  /* partial, resolved against the reference */
  { "9月23日,镇江市政府在上海举行", "2024-09-25", "2024-09-23", NULL },
  { "座谈会16日在上海举行", "2022-08-18", "2022-08-16", NULL },
  { "8月27日,联盟大会在上海举行", NULL, "\?\?\?\?-08-27", NULL },
  { "联盟成立于今年5月", NULL, "\?\?\?\?-05", NULL },
  { "联盟成立于今年5月", "2023-08-27", "2023-05", NULL },
  { "十二月二十日召开", "2023-12-25", "2023-12-20", NULL },
  { "12月28日签署协议", "2024-01-05", "2023-12-28", NULL },
  { "继去年安徽芜湖首届展会后", "2020-06-09", "2019", NULL },
  { "明年将在合肥举办", "2020-06-09", "2021", NULL },
  { "力争年底前完成", "2021-03-01", "2021", NULL },
  { "计划于10月份召开", "2021-03-01", "2021-10", NULL },
  /* relative */
  { "昨日,两地签署协议", "2024-03-01", "2024-02-29", NULL },
  { "昨晚,两地企业家座谈会举行", "2024-03-01", "2024-02-29", NULL },
  { "大前天,联盟成立大会举行", "2029-08-16", "2029-08-13", NULL },
  { "月初,两市召开联席会议", "2028-07-21", "2028-07", NULL },
  { "前几天,两市联合举办对接会", "2028-07-21", "2028-07-21", NULL },   /* on or before */
  /* Taiwan's press: the day inside (full-width parentheses are ASCII by now) */
  { "昨(14)日在海口举行", "2027-10-15", "2027-10-14", NULL },
  { "前(30)日签署", "2027-11-01", "2027-10-30", NULL },
  { "日前,两市签署合作备忘录", "2023-05-12", "2023-05-12", NULL },
  { "近日,京津冀三地召开联席会议", "2023-05-12", "2023-05-12", NULL },
  { "前日(12日)代表团抵达", "2023-09-14", "2023-09-12", NULL },
  { "上月下旬,两市签署协议", "2024-01-10", "2023-12", NULL },
  { "本月召开联席会议", "2022-06-30", "2022-06", NULL },
  { "上周,两市召开联席会议", "2024-06-20", "2024-06", NULL },
  { "会议上周五在广州举行", "2025-05-09", "2025-05-02", NULL },
  { "代表团本周三访港", "2025-05-09", "2025-05-07", NULL },
  /* ranges */
  { "7月28日至29日,会商会在长沙召开", "2024-07-29", "2024-07-28", "2024-07-29" },
  { "9月22日至24日,市政府举办了签约会", "2024-09-25", "2024-09-22", "2024-09-24" },
  { "5月30日至6月2日举行", "2023-06-05", "2023-05-30", "2023-06-02" },
  { "合作行动计划(2023-2025年)", NULL, "2023", "2025" },
  { "2023年4月18日-19日", NULL, "2023-04-18", "2023-04-19" },
  /* not dates */
  { "3号线开通运营", "2024-01-01", NULL, NULL },
  { "GDP增长5.2%,共43项合作", "2024-01-01", NULL, NULL },
  { "共有60项成果,585项重大科技成果", NULL, NULL, NULL },
  { "签约项目29个,总投资304亿元", "2024-09-25", NULL, NULL },
  { "日前", NULL, NULL, NULL },
};

static void
test_case (gconstpointer data)
{
  const DateCase *c = data;
  CtDate reference = CT_DATE_NONE;
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (c->text, -1, &n);
  g_autoptr(GArray) found = NULL;

  if (c->reference != NULL)
    g_assert_true (ct_date_parse (c->reference, &reference));
  found = ct_dates_find (chars, n, c->reference ? &reference : NULL);
  if (c->expected == NULL)
    {
      g_assert_cmpuint (found->len, ==, 0);
      return;
    }
  g_assert_cmpuint (found->len, >, 0);
  {
    const CtDateMention *m = &g_array_index (found, CtDateMention, 0);
    g_autofree char *start = ct_date_format (&m->date);
    g_autofree char *end = ct_date_format (&m->end_date);

    g_assert_cmpstr (start, ==, c->expected);
    g_assert_cmpstr (end, ==, c->expected_end);
  }
}

static void
test_parse_format_round_trip (void)
{
  const char *texts[] = { "2024-09-25", "2024-09", "2024", "\?\?\?\?-08-27", "\?\?\?\?-05" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      CtDate d;
      g_autofree char *back = NULL;

      g_assert_true (ct_date_parse (texts[i], &d));
      back = ct_date_format (&d);
      g_assert_cmpstr (back, ==, texts[i]);
    }
  {
    CtDate d;

    g_assert_false (ct_date_parse ("2024-13-01", &d));
    g_assert_false (ct_date_parse ("2023-02-29", &d));
    g_assert_false (ct_date_parse ("yesterday", &d));
  }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dates/case/%02u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/dates/parse-format-round-trip", test_parse_format_round_trip);
  return g_test_run ();
}
