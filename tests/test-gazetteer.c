/* test-gazetteer.c: every division is found by its full name, namesakes by their parents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "ct-gazetteer.h"
#include "ct-places.h"
#include "ct-test-util.h"

static void
test_counts (void)
{
  CtGazetteer *g = ct_gazetteer_get_default ();
  guint levels[3] = { 0 };

  g_assert_cmpuint (ct_gazetteer_get_n_divisions (g), ==, 3217);
  for (guint i = 0; i < ct_gazetteer_get_n_divisions (g); i++)
    levels[ct_gazetteer_get_division (g, i)->level]++;
  g_assert_cmpuint (levels[CT_LEVEL_PROVINCE], ==, 34);
  g_assert_cmpuint (levels[CT_LEVEL_PREFECTURE], ==, 337);
  g_assert_cmpuint (levels[CT_LEVEL_COUNTY], ==, 2846);
}

/* The whole chain written out, the way news names a place it wants to be
 * unambiguous about (江苏省南京市鼓楼区), must land on that very division. */
static void
test_every_division_by_full_name (void)
{
  CtGazetteer *g = ct_gazetteer_get_default ();
  guint checked = 0;

  for (guint i = 0; i < ct_gazetteer_get_n_divisions (g); i++)
    {
      const CtDivision *d = ct_gazetteer_get_division (g, i);
      g_auto(GStrv) parts = g_strsplit (d->path, "/", -1);
      g_autofree char *chain = g_strjoinv ("", parts);
      g_autofree char *text = NULL;
      g_autoptr(CtDocument) doc = NULL;
      g_autoptr(GArray) mentions = NULL;
      const CtPlaceMention *last;

      /* 省直辖县级行政区划 rows group county-level cities in the code list; they are not places */
      if (d->pseudo)
        continue;
      g_assert_cmpint (ct_gazetteer_lookup_path (g, d->path), ==, (gint) i);
      g_assert_cmpint (ct_gazetteer_lookup_code (g, d->code), ==, (gint) i);

      text = g_strdup_printf ("%s与多地签署合作协议,推动区域协同发展。", chain);
      doc = ct_test_document_from_text (text);
      mentions = ct_places_find (g, doc);
      g_assert_cmpuint (mentions->len, >, 0);
      /* the mention that ends the chain */
      last = NULL;
      for (guint k = 0; k < mentions->len; k++)
        if (g_array_index (mentions, CtPlaceMention, k).end == (gsize) g_utf8_strlen (chain, -1))
          last = &g_array_index (mentions, CtPlaceMention, k);
      if (last == NULL || last->division != i)
        g_error ("%s (%s) resolved to %s", d->path, d->code,
                 last ? ct_gazetteer_get_division (g, last->division)->path : "nothing");
      checked++;
    }
  g_assert_cmpuint (checked, ==, 3217 - 4);
}

static const CtDivision *
only_place (const char *text)
{
  CtGazetteer *g = ct_gazetteer_get_default ();
  g_autoptr(CtDocument) doc = ct_test_document_from_text (text);
  g_autoptr(GArray) mentions = ct_places_find (g, doc);
  const CtDivision *found = NULL;

  for (guint k = 0; k < mentions->len; k++)
    {
      const CtPlaceMention *m = &g_array_index (mentions, CtPlaceMention, k);

      if (m->qualifier)
        continue;
      g_assert_null (found);
      found = ct_gazetteer_get_division (g, m->division);
    }
  return found;
}

static void
test_namesakes (void)
{
  g_assert_cmpstr (only_place ("会议在上海市普陀区举行,各方交流了经验。")->path, ==, "上海市/普陀区");
  g_assert_cmpstr (only_place ("会议在舟山市普陀区举行,各方交流了经验。")->path, ==, "浙江省/舟山市/普陀区");
  /* no parent anywhere: left out rather than guessed */
  g_assert_null (only_place ("会议在鼓楼区举行,各方交流了经验和做法。"));
  g_assert_null (only_place ("会议在朝阳区举行,各方交流了经验和做法。"));
}

