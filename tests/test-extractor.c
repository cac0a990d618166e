/* test-extractor.c: the rules on short texts written for them (not from the bundled articles)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>
#include "ct-lexicon.h"
#include "ct-places.h"
#include "ct-test-util.h"

static CtAgreement *
agreement (CtExtraction *x, guint i)
{
  g_assert_cmpuint (i, <, x->agreements->len);
  return g_ptr_array_index (x->agreements, i);
}

static CtEvent *
event (CtExtraction *x, guint i)
{
  g_assert_cmpuint (i, <, x->events->len);
  return g_ptr_array_index (x->events, i);
}

static CtGrouping *
grouping_named (CtExtraction *x, const char *name)
{
  for (guint i = 0; i < x->groupings->len; i++)
    if (g_str_equal (((CtGrouping *) g_ptr_array_index (x->groupings, i))->name, name))
      return g_ptr_array_index (x->groupings, i);
  return NULL;
}

static void
test_signed_agreement (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "来源:天津日报 2023-04-20\n"
    "4月18日,天津市和平区与沈阳市和平区在天津签署《和平区友好合作框架协议》,双方将在文旅、商贸等领域加强合作。\n");
  g_autofree char *date = NULL;

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "和平区友好合作框架协议");
  date = ct_date_format (&agreement (x, 0)->date);
  g_assert_cmpstr (date, ==, "2023-04-18");
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "天津市/和平区", "辽宁省/沈阳市/和平区"));
  /* 天津市 names where, and is the parent of one party: no tie with its own child */
  g_assert_false (ct_test_has_tie (x, "天津市", "天津市/和平区"));
}

static void
test_drafting_is_not_signing (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2021-03-02\n会议提出,要研究编制《成渝地区双城经济圈建设规划》,推动两地协同发展再上新台阶。\n");

  g_assert_cmpuint (x->agreements->len, ==, 0);
}

static void
test_count_resolves_to_list (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "发布时间:2023-06-10\n"
    "6月9日,郑州、开封、洛阳、新乡四市在郑州召开协同发展联席会议。会上,四市签署战略合作协议,约定在交通、产业、生态等方面开展合作。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "战略合作协议");
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 4);
  g_assert_true (ct_test_has_tie (x, "河南省/开封市", "河南省/洛阳市"));
  g_assert_cmpuint (x->ties->len, ==, 6);
  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (event (x, 0)->title, ==, "协同发展联席会议");
}

static void
test_event_venue_and_range (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "发布日期:2023年5月20日\n"
    "5月18日至19日,第三届成渝地区双城经济圈发展论坛在重庆举行,成都、重庆两地代表出席会议。\n");
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (event (x, 0)->title, ==, "第三届成渝地区双城经济圈发展论坛");
  start = ct_date_format (&event (x, 0)->start);
  end = ct_date_format (&event (x, 0)->end);
  g_assert_cmpstr (start, ==, "2023-05-18");
  g_assert_cmpstr (end, ==, "2023-05-19");
  g_assert_true (ct_test_has_place (x, "重庆市"));
  g_assert_true (ct_test_has_tie (x, "四川省/成都市", "重庆市"));
}

static void
test_future_event_dropped (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2022-11-02\n两市商定,明年将在珠海举办第二届珠澳合作发展论坛,共同推动横琴建设。\n");

  g_assert_cmpuint (x->events->len, ==, 0);
}

static void
test_companies_are_not_actors (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2022-11-02\n郑州银行与洛阳钢铁集团签署战略合作协议,双方将在供应链金融方面开展合作。\n");

  g_assert_cmpuint (x->places->len, ==, 0);
  g_assert_cmpuint (x->agreements->len, ==, 0);
  g_assert_cmpuint (x->ties->len, ==, 0);
}

static void
test_grouping_members (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2022-11-02\n"
    "粤港澳大湾区城市旅游联盟日前成立,联盟成员包括广州市、深圳市、珠海市和香港特别行政区。\n");
  CtGrouping *g;

  g_assert_cmpuint (x->groupings->len, >=, 1);
  g = g_ptr_array_index (x->groupings, 0);
  g_assert_cmpstr (g->name, ==, "粤港澳大湾区城市旅游联盟");
  g_assert_cmpuint (g->members->len, ==, 4);
  g_assert_true (ct_test_has_tie (x, "广东省/深圳市", "香港特别行政区"));
}

static void
test_dateline_place_and_organisers (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "西安与咸阳签署协议\n"
    "新华社北京5月12日电 西安市和咸阳市在西安举行西咸一体化发展推进会,两市将共建西咸新区。\n");

  /* 北京 is where the agency filed from */
  g_assert_false (ct_test_has_place (x, "北京市"));
  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->participants->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "陕西省/咸阳市", "陕西省/西安市"));
}

static void
test_contraction_in_grouping_name (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text ("时间:2023-11-16\n苏锡常都市圈建设加快推进,三市将共建产业创新带。\n");

  g_assert_true (ct_test_has_place (x, "江苏省/苏州市"));
  g_assert_true (ct_test_has_place (x, "江苏省/无锡市"));
  g_assert_true (ct_test_has_place (x, "江苏省/常州市"));
  g_assert_true (ct_test_has_tie (x, "江苏省/常州市", "江苏省/苏州市"));
}

static void
test_region_name_with_count (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text ("时间:2023-11-16\n长株潭三市市长联席会议11月10日在湘潭召开,三市共商合作。\n");

  /* a region name stays a name, unless a count says it is its cities */
  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  g_assert_true (ct_test_has_tie (x, "湖南省/株洲市", "湖南省/长沙市"));
}

static void
test_respective_agreements (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2023-03-08\n"
    "会上,杭州市西湖区、滨江区分别与衢州市柯城区、丽水市莲都区签订2023年度山海协作结对协议。\n");

  /* one agreement for each pair, in order: no tie across the pairs */
  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "2023年度山海协作结对协议");
  g_assert_true (ct_test_has_tie (x, "浙江省/杭州市/西湖区", "浙江省/衢州市/柯城区"));
  g_assert_true (ct_test_has_tie (x, "浙江省/丽水市/莲都区", "浙江省/杭州市/滨江区"));
  g_assert_false (ct_test_has_tie (x, "浙江省/杭州市/西湖区", "浙江省/丽水市/莲都区"));
  g_assert_false (ct_test_has_tie (x, "浙江省/杭州市/滨江区", "浙江省/杭州市/西湖区"));
}

static void
test_same_untitled_title_other_parties (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2023-03-08\n"
    "会上,宁波市与舟山市签署战略合作协议。温州市与台州市也签署战略合作协议。\n");

  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_false (ct_test_has_tie (x, "浙江省/宁波市", "浙江省/温州市"));
}

static void
test_count_of_listed_agreements (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2023-03-08\n"
    "会上,三市签署三项合作协议:一是三市签署《甲乙丙交通互联合作协议》;二是三市签署《甲乙丙文旅合作协议》。\n");

  /* 三项合作协议 counts the titled ones after it */
  for (guint i = 0; i < x->agreements->len; i++)
    g_assert_cmpstr (agreement (x, i)->title, !=, "三项合作协议");
  g_assert_cmpuint (x->agreements->len, ==, 2);
}

static void
test_event_venue_and_people (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "推进会在容城召开\n"
    "发布时间:2024-05-20\n"
    "上月,京雄协同发展推进会在河北雄安新区容城县举行,北京市东城区、天津市滨海新区代表出席。"
    "与会负责同志表示,保定、廊坊要加强协同。\n"
    "温州市代表团昨日抵达厦门,与厦门市政府举行经贸交流座谈会。\n");
  g_autofree char *start = NULL;

  g_assert_cmpuint (x->events->len, ==, 2);
  /* the innermost place of the chain after 在, past a name between */
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 0)->place)->path, ==,
                   "河北省/保定市/容城县");
  start = ct_date_format (&event (x, 0)->start);
  g_assert_cmpstr (start, ==, "2024-04");
  /* what a speaker spoke of did not attend */
  g_assert_true (ct_test_has_tie (x, "北京市/东城区", "天津市/滨海新区"));
  g_assert_false (ct_test_has_tie (x, "河北省/保定市", "河北省/廊坊市"));
  /* a delegation's arrival says where; the clause with 与 keeps the subject */
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 1)->place)->path, ==,
                   "福建省/厦门市");
  g_assert_true (ct_test_has_tie (x, "浙江省/温州市", "福建省/厦门市"));
}

static void
test_planned_venue_is_not_a_place (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2023-03-08\n三地商定,明年将在保定举办协同发展论坛。廊坊与沧州签署合作协议。\n");

  g_assert_false (ct_test_has_place (x, "河北省/保定市"));
  g_assert_true (ct_test_has_place (x, "河北省/廊坊市"));
}

static void
test_hong_kong_and_taiwan_style (void)
{
  /* traditional characters, 「」 around a title, a province before 的 */
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "2024/10/25 14:32\n"
    "都市圈23日在江蘇省宿遷市召開第二次市長聯席會議，江蘇的宿遷、淮安，安徽的滁州等三市市長出席，共同簽署「三市交通一體化合作協議」。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "三市交通一体化合作协议");
  g_assert_cmpuint (x->events->len, ==, 1);
  /* the provinces qualify their cities; they did not attend */
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  g_assert_false (ct_test_has_tie (x, "安徽省", "江苏省/淮安市"));
  g_assert_true (ct_test_has_tie (x, "安徽省/滁州市", "江苏省/淮安市"));
}

static void
test_attendees_and_observers (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2023-11-05\n"
    "11月3日,成渝中部协同发展联席会议在资阳市召开。资阳、遂宁两市负责同志出席会议,内江市代表列席会议。"
    "与会人员考察了乐山大佛景区。\n"
    "会上,安岳县与潼南区、乐至县与大英县分别签署结对合作协议。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  /* those before each attendance word, observers too; not where attendees went */
  g_assert_true (ct_test_has_tie (x, "四川省/内江市", "四川省/遂宁市"));
  g_assert_false (ct_test_has_tie (x, "四川省/乐山市", "四川省/资阳市"));
  /* pairs listed, each its own agreement */
  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "四川省/资阳市/安岳县", "重庆市/潼南区"));
  g_assert_false (ct_test_has_tie (x, "四川省/资阳市/安岳县", "四川省/资阳市/乐至县"));
}

static void
test_members_of_a_delegation (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2025-04-17\n"
    "由宜春、萍乡、新余三市负责人组成的宜春都市圈代表团当天抵达长沙,并举办宜春都市圈投资推介会。\n");
  CtGrouping *g;

  g_assert_cmpuint (x->groupings->len, ==, 1);
  g = g_ptr_array_index (x->groupings, 0);
  g_assert_cmpuint (g->members->len, ==, 3);
  g_assert_true (ct_test_has_tie (x, "江西省/新余市", "江西省/萍乡市"));
}

/* Places named in passing (the context, a destination, a dish) are not
 * places of the graph; two places said to work together are tied. */
static void
test_places_that_act (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2025-05-08\n"
    "作为湖南省对接大湾区的前沿,衡阳市与郴州市签署产业合作协议。两市还将联合赴深圳招商。\n"
    "永州市与桂林市深化合作,共同打造旅游线路。\n");

  g_assert_true (ct_test_has_place (x, "湖南省/衡阳市"));
  g_assert_false (ct_test_has_place (x, "湖南省"));
  g_assert_false (ct_test_has_place (x, "广东省/深圳市"));
  g_assert_true (ct_test_has_tie (x, "湖南省/永州市", "广西壮族自治区/桂林市"));
  g_assert_cmpuint (x->places->len, ==, 4);
}

/* Members said as those a grouping has (现有), adds (新增), was founded
 * by (由…共同发起) or who join it (入列); districts listed with another
 * of their city are known by short names. */
static void
test_members_said_otherwise (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2027-06-02\n"
    "豫东城市合作联盟现有商丘市、周口市、开封市3个成员。本次会议上,联盟新增驻马店市、漯河市两个成员。\n"
    "苏北运河合作区由淮安、宿迁、徐州等3市于2016年共同发起,合作不断深化。\n"
    "宁波市与舟山市签署合作协议。北仑、镇海、岱山、定海4个区县正式入列港航协作体。\n");
  CtGrouping *g;

  g_assert_cmpuint (x->groupings->len, ==, 3);
  g = g_ptr_array_index (x->groupings, 0);
  g_assert_cmpuint (g->members->len, ==, 5);
  g_assert_true (ct_test_has_tie (x, "河南省/漯河市", "河南省/商丘市"));
  g = g_ptr_array_index (x->groupings, 1);
  g_assert_cmpuint (g->members->len, ==, 3);
  g = grouping_named (x, "港航协作体");
  g_assert_true (g != NULL && g->members->len == 4);
  g_assert_true (ct_test_has_tie (x, "浙江省/宁波市/北仑区", "浙江省/舟山市/定海区"));
}

/* An observer alone at a grouping's meeting does not say that its members
 * stayed away; 一批合作协议 is many documents, not one */
static void
test_observers_and_batches (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2027-03-12\n"
    "豫西城市协同发展联盟的成员是洛阳、三门峡、平顶山。\n"
    "3月10日,豫西城市协同发展联盟第三次联席会议在洛阳市召开,会议签署了一批合作协议。济源市作为观察员派员列席。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 4);
  g_assert_true (ct_test_has_tie (x, "河南省/济源市", "河南省/平顶山市"));
  g_assert_cmpuint (x->agreements->len, ==, 0);
}

/* 户籍业务“跨城通办”合作协议: quotes inside an untitled agreement's name */
static void
test_quotes_in_untitled_agreements (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2027-04-20\n两市公安局签署户籍业务“跨城通办”合作协议,商丘市与周口市将互设窗口。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "户籍业务“跨城通办”合作协议");
}

/* A news round-up: its contents line and an item's heading say again what
 * the items say; a count in quotes is a byname; 冀津三县 are counties
 * that two provinces hold, not the provinces at work. */
static void
test_round_up (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "【新闻早班车】2027年11月17日　星期五\n"
    "今日导读:三县签署联防联控协议|承德迎来降雪|供热面积新增\n"
    "■ 天气　承德迎来降雪\n"
    "受冷空气影响,丰宁县、隆化县、围场县最低气温将降至零下20℃,请注意出行安全。\n"
    "■ 县域协作　“一脚踏三省”三县签署联防联控协议\n"
    "昨日,兴隆县、遵化市、蓟州区在兴隆县召开座谈会,三县签署《冀津三县毗邻地区联防联控协议》,共建监测平台。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "冀津三县毗邻地区联防联控协议");
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 3);
  g_assert_true (ct_test_has_tie (x, "天津市/蓟州区", "河北省/唐山市/遵化市"));
  g_assert_false (ct_test_has_place (x, "河北省/承德市/丰宁满族自治县"));
  g_assert_false (ct_test_has_tie (x, "天津市", "河北省"));
}

/* Minutes of a meeting: 出席: lists who came, 商定 a next meeting is a plan,
 * 城区 named once after its city is known bare; a trip 赴港 says where. */
static void
test_minutes (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2028-08-04\n"
    "2028年7月20日,太行城市合作联盟第二次联席会议在晋城市城区召开。会议商定,第三次联席会议于2029年在焦作市解放区召开。"
    "城区与济源市签署文旅合作协议。\n"
    "出席:晋城市人民政府市长,焦作市人民政府副市长,济源市人民政府副市长。\n"
    "上月,三市联合组团赴港,在湾仔会展中心举办太行经贸合作推介会。\n");

  g_assert_cmpuint (x->events->len, ==, 2);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  g_assert_false (ct_test_has_place (x, "河南省/焦作市/解放区"));
  g_assert_true (ct_test_has_tie (x, "山西省/晋城市/城区", "河南省/济源市"));
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 1)->place)->path, ==,
                   "香港特别行政区");
}

/* Members said on a line of their own (联盟单位:), as joining a name (将A、B
 * 纳入X协作区) or as roles before it (确立A为中心城市、B为节点城市，共同建设…);
 * 作为“龙头” says what a place is like, not what it is in. */
static void
test_members_before_and_below (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2029-01-02\n"
    "12月31日,大别山红色旅游联盟在峰会上揭牌成立。\n"
    "联盟单位:六安市、信阳市、黄冈市\n"
    "经两市协商,将霍邱县、固始县纳入淮河上游生态保护协作区。\n"
    "确立商丘为中心城市、周口和亳州为节点城市,共同建设豫皖平原城市协作区。\n"
    "上海作为“龙头”城市,与江苏、浙江两省共同推进长三角一体化。\n");

  g_assert_cmpuint (x->groupings->len, >=, 3);
  g_assert_true (ct_test_has_tie (x, "安徽省/六安市", "湖北省/黄冈市"));
  g_assert_true (ct_test_has_tie (x, "安徽省/六安市/霍邱县", "河南省/信阳市/固始县"));
  g_assert_true (ct_test_has_tie (x, "河南省/商丘市", "安徽省/亳州市"));
  g_assert_false (ct_test_has_tie (x, "上海市", "浙江省"));
}

/* A report's section on a past year dates its bare months in that year. */
static void
test_report_sections (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "政府工作报告(摘编)\n"
    "——2029年1月19日在省人民代表大会上\n"
    "一、2028年工作回顾\n"
    "3月,淮北宿州组团发展第一次联席会议在宿州市埇桥区召开,两市签署合作框架协议。\n"
    "二、2029年重点工作\n"
    "办好淮北宿州组团发展第二次联席会议。\n");
  g_autofree char *date = NULL;

  g_assert_cmpuint (x->events->len, ==, 1);
  date = ct_date_format (&event (x, 0)->start);
  g_assert_cmpstr (date, ==, "2028-03");
}

/* Provinces named as one (滇桂两省区) are the scene unless the clause says
 * they work together; a zone's name holds provinces its members lie in
 * (地跨A、B两市); 四市县 counts places of two levels. */
static void
test_provinces_as_scene (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2029-03-10\n"
    "滇桂两省区相关部门也表示,将在口岸建设方面给予支持。\n"
    "桂滇合作示范区地跨百色、文山两市,是沿边开放的新平台。\n"
    "川渝两省市携手推进成渝地区双城经济圈建设。\n"
    "示范区建设是推动渝鄂合作的具体行动。\n"
    "三亚市、陵水县、乐东县、保亭县签署合作协议。四市县旅游部门签署旅游市场联合执法协议。\n");

  g_assert_false (ct_test_has_tie (x, "云南省", "广西壮族自治区"));
  g_assert_false (ct_test_has_tie (x, "重庆市", "湖北省"));
  g_assert_true (ct_test_has_tie (x, "云南省/文山壮族苗族自治州", "广西壮族自治区/百色市"));
  g_assert_true (ct_test_has_tie (x, "四川省", "重庆市"));
  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_cmpuint (agreement (x, 1)->parties->len, ==, 4);
}

/* A founding told as A携手B、C组建联盟 after the name; a meeting named
 * …成立大会暨第一次联席会议 is one; 次日 is the day after; 七县区 are the
 * grouping of seven when no list of seven is near. */
static void
test_founded_together (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2029-05-17\n"
    "黄河晋陕段沿黄县区生态保护协作联盟成立大会暨第一次联席会议16日在山西省忻州市河曲县举行。"
    "河曲县携手保德县、偏关县以及陕西省榆林市府谷县、神木市组建联盟,五县市将在岸线保护等方面协作。\n"
    "会上,五县市共同签署《黄河晋陕段水污染联防联治协议》。\n"
    "次日,与会代表在府谷县召开生态旅游协作座谈会。\n");
  g_autofree char *date = NULL;
  CtGrouping *g;

  g_assert_cmpuint (x->groupings->len, ==, 1);
  g = g_ptr_array_index (x->groupings, 0);
  g_assert_cmpuint (g->members->len, ==, 5);
  g_assert_cmpuint (x->events->len, ==, 2);
  date = ct_date_format (&event (x, 1)->start);
  g_assert_cmpstr (date, ==, "2029-05-17");
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 5);
}

/* Founders said in the clause before the founding (…三县抱团，组建了…;
 * A与B结成伙伴，共同发起成立…), counties known by short names when counted
 * as counties; companies that found an alliance are not their places. */
static void
test_founders_before (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2029-10-20\n"
    "内黄、清丰、南乐三县更早抱团,组建了豫北特色农业产业协作联盟。\n"
    "曹妃甸区与乐亭县、秦皇岛市海港区结成港口协同发展伙伴,共同发起成立冀东沿海港口协同发展联盟。\n"
    "定襄法兰企业与太原装备制造企业组建产业联盟。\n");

  g_assert_true (ct_test_has_tie (x, "河南省/安阳市/内黄县", "河南省/濮阳市/南乐县"));
  g_assert_true (ct_test_has_tie (x, "河北省/唐山市/曹妃甸区", "河北省/秦皇岛市/海港区"));
  g_assert_false (ct_test_has_place (x, "山西省/忻州市/定襄县"));
}

/* Minutes whose meeting had no venue: 出席: at the foot lists who came to
 * it, not to the meeting named last; …结成X共同体 starts no name at a place */
static void
test_minutes_of_an_online_meeting (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2029-04-12\n"
    "4月10日下午,大别山文化旅游协作联盟2029年第一次理事会议以视频会议方式召开,各成员单位在本地设分会场参会。\n"
    "会上,金寨县与霍山县、英山县结成大别山红色旅游发展共同体。\n"
    "会后次日,罗田县与英山县在英山县召开毗邻景区联合营销对接会。\n"
    "出席:安徽省六安市金寨县、霍山县,湖北省黄冈市英山县、罗田县文化旅游部门负责同志\n");
  CtGrouping *g;

  g_assert_cmpuint (x->events->len, ==, 2);
  g_assert_cmpint (event (x, 0)->place, <, 0);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 4);
  g_assert_cmpuint (event (x, 1)->participants->len, ==, 2);
  g = g_ptr_array_index (x->groupings, x->groupings->len - 1);
  g_assert_cmpstr (g->name, ==, "大别山红色旅游发展共同体");
  g_assert_cmpuint (g->members->len, ==, 3);
}