static void
test_short_names (void)
{
  g_assert_cmpstr (only_place ("南京与周边城市深化合作,共同推进发展。")->path, ==, "江苏省/南京市");
  /* the city before the county of the same name */
  g_assert_cmpstr (only_place ("长沙持续深化对外合作,共同推进发展。")->path, ==, "湖南省/长沙市");
  /* streets and companies are not actors */
  g_assert_null (only_place ("新店开在上海路中段,周边交通十分便利。"));
  g_assert_null (only_place ("郑州银行发布了新的金融服务方案。"));
  g_assert_null (only_place ("成都燃气集团公布了今年的检修计划。"));
  /* people's names that end in a city's short name */
  g_assert_null (only_place ("(记者 刘金华 摄)会议期间,代表们进行了深入交流。"));
  g_assert_null (only_place ("市长王南京在会上作了讲话,介绍了经验。"));
  /* ordinary words that are also short names (stoplist) */
  g_assert_null (only_place ("绿水青山就是金山银山,要加强合作、推动新兴产业发展。"));
  g_assert_null (only_place ("据新华社报道,中方愿与各方共建和平稳定的地区环境。"));
  /* a byline word right before a name that starts with a city's short name */
  g_assert_null (only_place ("(记者吉安宁 通讯员 东方华)会议期间,代表们进行了深入交流。"));
  /* words that hide a name inside them */
  g_assert_null (only_place ("各方将在长白山脚下搭建新平台,打通出海口。"));
  g_assert_null (only_place ("六盘山横跨两省区,山两侧的县山水相连。"));
  /* …and words that begin inside one: 黎安国际 is no 安国 */
  g_assert_null (only_place ("黎安国际教育创新试验区吸引境外学生前来就读。"));
  /* an autonomous county written as a county, its people without 族 (和布克赛尔蒙古自治县) */
  g_assert_cmpstr (only_place ("和布克赛尔县土地资源充足,发展空间广阔。")->path, ==,
                   "新疆维吾尔自治区/塔城地区/和布克赛尔蒙古自治县");
  /* 州 kept after an autonomous prefecture's short name */
  g_assert_cmpstr (only_place ("海南州相关负责同志介绍了生态保护经验。")->path, ==, "青海省/海南藏族自治州");
  /* in a list of cities, a name shared with a province is the city */
  {
    g_autoptr(CtExtraction) x = ct_test_extract_text ("时间:2022-05-06\n长春、吉林、四平三市签署协同发展合作协议。\n");

    g_assert_true (ct_test_has_place (x, "吉林省/吉林市"));
    g_assert_false (ct_test_has_place (x, "吉林省"));
  }
  {
    g_autoptr(CtExtraction) x = ct_test_extract_text ("时间:2021-03-02\n四川与重庆共建成渝地区双城经济圈,推动两地协同发展。\n");

    g_assert_true (ct_test_has_place (x, "四川省"));
    g_assert_true (ct_test_has_place (x, "重庆市"));
    g_assert_false (ct_test_has_place (x, "黑龙江省/哈尔滨市/双城区"));
  }
}

static void
test_contractions (void)
{
  CtGazetteer *g = ct_gazetteer_get_default ();
  g_autoptr(CtDocument) doc = ct_test_document_from_text ("长三角沪苏浙皖四地携手推进一体化发展。\n沿沪宁产业带建设提速,京沪高铁运行平稳。");
  g_autoptr(GArray) mentions = ct_places_find (g, doc);
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint k = 0; k < mentions->len; k++)
    g_string_append_printf (found, "%s;", ct_gazetteer_get_division (g, g_array_index (mentions, CtPlaceMention, k).division)->name);
  g_assert_cmpstr (found->str, ==, "上海市;江苏省;浙江省;安徽省;");
}

static void
test_city_contraction (void)
{
  CtGazetteer *g = ct_gazetteer_get_default ();
  g_autoptr(CtDocument) doc = ct_test_document_from_text ("广佛两地签署同城化合作协议,推动产业协同。");
  g_autoptr(GArray) mentions = ct_places_find (g, doc);

  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_cmpstr (ct_gazetteer_get_division (g, g_array_index (mentions, CtPlaceMention, 0).division)->path, ==, "广东省/广州市");
  g_assert_cmpstr (ct_gazetteer_get_division (g, g_array_index (mentions, CtPlaceMention, 1).division)->path, ==, "广东省/佛山市");
  /* first characters alone, with none of the cities named: a word (达成合作), not 达州 and 成都 */
  g_assert_null (only_place ("双方在洽谈中达成合作意向十余项。"));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gazetteer/counts", test_counts);
  g_test_add_func ("/gazetteer/every-division-by-full-name", test_every_division_by_full_name);
  g_test_add_func ("/gazetteer/namesakes", test_namesakes);
  g_test_add_func ("/gazetteer/short-names", test_short_names);
  g_test_add_func ("/gazetteer/contractions", test_contractions);
  g_test_add_func ("/gazetteer/city-contraction", test_city_contraction);
  return g_test_run ();
}