/* 从 begins many a clause (从…起), yet not inside a place's name */
static void
test_boundary_inside_a_name (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2029-06-08\n上月下旬,代表团赴从江县考察,并在从江县举行澳门—从江产业合作对接会。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (event (x, 0)->title, ==, "澳门—从江产业合作对接会");
}

/* A year in review: each entry dated by a line of its own; a meeting put
 * off (原定…推迟) did not take place; a region's own meeting (全区…推进会)
 * is no cooperation; 扬泰临空 is 扬州 and 泰州 by an airport, not 临沂. */
static void
test_year_in_review (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "来源:某某日报　2029年12月30日\n"
    "2029年,都市圈合作一年间。本报按时间顺序梳理全年大事。\n"
    "◆7月18日\n"
    "衢州都市圈第一次联席会议在江山市召开,常山县、开化县、龙游县主要负责同志参加。\n"
    "◆9月\n"
    "原定在龙游县召开的衢州都市圈招商推介大会,推迟至2030年1月上旬举行。\n"
    "◆10月\n"
    "全区秋粮收购工作推进会在江山市召开,常山县作交流发言。\n"
    "扬泰临空经济示范区建设首次联席会议在扬州市江都区召开。\n");
  g_autofree char *date = NULL;

  g_assert_cmpuint (x->events->len, ==, 2);
  date = ct_date_format (&event (x, 0)->start);
  g_assert_cmpstr (date, ==, "2029-07-18");
  g_assert_false (ct_test_has_place (x, "山东省/临沂市"));
}

/* An interview: 续签 an agreement told before its full name (…（2030—2034年）)
 * is that one; 亭湖区（盐城市） says whose 亭湖区 is; 联席会议在洮北区召开 says
 * where the meeting named before was held. */
static void
test_renewal (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "来源:某某日报　2030年2月27日\n"
    "编者按:去年底,黑河市与江苏省宿迁市续签对口合作框架协议。2030年1月上旬,两市召开黑河市宿迁市对口合作第五次联席会议。\n"
    "问:新协议有哪些内容?\n"
    "答:2024年,两市签署了《黑河市宿迁市对口合作框架协议（2025—2029年）》。新签的《黑河市宿迁市对口合作框架协议（2030—2034年）》聚焦新能源。"
    "续签当天,宿城区（宿迁市）与爱辉区（黑河市）、宿豫区（宿迁市）与北安市（黑河市）分别签署了结对合作协议。\n"
    "问:联席会议有哪些成果?\n"
    "答:联席会议在爱辉区召开,两市主要负责同志出席。\n");
  CtAgreement *renewed = NULL;

  for (guint i = 0; i < x->agreements->len; i++)
    if (g_str_has_suffix (agreement (x, i)->title, "（2030—2034年）"))
      renewed = agreement (x, i);
  g_assert_nonnull (renewed);
  g_assert_cmpuint (renewed->parties->len, ==, 2);
  g_assert_cmpuint (x->agreements->len, ==, 4);
  g_assert_false (ct_test_has_tie (x, "江苏省/宿迁市/宿城区", "江苏省/宿迁市/宿豫区"));
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 0)->place)->path, ==,
                   "黑龙江省/黑河市/爱辉区");
}

/* …联盟2030年年会 names the alliance (the year's 年 is not 年会's); a
 * bare 联盟 that either of a renamed alliance's names may mean still takes
 * the places that join it. */
static void
test_renamed_alliance (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2030-03-22\n"
    "昨天,全国沿边口岸城市边贸合作联盟2030年年会在凭祥市举行。\n"
    "这个联盟原称“滇桂沿边口岸城市商贸合作联盟”,2026年由凭祥、东兴、瑞丽、河口等8个沿边县市共同发起。\n"
    "年会上,勐腊县、龙州县正式加入联盟,联盟成员增至10个。\n");
  CtGrouping *renamed = grouping_named (x, "全国沿边口岸城市边贸合作联盟");

  /* 凭祥, 瑞丽 (东兴 and 河口 are words too), 勐腊, 龙州 */
  g_assert_true (renamed != NULL && renamed->members->len == 4);
  g_assert_true (ct_test_has_tie (x, "云南省/西双版纳傣族自治州/勐腊县", "广西壮族自治区/崇左市/凭祥市"));
}

/* Founders of a grouping named by its last words (发起成立协作联盟), the
 * first of them a word as well as a county (通道); the provinces of the
 * name, in the meeting's title, are not its participants. */
static void
test_founded_by_short_name (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2030-07-22\n"
    "7月20日,湘黔桂三省坡侗族文化旅游协作联盟2030年年会在贵州省黎平县召开。\n"
    "前年,通道、黎平、三江三县发起成立协作联盟。\n");
  CtGrouping *g = grouping_named (x, "湘黔桂三省坡侗族文化旅游协作联盟");

  g_assert_true (g != NULL && g->members->len == 3);
  g_assert_true (ct_test_has_tie (x, "湖南省/怀化市/通道侗族自治县", "广西壮族自治区/柳州市/三江侗族自治县"));
  g_assert_false (ct_test_has_place (x, "湖南省"));
}

/* 出席会议的有： and a line for each attendee, with titles and names */
static void
test_attendees_listed_below (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "某某发布\n2030年11月16日 19:30 广东\n\n"
    "📍昨天（11月15日），赣粤客家文化生态保护协同发展联席会议在平远县召开。\n\n"
    "👥出席会议的有：\n赣州市副市长 江永红\n梅州市副市长 罗振华\n寻乌县县长 卢土楼\n平远县县长 张客运\n\n"
    "💬会议回顾了两市合作历程，会议一致认为，两年来合作成效明显，双方将在文化遗产保护、客家文化传承等方面深化合作。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 4);
  g_assert_true (ct_test_has_tie (x, "江西省/赣州市/寻乌县", "广东省/梅州市/平远县"));
}

/* 届时还将邀请…列席: guests of a meeting yet to be are no participants */
static void
test_guests_to_come (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2030-05-14\n"
    "5月13日,浙闽毗邻县协同发展联席会议第三次会议在寿宁县召开,泰顺县、寿宁县负责同志出席会议。"
    "第四次会议拟于明年在泰顺县举行,届时还将邀请柘荣县、文成县列席。\n");

  g_assert_false (ct_test_has_place (x, "福建省/宁德市/柘荣县"));
  g_assert_true (ct_test_has_tie (x, "浙江省/温州市/泰顺县", "福建省/宁德市/寿宁县"));
}

/* A post's #hashtags# around a venue */
static void
test_hashtag_venue (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2030-04-18\n【两县共护清水】4月17日,上下游毗邻县生态共保联席会议在#婺源县#召开,婺源县、开化县负责同志出席。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 0)->place)->path, ==,
                   "江西省/上饶市/婺源县");
}

/* Members in a table under 成员如下：, a row a line, provinces and cities in
 * columns of their own */
static void
test_members_in_a_table (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2030-03-29\n"
    "3月27日,乌江流域渝黔毗邻县生态保护协作联盟2030年第一次联席会议在重庆市酉阳县召开。\n\n"
    "该联盟由乌江干流流经的两省市5个县组成,成员如下:\n\n"
    "　省份　　　市　　　　成员县\n"
    "　重庆市　　　　　　　酉阳县　　彭水县\n"
    "　贵州省　　铜仁市　　沿河县　　思南县　　德江县\n\n"
    "会上,5个成员县共同签署了《乌江流域生态环境联防联治协议》。\n");
  CtGrouping *g = grouping_named (x, "乌江流域渝黔毗邻县生态保护协作联盟");

  g_assert_true (g != NULL && g->members->len == 5);
  g_assert_true (ct_test_has_tie (x, "重庆市/彭水苗族土家族自治县", "贵州省/铜仁市/德江县"));
  g_assert_false (ct_test_has_place (x, "贵州省/铜仁市"));
  /* the list's caption in a sentence of its own after the one naming the grouping */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2030-03-29\n会上,湘鄂赣茶产业联盟正式揭牌。成员单位名单如下:\n"
      "🔹安化县(黑茶)\n🔹赤壁市(青砖茶)\n🔹修水县(宁红茶)\n"
      "联盟将共建茶叶检测中心,推动三地茶企抱团开拓市场。\n");
    CtGrouping *h = grouping_named (y, "湘鄂赣茶产业联盟");

    g_assert_true (h != NULL && h->members->len == 3);
    g_assert_true (ct_test_has_tie (y, "湖南省/益阳市/安化县", "江西省/九江市/修水县"));
  }
}

static void
test_generic_division_names (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2024-03-01\n阳泉市与晋中市签署合作协议,两市中心城区将开通城际公交。阳泉市城区与榆次区签署对口协作协议。\n");

  /* 城区 is a division only right after its city */
  g_assert_true (ct_test_has_place (x, "山西省/阳泉市/城区"));
  g_assert_true (ct_test_has_place (x, "山西省/晋中市/榆次区"));
  g_assert_cmpuint (x->places->len, ==, 4);
}

/* A list of signings: each item names its parties before a colon, and is
 * signed at the meeting the report is of, title keyword or not; a 制度
 * is the document that sets a mechanism up, not the mechanism */
static void
test_signing_list (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-05-09\n"
    "5月8日,晋冀豫太行山区文旅协作联席会议在长治市召开。\n\n"
    "签约项目\n"
    "1. 壶关县 × 林州市:《太行大峡谷联合保护开发协议》\n"
    "2. 平顺县与涉县:《红色旅游线路共建合作备忘录》\n"
    "3. 长治市、安阳市、邯郸市:《太行山区文旅协作联席会议章程》\n\n"
    "数据\n"
    "4. 林州市与涉县:《太行山区旅游统计年报》\n");
  g_autofree char *date = NULL;

  g_assert_cmpuint (x->agreements->len, ==, 3);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 2);
  g_assert_cmpuint (agreement (x, 1)->parties->len, ==, 2);
  g_assert_cmpuint (agreement (x, 2)->parties->len, ==, 3);
  date = ct_date_format (&agreement (x, 2)->date);
  g_assert_cmpstr (date, ==, "2031-05-08");
  g_assert_true (ct_test_has_tie (x, "山西省/长治市/壶关县", "河南省/安阳市/林州市"));
  g_assert_true (ct_test_has_tie (x, "山西省/长治市/平顺县", "河北省/邯郸市/涉县"));
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2031-05-09\n5月8日,两市联席会议在赣州市召开。\n\n签约清单\n"
      "1. 赣州市 × 郴州市:《赣湘客家文化传承协同发展联席会议制度》\n");

    g_assert_cmpuint (y->groupings->len, ==, 0);
    g_assert_cmpuint (y->agreements->len, ==, 1);
    g_assert_false (ct_test_has_place (y, "江西省"));
  }
}

/* A province's abbreviation and a quarter (京东, 苏北) name a part of the
 * province, not two places; 兰 is no province's, and 兰西 is two cities */
static void
test_quarter_of_a_province (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-04-02\n4月1日,京东生态协作区联席会议在平谷区召开,平谷区、蓟州区负责同志出席。\n");
  g_autoptr(CtExtraction) y = ct_test_extract_text (
    "时间:2031-04-02\n4月1日,兰西城市群合作联席会议在西宁市召开。\n");

  g_assert_false (ct_test_has_place (x, "北京市"));
  g_assert_false (ct_test_has_place (x, "山东省/东营市"));
  g_assert_true (ct_test_has_tie (x, "北京市/平谷区", "天津市/蓟州区"));
  g_assert_true (ct_test_has_tie (y, "甘肃省/兰州市", "青海省/西宁市"));
}

/* 县（市、区） in a name is part of it; members to come are not members,
 * but 将A纳入 (把) has taken them in */
static void
test_members_to_come (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-06-02\n"
    "6月1日,洛阳都市圈毗邻县（市）文旅联盟成立大会在偃师区举行。洛阳市偃师区、宜阳县与郑州市巩义市、平顶山市汝州市共同发起成立该联盟。"
    "会议审议通过了《洛阳都市圈毗邻县（市）文旅联盟章程》,并将新安县纳入联盟。会议商定,明年将视情吸纳三门峡市渑池县加入联盟。\n");
  CtGrouping *g = grouping_named (x, "洛阳都市圈毗邻县（市）文旅联盟");

  g_assert_true (g != NULL && g->members->len == 5);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 5);
  g_assert_true (ct_test_has_tie (x, "河南省/洛阳市/新安县", "河南省/平顶山市/汝州市"));
  g_assert_false (ct_test_has_place (x, "河南省/三门峡市/渑池县"));
  /* joining the only alliance by its bare suffix (加入联盟); one weighed
   * (研究吸纳…加入) is not in */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2031-06-02\n6月1日,黄河几字弯城市文旅联盟年会在包头市召开。联盟由包头市、鄂尔多斯市、乌海市共同发起。"
      "本次年会审议同意巴彦淖尔市加入联盟。联盟还在研究吸纳阿拉善盟加入联盟。联盟积极邀请锡林郭勒盟加入联盟。\n");
    CtGrouping *h = grouping_named (y, "黄河几字弯城市文旅联盟");

    g_assert_true (h != NULL && h->members->len == 4);
    g_assert_true (ct_test_has_tie (y, "内蒙古自治区/巴彦淖尔市", "内蒙古自治区/包头市"));
    g_assert_false (ct_test_has_place (y, "内蒙古自治区/阿拉善盟"));
    g_assert_false (ct_test_has_place (y, "内蒙古自治区/锡林郭勒盟"));
  }
}

/* Hong Kong and Macao news: the 特区政府's officials attend for the
 * region; 两方签署 are those who met; a 合作安排 is an agreement */
static void
test_special_region_signs (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "時間:2031-07-02\n"
    "澳門與珠海香洲區口岸合作聯席會議昨日（1日）在香洲區舉行。特區政府運輸工務司司長、珠海市香洲區主要負責人出席會議。"
    "會上，兩方簽署《口岸通關便利化合作框架協議》。香洲區政府與特區政府旅遊局另簽署「香洲旅遊推廣合作安排」。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 2);
  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 2);
  g_assert_cmpuint (agreement (x, 1)->parties->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "澳门特别行政区", "广东省/珠海市/香洲区"));
}

/* …联席会议第二次会议: one meeting, the sitting of a body, not two */
static void
test_sitting_of_a_body (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-09-03\n9月2日,长株潭生态绿心保护联席会议第二次会议在湘潭市举行,长沙市、株洲市、湘潭市分管负责同志出席。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  /* and the body's rule of meeting (每年召开一次) is none of its sittings */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2031-09-03\n9月2日,长株潭生态绿心保护联席会议第二次会议在湘潭市举行。"
      "据悉,三市商定联席会议每年召开一次,第三次会议将于明年在株洲市召开。"
      "长沙市、株洲市、湘潭市约定每年轮流召开一次座谈会。\n");

    g_assert_cmpuint (y->events->len, ==, 1);
  }
}

/* 两市曾在…召开: a count holds a meeting; 这是两市…召开的首次联席会议
 * says the meeting told of again */
static void
test_count_holds_a_meeting (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-10-10\n"
    "10月9日,汉江生态经济带联席会议第一次会议在十堰市召开,十堰市、襄阳市负责同志出席。"
    "这是两市建立协作机制后召开的首次联席会议。今年5月,两市曾在襄阳市襄城区召开汉江水质联防预备会,商定了会议议程。\n");

  g_assert_cmpuint (x->events->len, ==, 2);
  g_assert_cmpuint (event (x, 1)->participants->len, ==, 2);
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 1)->place)->path, ==,
                   "湖北省/襄阳市/襄城区");
}

/* More ways of saying who is in a grouping: 包含; 由A牵头，联合B、C共同组建;
 * a name that starts with a quarter of a province (赣东北) */
static void
test_members_in_other_words (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-05-09\n5月8日,赣东北文旅联盟年会在上饶市召开。该联盟包含上饶市、景德镇市、鹰潭市三市。\n");
  g_autoptr(CtExtraction) y = ct_test_extract_text (
    "时间:2031-05-09\n5月8日,浙西南山区协作联盟联席会议在丽水市召开。联盟由丽水市牵头,联合衢州市、金华市共同组建。\n");
  CtGrouping *g = grouping_named (x, "赣东北文旅联盟"), *h = grouping_named (y, "浙西南山区协作联盟");

  g_assert_true (g != NULL && g->members->len == 3);
  g_assert_true (h != NULL && h->members->len == 3);
  g_assert_true (ct_test_has_tie (y, "浙江省/衢州市", "浙江省/丽水市"));
  /* a name no place starts (鄱阳湖…), then 成员城市有 further on in the sentence */
  {
    g_autoptr(CtExtraction) z = ct_test_extract_text (
      "时间:2031-05-09\n鄱阳湖生态经济区是江西重要的区域发展平台,成员城市有南昌、九江、上饶三市,抚州市东乡区也纳入规划范围。\n");
    CtGrouping *k = grouping_named (z, "鄱阳湖生态经济区");

    g_assert_true (k != NULL && k->members->len == 4);
  }
  /* its members in parentheses after it, past a short label */
  {
    g_autoptr(CtExtraction) z = ct_test_extract_text (
      "时间:2034-05-09\n5月8日,武汉都市圈“1+8”城市(武汉、黄石、鄂州、黄冈、孝感、咸宁、仙桃、天门、潜江)在武汉召开协同发展工作推进会。\n");
    CtGrouping *k = grouping_named (z, "武汉都市圈");

    g_assert_true (k != NULL && k->members->len == 9);
  }
  /* who built it, said in so many words, outweighs a contraction in its name */
  {
    g_autoptr(CtExtraction) z = ct_test_extract_text (
      "时间:2031-05-09\n穗韶港产业特别合作区由广州市和韶关市共同建设,目前已引进项目30个。\n");

    g_assert_true (ct_test_has_tie (z, "广东省/广州市", "广东省/韶关市"));
    g_assert_false (ct_test_has_place (z, "香港特别行政区"));
  }
}

/* …协同发展工作会: a 工作会 is a meeting like a 工作会议 */
static void
test_work_meeting (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-05-09\n昨天,长春市、吉林市在长春市南关区联合召开长吉一体化协同发展工作会,两市主要负责同志出席会议。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 2);
  /* 与 between two places is inside a meeting's name */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2034-05-09\n5月8日,房山区与涿州市协同发展推进会在涿州市召开。\n");

    g_assert_cmpuint (y->events->len, ==, 1);
    g_assert_cmpuint (event (y, 0)->participants->len, ==, 2);
  }
}

/* A signing to come is no agreement yet; one 已签署 is; one body's plan is none */
static void
test_signing_to_come (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2031-05-09\n贵州省与广东省计划明年签署新一轮东西部协作协议。遵义市与佛山市将于下月签署《遵佛产业协作框架协议》。\n");
  g_autoptr(CtExtraction) y = ct_test_extract_text (
    "时间:2031-05-09\n5月8日,遵义市与佛山市召开座谈会,两市将按照已签署的《遵佛产业协作框架协议》推进合作。\n");

  g_assert_cmpuint (x->agreements->len, ==, 0);
  g_assert_cmpuint (x->places->len, ==, 0);
  g_assert_cmpuint (y->agreements->len, ==, 1);
  /* nor is a meeting one may attend (可以联合参加…博览会) */
  {
    g_autoptr(CtExtraction) w = ct_test_extract_text (
      "时间:2034-06-13\n他说:“现在三地抱团,可以联合参加景德镇国际陶瓷博览会这样的大展会。”\n");

    g_assert_cmpuint (w->events->len, ==, 0);
  }
  /* nor is one body's plan, issued alone */
  {
    g_autoptr(CtExtraction) z = ct_test_extract_text (
      "时间:2033-05-16\n近日,省人民政府印发《湖南省西部生态发展区高质量发展规划(2033—2040年)》,支持怀化、湘西建设区域中心城市。\n");

    g_assert_cmpuint (z->agreements->len, ==, 0);
  }
}

/* An interview: 在我们X召开 says where; 我们 is no party, but a title that
 * starts with two places names them; 签了 signs; a question tells nothing */
static void
test_interview_turns (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-08-27\n"
    "记者：会上签了哪些协议？\n"
    "市长：去年9月，十堰·南阳水源区协作第一次联席会议在我们张湾区召开，十堰市和河南省南阳市的主要负责同志都参加了。"
    "前年，我们和南阳市签署了《十堰市南阳市水源保护合作框架协议》。上个月，郧阳区和淅川县签了生态补偿合作协议。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), event (x, 0)->place)->path, ==,
                   "湖北省/十堰市/张湾区");
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 2);
  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "湖北省/十堰市/郧阳区", "河南省/南阳市/淅川县"));
}

/* 四州市: a count of prefectures and cities together */
static void
test_count_of_prefectures_and_cities (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-10-21\n10月20日,滇西文旅协作联席会议在大理市召开,大理州、楚雄州、丽江市负责同志出席。"
    "会上,三州市文化和旅游局签署了文旅合作协议。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 3);
}

/* 轮流在宁镇两地举行: a contraction after 在 says where, not who works together */
static void
test_contraction_as_where (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2033-03-02\n3月1日,南京市江宁区与镇江市句容市召开毗邻地区合作联席会议,今后会议每年轮流在宁镇两地举行。\n");

  g_assert_true (ct_test_has_tie (x, "江苏省/南京市/江宁区", "江苏省/镇江市/句容市"));
  g_assert_false (ct_test_has_tie (x, "江苏省/南京市", "江苏省/镇江市"));
}

/* A table of signings, a row a line: the cell naming an agreement is its
 * title, the places in the other cells its parties, unless a company signs */
static void
test_table_of_signings (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2033-04-21\n4月20日,荆门—荆州协同发展联席会议在荆州市召开。\n"
    "会上举行了项目集中签约,具体如下:\n"
    "序号　　项目名称　　签约双方　　类别\n"
    "1　　荆门荆州协同发展合作框架协议　　荆门市人民政府　　荆州市人民政府　　政府间\n"
    "2　　钟祥江陵毗邻地区合作协议　　钟祥市人民政府　　江陵县人民政府　　政府间\n"
    "3　　农产品冷链合作协议　　荆门某某物流有限公司　　荆州某某农业有限公司　　企业间\n"
    "会议还明确了下一步重点工作。\n");
  g_autofree char *date = NULL;

  g_assert_cmpuint (x->agreements->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "湖北省/荆门市/钟祥市", "湖北省/荆州市/江陵县"));
  date = ct_date_format (&agreement (x, 1)->date);
  g_assert_cmpstr (date, ==, "2033-04-20");
}

/* A festival two cities hold together is a meeting of theirs; one city's
 * own is not; the series (自2031年起…) is no sitting; 湘鄂两省毗邻地区 is land */
static void
test_festival_held_together (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2033-11-07\n11月5日至6日,由九江市人民政府、黄冈市人民政府联合主办的第二届九江·黄冈文化旅游节在九江市举行。"
    "九江·黄冈文化旅游节自2032年起由两市联合举办,已成为赣鄂两省毗邻地区文旅合作的品牌活动。\n");
  g_autoptr(CtExtraction) y = ct_test_extract_text (
    "时间:2033-04-11\n4月10日,第五十届洛阳牡丹文化节在洛阳市开幕,来自长沙、武汉的游客纷纷前来赏花。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 2);
  g_assert_false (ct_test_has_place (x, "江西省"));
  g_assert_cmpuint (y->events->len, ==, 0);
  g_assert_cmpuint (y->places->len, ==, 0);
}

/* A paper's byline: 香港商报 is a paper, 记者…广州报道 where the reporter
 * wrote from; 江门、阳江两市…联席会议 is one name */
static void
test_byline_places (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "香港商报　2033年9月22日\n"
    "【香港商报讯】记者何嘉欣广州报道:肇庆、云浮两市协同发展联席会议昨(21)日在云浮市召开,两市市长出席会议。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_nonnull (strstr (event (x, 0)->title, "肇庆、云浮两市"));
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 2);
  g_assert_false (ct_test_has_place (x, "广东省/广州市"));
  g_assert_false (ct_test_has_place (x, "香港特别行政区"));
}

/* Those who sign an alliance's charter (签署联盟章程) sign an agreement,
 * and 签署 ends no name; a contraction of provinces before 共同 acts */
static void
test_charter_and_joint_signers (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2034-05-09\n5月8日,北部湾城市群文旅联盟成立,南宁、北海、钦州、防城港四市和海口、湛江两市文旅部门共同签署联盟章程。\n");
  g_autoptr(CtExtraction) y = ct_test_extract_text (
    "时间:2034-05-09\n5月8日,泛珠三角区域合作座谈会在广州举行,粤桂琼共同签署《北部湾港口群协同发展规划》。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 6);
  for (guint i = 0; i < x->groupings->len; i++)
    g_assert_null (strstr (((CtGrouping *) g_ptr_array_index (x->groupings, i))->name, "签署"));
  g_assert_cmpuint (y->agreements->len, ==, 1);
  g_assert_cmpuint (agreement (y, 0)->parties->len, ==, 3);
}

/* A namesake with no parent named is the one next door to the sentence's
 * other places (鼓楼区 beside 台江区 is 福州's; 通州区 beside 三河市 北京's),
 * or to one of theirs */
static void
test_namesakes_by_the_map (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2034-05-09\n5月8日,鼓楼区与台江区签署合作协议。同日,通州区与三河市签署合作协议。\n"
    "次日,朝阳区与通州区签署合作协议。\n");

  g_assert_true (ct_test_has_tie (x, "福建省/福州市/鼓楼区", "福建省/福州市/台江区"));
  g_assert_true (ct_test_has_tie (x, "北京市/通州区", "河北省/廊坊市/三河市"));
  /* a short name whose full form the text gives is that one */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2034-08-29\n华容—石首跨江协作联席会议召开\n8月28日,华容—石首跨江协作联席会议在华容县召开,湖北省荆州市石首市负责同志出席。\n");

    g_assert_false (ct_test_has_place (y, "湖北省/鄂州市/华容区"));
    g_assert_true (ct_test_has_place (y, "湖南省/岳阳市/华容县"));
  }
  /* two namesakes, each next door to one of the other's */
  g_assert_true (ct_test_has_tie (x, "北京市/朝阳区", "北京市/通州区"));
}

/* An untitled agreement with a note in parentheses in its name */
static void
test_untitled_with_a_note (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2034-07-07\n7月6日,嘉善县与青浦区签署了太浦河（汾湖—金泽段）联合巡河护河协议,两地河长将每月联合巡查。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "太浦河（汾湖—金泽段）联合巡河护河协议");
}

/* A round-up's contents and item headings sum up what the items tell in
 * full: no second agreement or meeting */
static void
test_round_up_headings (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2036-06-15\n"
    "本期导读:淮阴宿城签署产业协作协议;淮阴宿城召开文旅协作联席会议。\n\n"
    "• 淮阴宿城签署产业协作协议\n"
    "6月11日,淮安市淮阴区与宿迁市宿城区签署《淮阴宿城食品产业链协作协议》。\n\n"
    "• 淮阴宿城召开文旅协作联席会议\n"
    "6月10日,淮阴宿城文旅协作第一次联席会议在淮安市淮阴区召开,淮阴区和宿城区负责同志出席会议。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpuint (x->events->len, ==, 1);
}

static void
test_members_in_so_many_words (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2025-07-16\n"
    "7月15日,中欧陆海快线沿线城市合作联盟2025年大会在宁波市举行。联盟成立于2022年,首批成员为宁波、温州、台州。"
    "本次大会上,金华市、衢州市正式加入,联盟成员增至5个。\n"
    "长株潭都市圈由长沙、株洲、湘潭三市组成,是继武汉都市圈之后又一个获批的都市圈。\n");
  CtGrouping *alliance = NULL, *metro = NULL;

  for (guint i = 0; i < x->groupings->len; i++)
    {
      CtGrouping *g = g_ptr_array_index (x->groupings, i);

      if (g_str_has_suffix (g->name, "联盟"))
        alliance = g;
      else if (g_str_equal (g->name, "长株潭都市圈"))
        metro = g;
    }
  /* named by its meeting though no place starts its name; 首批成员为…, …正式加入 */
  g_assert_nonnull (alliance);
  g_assert_cmpstr (alliance->name, ==, "中欧陆海快线沿线城市合作联盟");
  g_assert_cmpuint (alliance->members->len, ==, 5);
  g_assert_true (ct_test_has_tie (x, "浙江省/衢州市", "浙江省/温州市"));
  g_assert_cmpuint (x->groupings->len, ==, 3);   /* and 武汉都市圈 */
  /* …联盟第一次联盟大会: the ordinal belongs to the meeting, not to a second name */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text ("时间:2024-01-02\n杭州都市圈城市联盟第一次联盟大会在杭州举行。\n");

    for (guint i = 0; i < y->groupings->len; i++)
      g_assert_null (strstr (((CtGrouping *) g_ptr_array_index (y->groupings, i))->name, "第"));
  }
  /* 由…组成 belongs to the grouping named before it, not to one named after */
  g_assert_nonnull (metro);
  g_assert_cmpuint (metro->members->len, ==, 3);
  g_assert_false (ct_test_has_tie (x, "湖北省/武汉市", "湖南省/长沙市"));
}

/* groupings no place starts, defined where the text says who is in them */
static void
test_groupings_defined_in_words (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2026-03-06\n"
    "日前,闽西北山区协作第三次联席会议在三明市召开。闽西北山区协作联盟成立于2022年,成员包括南平市、三明市、龙岩市。"
    "会议审议通过《闽西北山区协作2026年工作要点》,3个成员市共同签署《山区县医保协作协议》。\n"
    "其中,北向拓展带由虹桥出发,串联起上海市长宁区、嘉定区和昆山、太仓等地;南向拓展带由虹桥向西南延伸,串联起上海市闵行区、松江区和平湖、海宁。\n");
  CtGrouping *alliance = grouping_named (x, "闽西北山区协作联盟");
  CtGrouping *north = grouping_named (x, "北向拓展带"), *south = grouping_named (x, "南向拓展带");

  /* …联盟成立于…，成员包括…; its meeting and plan by the name without 联盟 */
  g_assert_nonnull (alliance);
  g_assert_cmpuint (alliance->members->len, ==, 3);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 3);
  /* 3个成员市共同签署: the members of the grouping of three */
  g_assert_cmpuint (agreement (x, 1)->parties->len, ==, 3);
  /* 由 is no digit: the corridors are defined by what follows them, each up to the next */
  g_assert_nonnull (north);
  g_assert_nonnull (south);
  g_assert_cmpuint (north->members->len, ==, 4);
  g_assert_cmpuint (south->members->len, ==, 4);
  g_assert_false (ct_test_has_tie (x, "上海市/长宁区", "浙江省/嘉兴市/平湖市"));
  /* a cue past the clause says what a thing is like, not who is in it */
  {
    g_autoptr(CtExtraction) y = ct_test_extract_text (
      "时间:2026-03-06\n这是南平、三明两市牵头组建的协作共同体,也是首个以山区县为主体的平台。\n");

    g_assert_null (grouping_named (y, "协作共同体"));
  }
}

/* 主动融入X都市圈: a goal of the subject's, not the city in the name at work */
static void
test_grouping_aimed_at (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-03-05\n"
    "3月4日,资阳市雁江区与眉山市东坡区签署《雁江东坡文旅合作协议》。两区将主动融入成都都市圈建设,积极对接重庆都市圈。\n");

  g_assert_true (ct_test_has_tie (x, "四川省/资阳市/雁江区", "四川省/眉山市/东坡区"));
  g_assert_false (ct_test_has_place (x, "四川省/成都市"));
  g_assert_false (ct_test_has_place (x, "重庆市"));
  g_assert_cmpuint (x->ties->len, ==, 1);
}

/* A contraction inside a title names the document, not who acts; one
 * before a word of degree and a cooperation word (全域同城化) acts. */
static void
test_contraction_in_a_title (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-05-10\n"
    "5月9日,洛阳市孟津区与焦作市孟州市签署《洛焦同城化先行区共建协议》,双方将推动沿黄产业协同。"
    "南京市江宁区与马鞍山市博望区同日签署合作协议,推动宁马全域同城化。\n");

  g_assert_true (ct_test_has_tie (x, "河南省/洛阳市/孟津县", "河南省/焦作市/孟州市"));
  g_assert_false (ct_test_has_place (x, "河南省/洛阳市"));
  g_assert_false (ct_test_has_place (x, "河南省/焦作市"));
  g_assert_true (ct_test_has_tie (x, "江苏省/南京市", "安徽省/马鞍山市"));
  g_assert_cmpuint (x->ties->len, ==, 3);
}

/* A metro's name before two of its parts names their own meeting: the
 * parts are not its members, and they, not its members, attend.  A zone
 * named after one place (江苏自贸试验区) has it as its home, not a member. */
static void
test_mechanism_inside_a_metro (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-07-02\n"
    "7月1日,南京都市圈浦口来安协同发展第一次联席会议在来安县召开。浦口区、来安县党政主要负责同志出席会议,"
    "两地发展改革部门负责同志参加。按照规划,南京都市圈涵盖南京市和安徽省滁州市、马鞍山市。"
    "会后,双方人员考察了江苏自贸试验区南京片区。\n");
  CtGrouping *g = grouping_named (x, "南京都市圈");

  g_assert_true (g != NULL && g->members->len == 3);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "江苏省/南京市/浦口区", "安徽省/滁州市/来安县"));
  g_assert_true (ct_test_has_tie (x, "江苏省/南京市", "安徽省/马鞍山市"));
  g_assert_false (ct_test_has_tie (x, "江苏省/南京市/浦口区", "安徽省/马鞍山市"));
  g_assert_false (ct_test_has_place (x, "江苏省"));
  g_assert_cmpuint (x->ties->len, ==, 4);
}

/* 这也是…签署的第一份…协议 tells again the agreement just told */
static void
test_agreement_told_again (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-08-02\n"
    "8月1日,铜仁市松桃苗族自治县与湘西州花垣县签署边区旅游合作协议。这也是松桃与湖南方面签署的第一份县级合作协议。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_false (ct_test_has_place (x, "湖南省"));
  g_assert_cmpuint (x->ties->len, ==, 1);
}

/* Who holds an office of an alliance, or leads it, is a member beside its
 * own counties */
static void
test_members_who_lead (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-08-02\n"
    "8月1日,“北部湾东岸城市合作联盟”在北海市成立。联盟轮值主席单位为北海市,副主席单位为湛江市,"
    "其余成员包括钦州市、防城港市及湛江市廉江市。\n");
  g_autoptr(CtExtraction) y = ct_test_extract_text (
    "时间:2032-08-02\n"
    "8月1日,桂南文旅联盟揭牌,该联盟由南宁市牵头,南宁市横县、崇左市江州区共同参与组建。\n");
  CtGrouping *g = grouping_named (x, "北部湾东岸城市合作联盟");
  CtGrouping *h = grouping_named (y, "桂南文旅联盟");

  g_assert_true (g != NULL && g->members->len == 5);
  g_assert_true (ct_test_has_tie (x, "广东省/湛江市", "广西壮族自治区/北海市"));
  g_assert_true (ct_test_has_tie (x, "广东省/湛江市", "广西壮族自治区/钦州市"));
  g_assert_true (h != NULL && h->members->len == 3);
  g_assert_true (ct_test_has_tie (y, "广西壮族自治区/南宁市", "广西壮族自治区/崇左市/江州区"));
}

/* A headline shortens a name to some of its words (产业协作示范带): the one
 * grouping, joined there by those the body says joined */
static void
test_short_form_in_a_headline (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "坪山、惠阳正式入列产业协作示范带\n"
    "时间:2032-09-02\n"
    "9月1日,第二届深惠产业协同发展大会在惠阳区举行。深惠产业协作创新示范带2030年设立时,原有龙岗区、惠城区2个成员;"
    "本次大会上,坪山区、惠阳区正式入列,成员总数达到4个。\n");
  CtGrouping *g = grouping_named (x, "深惠产业协作创新示范带");

  g_assert_cmpuint (x->groupings->len, ==, 1);
  g_assert_true (g != NULL && g->members->len == 4);
  g_assert_true (ct_test_has_tie (x, "广东省/深圳市/龙岗区", "广东省/惠州市/惠阳区"));
}

/* Minutes with spaced labels (出　席：) and a line for each who came; the
 * body the meeting is a sitting of (联席会议由…组成) is a mechanism; a room
 * is no meeting, nor the next sitting, set after the minutes were issued */
static void
test_minutes_with_spaced_labels (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "湘粤边界县域生态共保联席会议第二次会议纪要\n"
    "时　间：2032年6月18日\n"
    "地　点：连州市人民政府第一会议室\n"
    "出　席：张国华　连州市人民政府副市长\n"
    "　　　　李建明　江华瑶族自治县人民政府副县长\n"
    "　　　　王志强　宜章县人民政府副县长\n"
    "列　席：湖南省生态环境厅有关负责同志\n"
    "记　录：赵丽\n"
    "　　湘粤边界县域生态共保联席会议由连州市、江华瑶族自治县、宜章县人民政府组成。\n"
    "　　2032年6月18日，湘粤边界县域生态共保联席会议第二次会议在连州市召开。现将议定事项纪要如下：\n"
    "　　一、会议审议通过《湘粤边界县域生态共保联席会议2032年工作要点》。\n"
    "　　二、联席会议第三次会议于2033年在宜章县召开。届时邀请临武县有关负责同志列席。\n"
    "连州市人民政府办公室　　2032年6月21日印发\n");
  CtGrouping *g = grouping_named (x, "湘粤边界县域生态共保联席会议");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (event (x, 0)->title, ==, "湘粤边界县域生态共保联席会议第二次会议");
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 4);
  g_assert_true (g != NULL && g->kind == CT_GROUPING_MECHANISM && g->members->len == 3);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 3);
  g_assert_false (ct_test_has_place (x, "湖南省/郴州市/临武县"));
  g_assert_true (ct_test_has_tie (x, "广东省/清远市/连州市", "湖南省/郴州市/宜章县"));
}

/* A question names a meeting in passing; the answer tells it */
static void
test_question_holds_no_meeting (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-09-16\n"
    "昨天,锦州市与葫芦岛市签署战略合作框架协议。\n"
    "锦州日报记者:\n"
    "　　问:今年3月两市召开过一次联席会议,当时确定的事项现在进展如何?\n"
    "　　答:今年3月28日,锦葫协同发展第一次市长联席会议在锦州市召开,两市市长出席。\n");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (event (x, 0)->title, ==, "锦葫协同发展第一次市长联席会议");
}

/* One holder, and no other venue said: held at home */
static void
test_held_at_home (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-07-10\n"
    "上月下旬,佛山市南海区举办了消费帮扶展销会,凉山州昭觉县组织12家企业参加。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "广东省/佛山市/南海区");
  g_assert_true (ct_test_has_tie (x, "广东省/佛山市/南海区", "四川省/凉山彝族自治州/昭觉县"));
}

/* 两州 counts autonomous prefectures; 西北 before a count is a direction;
 * 并签署 is signed by the subject of the clause before */
static void
test_prefectures_counted (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "滇西北两州共建旅游环线\n"
    "时间:2032-05-10\n"
    "会议期间,迪庆州、怒江州签署《迪庆州怒江州旅游环线共建协议》,两州应急管理部门签署地质灾害联防联控协议。"
    "会上,大理州与丽江市签署《大丽旅游一体化行动计划》,并签署旅游客源互送合作协议。\n");

  g_assert_cmpuint (x->agreements->len, ==, 4);
  g_assert_cmpuint (agreement (x, 1)->parties->len, ==, 2);
  g_assert_cmpuint (agreement (x, 3)->parties->len, ==, 2);
  g_assert_cmpuint (x->places->len, ==, 4);
  g_assert_cmpuint (x->ties->len, ==, 2);
}

/* A与B建立对口合作关系: a relation established is a tie */
static void
test_relation_established (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-05-10\n"
    "自2018年长沙市与深圳市建立对口合作关系以来,两地累计实施合作项目20个。\n");

  g_assert_true (ct_test_has_tie (x, "湖南省/长沙市", "广东省/深圳市"));
}

/* The rows of a members' list end where prose goes on below them */
static void
test_list_rows_end_at_prose (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-06-11\n"
    "6月11日,汉江流域文旅联盟成立大会在汉中市召开。\n"
    "联盟由汉江沿线四地共同发起成立,成员名单如下:\n"
    "陕西省汉中市\n"
    "陕西省安康市\n"
    "湖北省十堰市\n"
    "湖北省襄阳市\n"
    "据介绍,汉江发源于陕西省宁强县,在武汉市汇入长江。\n"
    "下一步,联盟将邀请河南省南阳市加入。\n");
  CtGrouping *g = grouping_named (x, "汉江流域文旅联盟");

  g_assert_true (g != NULL && g->members->len == 4);
  g_assert_false (ct_test_has_place (x, "湖北省/武汉市"));
  g_assert_cmpuint (x->ties->len, ==, 6);
}

/* A Hong Kong paper's own bureaus act for Hong Kong (本港); a venue may be
 * a building named for a place, a part of town first (灣仔香港會議展覽中心) */
static void
test_home_bureaus (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "晨曦日報　2032年7月9日　星期五\n\n"
    "【本報訊】大灣區長者服務交流會昨（8）日在灣仔香港會議展覽中心舉行。勞工及福利局局長，以及中山、珠海兩市民政局負責人出席。"
    "會上，勞工及福利局與中山市人民政府簽署《跨境安老服務合作安排》，本港長者日後可在中山指定院舍安老。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "香港特别行政区");
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 2);
  g_assert_true (ct_test_has_tie (x, "香港特别行政区", "广东省/中山市"));
}

/* 湘赣两地8个县市区共同签署: the second count is of the signers, the first
 * says where they are; a count may be of more than nine */
static void
test_count_within_a_count (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-05-13\n"
    "5月12日,湘赣跨省通办合作推进会在醴陵市召开。株洲市醴陵市、攸县、茶陵县、炎陵县、渌口区和萍乡市湘东区、上栗县、芦溪县、"
    "莲花县、安源区等10个县市区政务服务部门负责同志参加会议。会上,湘赣两地十个县市区共同签署《湘赣跨省通办合作协议》。\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 10);
  g_assert_false (ct_test_has_place (x, "湖南省"));
  g_assert_false (ct_test_has_place (x, "江西省"));
}

/* 全省…和…推进会 is one province's own business, though 和 cut its name */
static void
test_own_business_before_and (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-06-23\n"
    "6月21日至22日,全省淮河流域生态保护和高质量发展推进会在信阳市召开,沿淮各市分管负责同志参加会议。"
    "推进会结束后,固始县与安徽省六安市霍邱县在固始县签署《固始霍邱淮河湿地联合保护协议》。\n");

  g_assert_cmpuint (x->events->len, ==, 0);
  g_assert_false (ct_test_has_place (x, "河南省/信阳市"));
  g_assert_true (ct_test_has_tie (x, "河南省/信阳市/固始县", "安徽省/六安市/霍邱县"));
}

/* The text of an agreement itself: a heading broken over lines names it,
 * 甲方 and 乙方 who sign it, its signing date when it took effect */
static void
test_agreement_text_itself (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "安阳市人民政府 邯郸市人民政府\n"
    "战略合作框架协议\n"
    "\n"
    "甲方：安阳市人民政府\n"
    "乙方：邯郸市人民政府\n"
    "\n"
    "为推动豫冀毗邻地区协同发展，甲乙双方本着优势互补、互利共赢的原则，经友好协商，达成如下协议。\n"
    "第一条　双方共同推进漳河流域生态保护，建立跨界断面水质联合监测制度。\n"
    "第二条　本协议一式四份，甲乙双方各执两份。\n"
    "\n"
    "签订日期：2032年3月18日\n");
  g_autofree char *date = NULL;

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "安阳市人民政府邯郸市人民政府战略合作框架协议");
  date = ct_date_format (&agreement (x, 0)->date);
  g_assert_cmpstr (date, ==, "2032-03-18");
  g_assert_true (ct_test_has_tie (x, "河南省/安阳市", "河北省/邯郸市"));
}

/* 局长今日在西安出席…交流会: the meeting was where those who attended were */
static void
test_venue_of_attendance (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-06-14\n"
    "成都市文化广电旅游局局长今日在西安出席“蓉陕文化旅游交流会”,并与西安市文化和旅游局签署合作备忘录。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "陕西省/西安市");
}

/* A charter says 本联盟 of its own alliance */
static void
test_charter_names_itself (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "武陵山区文旅协作联盟章程\n"
    "\n"
    "第一条　本联盟名称为“武陵山区文旅协作联盟”。\n"
    "第二条　本联盟由湖南省张家界市永定区、湖北省恩施州来凤县和重庆市酉阳县共同发起成立，是自愿结成的区域合作组织。\n"
    "第三条　本章程经2032年5月10日在永定区召开的武陵山区文旅协作联盟第一次理事会议审议通过，自通过之日起施行。\n");
  CtGrouping *g = grouping_named (x, "武陵山区文旅协作联盟");
  g_autofree char *date = NULL;
  g_autofree char *published = ct_date_format (&x->published);

  g_assert_true (g != NULL && g->members->len == 3);
  g_assert_true (ct_test_has_tie (x, "湖南省/张家界市/永定区", "重庆市/酉阳土家族苗族自治县"));
  /* and it is an agreement of theirs, adopted on its own date */
  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "武陵山区文旅协作联盟章程");
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 3);
  date = ct_date_format (&agreement (x, 0)->date);
  g_assert_cmpstr (date, ==, "2032-05-10");
  g_assert_cmpstr (published, ==, "2032-05-10");
}

/* A notice that issues a plan: the plan was adopted at a meeting (《…》已经
 * …会议审议通过), its tasks (签署《…》，4月底前完成签约) are for later, and the
 * office of the body (联席会议办公室) is no meeting */
static void
test_plan_issued (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "汉江生态经济带联席会议办公室文件\n"
    "\n"
    "关于印发《汉江生态经济带2032年工作要点》的通知\n"
    "\n"
    "《汉江生态经济带2032年工作要点》已经2032年2月21日在十堰市召开的汉江生态经济带党政联席会议第二次会议审议通过，"
    "十堰市、襄阳市、汉中市党政主要负责同志出席会议。现印发给你们，请认真抓好落实。\n"
    "\n"
    "汉江生态经济带联席会议办公室\n"
    "2032年2月24日\n"
    "\n"
    "1．签署《汉江十堰襄阳段跨界水污染联防联控协议》，2032年4月底前完成签约。\n"
    "牵头单位：十堰市生态环境局\n");

  g_assert_cmpuint (x->agreements->len, ==, 1);
  g_assert_cmpstr (agreement (x, 0)->title, ==, "汉江生态经济带2032年工作要点");
  g_assert_cmpuint (agreement (x, 0)->parties->len, ==, 3);
  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpstr (event (x, 0)->title, ==, "汉江生态经济带党政联席会议第二次会议");
}

/* Namesakes abroad: 韩国平昌郡 is not 平昌县, 越南广宁省 not 广宁县, 兴安省
 * not 兴安盟, 台南市永康区 (named again alone) not 永康市; companies 来自台湾
 * are not Taiwan acting, nor a 工业会's deal a place's */
static void
test_foreign_namesakes (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-06-17\n"
    "6月16日,国际友城合作大会在石家庄市举行。石家庄市与韩国江原道平昌郡签署友好交流备忘录,唐山市与越南广宁省签署经贸合作意向书,"
    "张家口市与越南兴安省签署旅游合作备忘录。会上,石家庄市与唐山市签署《石唐港口物流合作协议》。"
    "来自台湾的约300家企业参会。台南市永康区工业会与唐山市人民政府签署「五金产业对接备忘录」,永康区以五金产业闻名。"
    "石家庄市还与韩国庆尚南道晋州市签署《石家庄市与晋州市缔结友好城市关系协议书》。"
    "延边朝鲜族自治州延吉市与唐山市签署港口合作协议。\n");

  g_assert_false (ct_test_has_place (x, "四川省/巴中市/平昌县"));
  g_assert_false (ct_test_has_place (x, "广东省/肇庆市/广宁县"));
  g_assert_false (ct_test_has_place (x, "内蒙古自治区/兴安盟"));
  g_assert_false (ct_test_has_place (x, "浙江省/金华市/永康市"));
  g_assert_false (ct_test_has_place (x, "台湾省"));
  g_assert_false (ct_test_has_place (x, "河北省/石家庄市/晋州市"));
  g_assert_true (ct_test_has_tie (x, "河北省/石家庄市", "河北省/唐山市"));
  /* 朝鲜族 is a people: 延吉市 there is China's */
  g_assert_true (ct_test_has_tie (x, "吉林省/延边朝鲜族自治州/延吉市", "河北省/唐山市"));
  g_assert_cmpuint (x->ties->len, ==, 2);
  for (guint i = 0; i < x->agreements->len; i++)
    g_assert_cmpstr (agreement (x, i)->title, !=, "五金产业对接备忘录");
}

/* Bonds told without a document or a meeting: 对口帮扶, 合作共建 (after a
 * year), 互派干部, 携手 (with the partner's city first); not one that ended,
 * nor one planned, nor a headline's shorthand */
static void
test_bonds_between_places (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "京津结对情谊深\n"
    "时间:2032-07-12\n"
    "天津市河西区对口帮扶隆化县,至今已有二十年。由天津市南开区与平泉市于2030年合作共建的食用菌产业园已入驻企业29家。"
    "2030年起,长兴县与旺苍县互派干部挂职。颍州区携手上海市金山区开通农产品直供专线。"
    "宽城满族自治县曾与天津市红桥区结对帮扶,2030年结对期满后,两地的帮扶关系终止。"
    "浙江省对口援建青川县,2011年援建任务完成后,这一援建关系随之结束。"
    "围场满族蒙古族自治县拟与北京市大兴区建立结对关系。\n");

  g_assert_true (ct_test_has_tie (x, "天津市/河西区", "河北省/承德市/隆化县"));
  g_assert_true (ct_test_has_tie (x, "天津市/南开区", "河北省/承德市/平泉市"));
  g_assert_true (ct_test_has_tie (x, "浙江省/湖州市/长兴县", "四川省/广元市/旺苍县"));
  g_assert_true (ct_test_has_tie (x, "安徽省/阜阳市/颍州区", "上海市/金山区"));
  g_assert_false (ct_test_has_tie (x, "浙江省", "四川省/广元市/青川县"));
  g_assert_false (ct_test_has_tie (x, "北京市", "天津市"));
  g_assert_cmpuint (x->ties->len, ==, 4);
}

/* 三地共同发起成立…联盟: the places counted found it; one 有意加入 is not in;
 * provinces' 两地…合作持续升温 is the scene, not a deed */
static void
test_founders_counted (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-04-16\n"
    "北京市延庆区、河北省张家口市赤城县和承德市丰宁满族自治县15日在延庆区召开冀北山区文旅协作联席会议。"
    "三地共同发起成立冀北山区文旅联盟。近年来,京冀两地文旅和产业合作持续升温。北京市怀柔区也表示有意加入联盟。\n");
  CtGrouping *g = grouping_named (x, "冀北山区文旅联盟");

  g_assert_true (g != NULL && g->members->len == 3);
  g_assert_false (ct_test_has_place (x, "北京市/怀柔区"));
  g_assert_false (ct_test_has_tie (x, "北京市", "河北省"));
  g_assert_cmpuint (x->ties->len, ==, 3);
}

/* …，并与澳门特区政府经济及科技发展局签署…协议: the subject of the clause
 * before signs with the partner here, and 澳门特区政府 is Macao's, while
 * 特区政府 alone is the paper's own; an event held 在湾仔会展中心 is held in
 * Hong Kong, not at its holder's home */
static void
test_partner_clause (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "大公報　2032年6月8日\n\n"
    "【大公報訊】佛山市顺德区昨日（7日）在灣仔會展中心舉辦投資合作推介會，特區政府投資推廣署署長出席。"
    "會上，顺德区人民政府與特區政府投資推廣署簽署《顺德—香港投資推廣合作備忘錄》，本港企業可以顺德為跳板。"
    "今年3月，顺德区已在澳門舉辦首場推介會，並與澳門特區政府經濟及科技發展局簽署了會展業合作協議。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_assert_true (ct_test_has_tie (x, "广东省/佛山市/顺德区", "澳门特别行政区"));
  g_assert_true (ct_test_has_tie (x, "广东省/佛山市/顺德区", "香港特别行政区"));
  g_assert_false (ct_test_has_tie (x, "香港特别行政区", "澳门特别行政区"));
  /* 灣仔 is a part of Hong Kong no gazetteer holds: its hall is the paper's own region */
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "香港特别行政区");
}

/* A TV report: the reporter says where she is, the meeting is held 在这里,
 * its attendees named in the same sentence before anything says where;
 * 三市 counts county-level cities; 四个滨海县 describes counties; 表达加入
 * 意愿 is a wish */
static void
test_tv_report (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "吉林新闻联播　2032年12月13日\n\n"
    "记者：我现在是在桦甸市的会议中心。今天上午，牡吉延粮食产业协作大会在这里召开，黑龙江省牡丹江市海林市、吉林省吉林市桦甸市和延边州敦化市三市的负责同志参加了会议。"
    "会上，三市签署了《牡吉延粮食产业协同发展协议》，并共同发起成立牡吉延粮食产业联盟。这三个市与四个滨海县的做法不同。"
    "同属吉林市的蛟河市也表达加入意愿。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();
  CtGrouping *g = grouping_named (x, "牡吉延粮食产业联盟");

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "吉林省/吉林市/桦甸市");
  g_assert_true (g != NULL && g->members->len == 3);
  g_assert_false (ct_test_has_place (x, "江苏省/盐城市/滨海县"));
  g_assert_false (ct_test_has_place (x, "吉林省/吉林市/蛟河市"));
  g_assert_cmpuint (x->ties->len, ==, 3);
}

/* 也表达了加入联盟的意愿 is a wish; 大清河 is a river, not 清河; a province
 * that 推进郑开同城化 promotes a topic, not the two cities' deed */
static void
test_wishes_rivers_topics (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "时间:2032-09-13\n"
    "13日,西青区、文安县、霸州市在西青区共同签署《大清河流域产业协作框架协议》,并宣布成立大清河产业协作联盟。"
    "据悉,廊坊市大城县也表达了加入联盟的意愿。河南正大力推进郑开同城化和中原城市群建设。\n");

  g_assert_false (ct_test_has_place (x, "河北省/廊坊市/大城县"));
  g_assert_false (ct_test_has_place (x, "河北省/邢台市/清河县"));
  g_assert_false (ct_test_has_tie (x, "河南省/郑州市", "河南省/开封市"));
  g_assert_cmpuint (x->ties->len, ==, 3);
}

/* A meeting by video: named first, then its main hall's place and who
 * attended at the two halls, in the sentences after */
static void
test_meeting_by_video (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "2032-05-22 20:16\n"
    "昨天下午，沱江中游生态共治联席会议召开。会议以视频连线方式进行，主会场设在内江市市中区，分会场设在自贡市富顺县。"
    "内江市市中区区长，资阳市安岳县县长，自贡市富顺县县长分别在两个会场出席会议并发言。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "四川省/内江市/市中区");
  g_assert_cmpuint (event (x, 0)->participants->len, ==, 3);
}

/* 在开江县宝石湖畔的县会议中心举行: the place, then where in it */
static void
test_venue_described (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text (
    "发布时间：2032年04月26日\n"
    "25日上午，渝东北文旅融合发展座谈会在城口县九重山下的县会议中心举行。重庆市城口县、四川省达州市万源市文旅部门参加座谈。\n");
  CtGazetteer *gazetteer = ct_gazetteer_get_default ();

  g_assert_cmpuint (x->events->len, ==, 1);
  g_assert_cmpint (event (x, 0)->place, >=, 0);
  g_assert_cmpstr (ct_gazetteer_get_division (gazetteer, event (x, 0)->place)->path, ==, "重庆市/城口县");
}

/* How many places a count counts: 十二个, 二十三个, 12个; not 三四个 (three
 * or four), nor the 二 inside 十二; after 统一 a count still counts */
static void
test_count_words (void)
{
  static const struct { const char *text; gsize at; gint value; } cases[] = {
    { "十二个区县", 0, 12 }, { "二十三个城市", 0, 23 }, { "12个区县", 0, 12 }, { "两地", 0, 2 }, { "十市", 0, 10 },
    { "三四个城市", 0, 0 }, { "十二个区县", 1, 0 }, { "12个区县", 1, 0 }, { "统一两地", 2, 2 }, { "三", 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      glong n;
      g_autofree gunichar *chars = g_utf8_to_ucs4_fast (cases[i].text, -1, &n);
      gsize after = 0;

      g_assert_cmpint (ct_count_word_value (chars, n, cases[i].at, &after), ==, cases[i].value);
    }
}

/* A text may end in a count or a short name: nothing reads past its end */
static void
test_text_ends_early (void)
{
  g_autoptr(CtExtraction) x = ct_test_extract_text ("时间:2032-05-10\n九江市与黄冈市签署了三");
  g_autoptr(CtDocument) doc = ct_test_document_from_text ("时间:2032-05-10\n九江市与黄冈市签署合作协议,会议在南昌");
  g_autoptr(GArray) mentions = ct_places_find (ct_gazetteer_get_default (), doc);
  const CtPlaceMention *last = &g_array_index (mentions, CtPlaceMention, mentions->len - 1);

  g_assert_nonnull (x);
  g_assert_cmpstr (ct_gazetteer_get_division (ct_gazetteer_get_default (), last->division)->path, ==, "江西省/南昌市");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extractor/signed-agreement", test_signed_agreement);
  g_test_add_func ("/extractor/groupings-defined-in-words", test_groupings_defined_in_words);
  g_test_add_func ("/extractor/drafting-is-not-signing", test_drafting_is_not_signing);
  g_test_add_func ("/extractor/count-resolves-to-list", test_count_resolves_to_list);
  g_test_add_func ("/extractor/event-venue-and-range", test_event_venue_and_range);
  g_test_add_func ("/extractor/future-event-dropped", test_future_event_dropped);
  g_test_add_func ("/extractor/companies-are-not-actors", test_companies_are_not_actors);
  g_test_add_func ("/extractor/grouping-members", test_grouping_members);
  g_test_add_func ("/extractor/dateline-place-and-organisers", test_dateline_place_and_organisers);
  g_test_add_func ("/extractor/contraction-in-grouping-name", test_contraction_in_grouping_name);
  g_test_add_func ("/extractor/region-name-with-count", test_region_name_with_count);
  g_test_add_func ("/extractor/respective-agreements", test_respective_agreements);
  g_test_add_func ("/extractor/same-untitled-title-other-parties", test_same_untitled_title_other_parties);
  g_test_add_func ("/extractor/count-of-listed-agreements", test_count_of_listed_agreements);
  g_test_add_func ("/extractor/event-venue-and-people", test_event_venue_and_people);
  g_test_add_func ("/extractor/planned-venue-is-not-a-place", test_planned_venue_is_not_a_place);
  g_test_add_func ("/extractor/hong-kong-and-taiwan-style", test_hong_kong_and_taiwan_style);
  g_test_add_func ("/extractor/attendees-and-observers", test_attendees_and_observers);
  g_test_add_func ("/extractor/members-of-a-delegation", test_members_of_a_delegation);
  g_test_add_func ("/extractor/generic-division-names", test_generic_division_names);
  g_test_add_func ("/extractor/places-that-act", test_places_that_act);
  g_test_add_func ("/extractor/members-said-otherwise", test_members_said_otherwise);
  g_test_add_func ("/extractor/observers-and-batches", test_observers_and_batches);
  g_test_add_func ("/extractor/quotes-in-untitled-agreements", test_quotes_in_untitled_agreements);
  g_test_add_func ("/extractor/round-up", test_round_up);
  g_test_add_func ("/extractor/minutes", test_minutes);
  g_test_add_func ("/extractor/members-before-and-below", test_members_before_and_below);
  g_test_add_func ("/extractor/report-sections", test_report_sections);
  g_test_add_func ("/extractor/provinces-as-scene", test_provinces_as_scene);
  g_test_add_func ("/extractor/founded-together", test_founded_together);
  g_test_add_func ("/extractor/founders-before", test_founders_before);
  g_test_add_func ("/extractor/minutes-of-an-online-meeting", test_minutes_of_an_online_meeting);
  g_test_add_func ("/extractor/boundary-inside-a-name", test_boundary_inside_a_name);
  g_test_add_func ("/extractor/year-in-review", test_year_in_review);
  g_test_add_func ("/extractor/renewal", test_renewal);
  g_test_add_func ("/extractor/renamed-alliance", test_renamed_alliance);
  g_test_add_func ("/extractor/founded-by-short-name", test_founded_by_short_name);
  g_test_add_func ("/extractor/attendees-listed-below", test_attendees_listed_below);
  g_test_add_func ("/extractor/guests-to-come", test_guests_to_come);
  g_test_add_func ("/extractor/members-in-a-table", test_members_in_a_table);
  g_test_add_func ("/extractor/hashtag-venue", test_hashtag_venue);
  g_test_add_func ("/extractor/members-in-so-many-words", test_members_in_so_many_words);
  g_test_add_func ("/extractor/signing-list", test_signing_list);
  g_test_add_func ("/extractor/quarter-of-a-province", test_quarter_of_a_province);
  g_test_add_func ("/extractor/members-to-come", test_members_to_come);
  g_test_add_func ("/extractor/special-region-signs", test_special_region_signs);
  g_test_add_func ("/extractor/sitting-of-a-body", test_sitting_of_a_body);
  g_test_add_func ("/extractor/count-holds-a-meeting", test_count_holds_a_meeting);
  g_test_add_func ("/extractor/members-in-other-words", test_members_in_other_words);
  g_test_add_func ("/extractor/work-meeting", test_work_meeting);
  g_test_add_func ("/extractor/signing-to-come", test_signing_to_come);
  g_test_add_func ("/extractor/interview-turns", test_interview_turns);
  g_test_add_func ("/extractor/count-of-prefectures-and-cities", test_count_of_prefectures_and_cities);
  g_test_add_func ("/extractor/contraction-as-where", test_contraction_as_where);
  g_test_add_func ("/extractor/table-of-signings", test_table_of_signings);
  g_test_add_func ("/extractor/festival-held-together", test_festival_held_together);
  g_test_add_func ("/extractor/byline-places", test_byline_places);
  g_test_add_func ("/extractor/charter-and-joint-signers", test_charter_and_joint_signers);
  g_test_add_func ("/extractor/namesakes-by-the-map", test_namesakes_by_the_map);
  g_test_add_func ("/extractor/untitled-with-a-note", test_untitled_with_a_note);
  g_test_add_func ("/extractor/round-up-headings", test_round_up_headings);
  g_test_add_func ("/extractor/grouping-aimed-at", test_grouping_aimed_at);
  g_test_add_func ("/extractor/contraction-in-a-title", test_contraction_in_a_title);
  g_test_add_func ("/extractor/mechanism-inside-a-metro", test_mechanism_inside_a_metro);
  g_test_add_func ("/extractor/agreement-told-again", test_agreement_told_again);
  g_test_add_func ("/extractor/members-who-lead", test_members_who_lead);
  g_test_add_func ("/extractor/short-form-in-a-headline", test_short_form_in_a_headline);
  g_test_add_func ("/extractor/minutes-with-spaced-labels", test_minutes_with_spaced_labels);
  g_test_add_func ("/extractor/question-holds-no-meeting", test_question_holds_no_meeting);
  g_test_add_func ("/extractor/held-at-home", test_held_at_home);
  g_test_add_func ("/extractor/prefectures-counted", test_prefectures_counted);
  g_test_add_func ("/extractor/relation-established", test_relation_established);
  g_test_add_func ("/extractor/list-rows-end-at-prose", test_list_rows_end_at_prose);
  g_test_add_func ("/extractor/home-bureaus", test_home_bureaus);
  g_test_add_func ("/extractor/count-within-a-count", test_count_within_a_count);
  g_test_add_func ("/extractor/own-business-before-and", test_own_business_before_and);
  g_test_add_func ("/extractor/agreement-text-itself", test_agreement_text_itself);
  g_test_add_func ("/extractor/venue-of-attendance", test_venue_of_attendance);
  g_test_add_func ("/extractor/charter-names-itself", test_charter_names_itself);
  g_test_add_func ("/extractor/plan-issued", test_plan_issued);
  g_test_add_func ("/extractor/foreign-namesakes", test_foreign_namesakes);
  g_test_add_func ("/extractor/bonds-between-places", test_bonds_between_places);
  g_test_add_func ("/extractor/founders-counted", test_founders_counted);
  g_test_add_func ("/extractor/partner-clause", test_partner_clause);
  g_test_add_func ("/extractor/tv-report", test_tv_report);
  g_test_add_func ("/extractor/wishes-rivers-topics", test_wishes_rivers_topics);
  g_test_add_func ("/extractor/meeting-by-video", test_meeting_by_video);
  g_test_add_func ("/extractor/venue-described", test_venue_described);
  g_test_add_func ("/extractor/count-words", test_count_words);
  g_test_add_func ("/extractor/text-ends-early", test_text_ends_early);
  return g_test_run ();
}
