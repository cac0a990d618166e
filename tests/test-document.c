/* test-document.c: the article body is found, site boilerplate dropped, the date read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "ct-test-util.h"

static CtDocument *
load_seed (const char *name)
{
  g_autofree char *path = ct_test_source_path ("data", "corpus", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CtDocument *doc = ct_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

/* Text of the title and body lines only. */
static char *
content_of (CtDocument *doc)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < doc->lines->len; i++)
    {
      const CtLine *line = &g_array_index (doc->lines, CtLine, i);

      if (line->kind == CT_LINE_BODY || line->kind == CT_LINE_TITLE)
        {
          g_autofree char *text = ct_document_get_slice (doc, line->start, line->end);
          g_string_append_printf (out, "%s\n", text);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_related_news_dropped (void)
{
  g_autoptr(CtDocument) doc = load_seed ("000_a300883a23d6a1ec.txt");
  g_autofree char *content = content_of (doc);

  g_assert_nonnull (strstr (content, "七个中心城区签署战略合作协议"));
  g_assert_nonnull (strstr (content, "43项合作任务"));
  /* everything under 最新相关 is other articles */
  g_assert_null (strstr (content, "最新相关"));
  g_assert_null (strstr (content, "安钢股份"));
  g_assert_null (strstr (content, "昌九高铁"));
  g_assert_null (strstr (content, "钢材77资讯网"));
  g_assert_cmpstr (doc->title, ==, "5大方面、43项合作,长三角主要城市中心城区谱写一体化发展新路径");
}

static void
test_lists_and_footers_dropped (void)
{
  g_autoptr(CtDocument) doc2 = load_seed ("002_45de342918c548f4.txt");
  g_autoptr(CtDocument) doc3 = load_seed ("003_d2f71756915d3599.txt");
  g_autoptr(CtDocument) doc4 = load_seed ("004_e0a6c29f7289a2c5.txt");
  g_autofree char *c2 = content_of (doc2);
  g_autofree char *c3 = content_of (doc3);
  g_autofree char *c4 = content_of (doc4);

  g_assert_null (strstr (c2, "专家讲堂"));
  g_assert_null (strstr (c2, "版权所有"));
  g_assert_null (strstr (c2, "当前位置"));
  g_assert_nonnull (strstr (c2, "三省一市的技术市场网上平台"));
  g_assert_null (strstr (c3, "猜你喜欢"));
  g_assert_null (strstr (c3, "来源: 中国网"));
  g_assert_null (strstr (c3, "责任编辑"));
  g_assert_null (strstr (c4, "标讯查询服务"));
  g_assert_null (strstr (c4, "咨询热线"));
  g_assert_nonnull (strstr (c4, "签署《沿沪宁产业创新带加强协同创新备忘录》"));
  g_assert_cmpstr (doc4->title, ==, "2024镇江(上海)长三角一体化发展合作恳谈会在沪举行");
}

static void
test_publication_dates (void)
{
  const struct { const char *name; const char *date; } expected[] = {
    { "000_a300883a23d6a1ec.txt", NULL },          /* states none */
    { "001_3873d8454603a5b7.txt", "2024-07-29" },  /* dateline 7月29日讯, year from the body */
    { "002_45de342918c548f4.txt", "2020-06-09" },  /* 时间:2020-06-09 */
    { "003_d2f71756915d3599.txt", "2022-08-18" },  /* header timestamp, not the 8月17日 dateline */
    { "004_e0a6c29f7289a2c5.txt", "2024-09-25" },  /* header date */
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CtDocument) doc = load_seed (expected[i].name);
      g_autofree char *date = ct_date_format (&doc->published);

      g_assert_cmpstr (date, ==, expected[i].date);
    }
}

static void
test_url_date (void)
{
  g_autoptr(CtDocument) doc = ct_test_document_from_text (
    "两市签署合作协议\n双方将在交通、产业、生态等领域深化合作,推动区域协同发展迈上新台阶。\n"
    "原文链接 http://www.example.gov.cn/news/202409/abc.shtml\n");
  g_autofree char *date = ct_date_format (&doc->published);

  g_assert_cmpstr (date, ==, "2024-09");
}

/* A date among short fields of a header line (also under a subtitle), or at the foot of an official document */
static void
test_dated_fields (void)
{
  const struct { const char *text; const char *date; } cases[] = {
    { "【访谈】两地抱团发展正当时\n\n某某新闻网　2028年12月8日　　记者：张三\n\n"
      "编者按:本周三,两市签署合作协议,推动区域协同发展迈上新台阶。\n", "2028-12-08" },
    { "【新闻早班车】2028年11月17日　星期五\n来源：某某广播电视台\n\n"
      "■ 区域合作　两市签署合作协议,推动区域协同发展迈上新台阶,三方将共同推进。\n", "2028-11-17" },
    /* under a subtitle */
    { "酒嘉区域协同发展第三次联席会议在肃州区召开\n两市签署交通、文旅等领域合作协议\n\n2032-06-18 09:42　来源：酒泉日报\n\n"
      "本报讯　6月17日,酒嘉区域协同发展第三次联席会议在酒泉市肃州区召开。\n", "2032-06-18" },
    { "两市合作联席会议纪要\n\n会议认为,两市在交通、产业、生态等领域深化合作,推动区域协同发展迈上新台阶。\n\n"
      "某某市人民政府办公室　　　　2028年8月4日印发\n", "2028-08-04" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CtDocument) doc = ct_test_document_from_text (cases[i].text);
      g_autofree char *date = ct_date_format (&doc->published);

      g_assert_cmpstr (date, ==, cases[i].date);
    }
}

/* A short closing sentence is the article's, a short editor's line is not */
static void
test_short_closing_sentence (void)
{
  g_autoptr(CtDocument) doc = ct_test_document_from_text (
    "两市签署合作协议\n时间:2034-03-05\n3月4日,徐州市与淮北市签署《徐淮合作协议》。\n"
    "宿州市随后加入协作。\n责任编辑:刘洋\n");
  g_autofree char *content = content_of (doc);

  g_assert_nonnull (strstr (content, "宿州市随后加入协作。"));
  g_assert_null (strstr (content, "责任编辑"));
}

/* An interview's subtitle (——访…) is not its title, even when longer */
static void
test_subtitle (void)
{
  g_autoptr(CtDocument) doc = ct_test_document_from_text (
    "【访谈】两地抱团发展正当时\n——访某某市发展和改革委员会主任张三\n\n"
    "编者按:本周三,两市签署合作协议,推动区域协同发展迈上新台阶,记者专访了有关负责人。\n");

  g_assert_cmpstr (doc->title, ==, "【访谈】两地抱团发展正当时");
}

/* A WeChat post's boxes of emoji-led items do not cut its article in two,
 * and its first paragraph is not taken for the headline */
static void
test_post_items (void)
{
  g_autoptr(CtDocument) doc = ct_test_document_from_text (
    "某某发布\n2029年11月22日 20:16 云南\n\n📣官宣！飞地产业园开园啦\n\n"
    "昨天,两市飞地经济合作第二次联席会议在保山市隆阳区召开,飞地产业园同日正式开园,两地负责同志出席会议。\n\n"
    "━━━━━━━━━━━━\n🏭【园区名片】\n📍地点:保山市隆阳区(距城区约15公里)\n🤝共建方:隆阳区+泸水市+兰坪县\n"
    "📐规划面积:12.6平方公里\n💰利益分享:税收按五五分成\n🚚区位:高速直达边境口岸\n━━━━━━━━━━━━\n\n"
    "🏢【首批入园企业】\n🔸 某某咖啡有限公司(咖啡精深加工)\n🔸 某某香料产业公司(草果精油)\n"
    "🔸 某某有色金属新材料公司(锌基新材料)\n\n📌【划重点】\n"
    "✅ 园区由隆阳区负责开发建设和日常管理,泸水市、兰坪县负责项目引进和劳动力组织,实行统一规划和分工协作。\n"
    "✅ 本月上旬,两地联合赴昆明举办招商推介会,现场签约项目11个,总投资42亿元,涉及咖啡、香料和新材料产业。\n"
    "✅ 园区将瞄准南亚东南亚市场,明年计划联合开展经贸交流,把高山峡谷里的特色产品卖出去。\n");
  gboolean meeting = FALSE, park = FALSE;

  g_assert_cmpstr (doc->title, ==, "📣官宣！飞地产业园开园啦");
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const CtSentence *sentence = &g_array_index (doc->sentences, CtSentence, i);
      g_autofree char *text = ct_document_get_slice (doc, sentence->start, sentence->end);

      meeting |= g_str_has_prefix (text, "昨天");
      park |= strstr (text, "共建方") != NULL;
    }
  /* the paragraph above the box, and the box, are the article */
  g_assert_true (meeting);
  g_assert_true (park);
}

/* A text hard-wrapped at a fixed width, as a PDF turned to text is, flows
 * again: a name cut by a line break is whole; items, headings and lines of
 * other texts are left as they were. */
static void
test_hard_wraps (void)
{
  g_autoptr(CtDocument) wrapped = ct_test_document_from_text (
    "运河沿线县域协作工作简报\n\n"
    "8月28日，豫鲁运河沿线县域发展联盟第四次联席会议在山东省德州\n"
    "市武城县召开。故城县县长刘运平、武城县县长孙德明、清河县副县\n"
    "长马建国、临西县副县长高志远、夏津县副县长王春华、临清市副市\n"
    "长赵卫东出席会议，衡水市、德州市发展改革委有关负责同志列席会\n"
    "议。\n\n"
    "一、联盟基本情况\n"
    "联盟成立于前年，由大运河卫运河段两岸的6个县（市）组成，成员名\n"
    "单如下：\n");
  g_autoptr(CtDocument) plain = ct_test_document_from_text (
    "两市签署合作协议\n"
    "8月28日，两市在德州市召开联席会议，双方签署了合作协议。\n"
    "会议认为，两市在交通、产业、生态等领域深化合作成效明显。\n");

  g_assert_nonnull (strstr (wrapped->text, "在山东省德州市武城县召开。"));
  g_assert_nonnull (strstr (wrapped->text, "列席会议。\n\n一、联盟基本情况\n联盟成立于"));
  g_assert_nonnull (strstr (wrapped->text, "成员名单如下："));
  g_assert_cmpstr (plain->text, ==, "两市签署合作协议\n8月28日，两市在德州市召开联席会议，双方签署了合作协议。\n"
                                    "会议认为，两市在交通、产业、生态等领域深化合作成效明显。\n");
}

static void
test_sentences_keep_offsets (void)
{
  const char *text = "標題行\n第一句在這裡,說明兩地合作。第二句?第三句!\n";
  g_autoptr(CtDocument) doc = ct_test_document_from_text (text);

  g_assert_cmpuint (doc->sentences->len, >=, 3);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const CtSentence *s = &g_array_index (doc->sentences, CtSentence, i);
      g_autofree char *slice = ct_document_get_slice (doc, s->start, s->end);

      /* offsets point into the original (traditional) text */
      g_assert_nonnull (strstr (text, slice));
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/related-news-dropped", test_related_news_dropped);
  g_test_add_func ("/document/lists-and-footers-dropped", test_lists_and_footers_dropped);
  g_test_add_func ("/document/publication-dates", test_publication_dates);
  g_test_add_func ("/document/url-date", test_url_date);
  g_test_add_func ("/document/dated-fields", test_dated_fields);
  g_test_add_func ("/document/subtitle", test_subtitle);
  g_test_add_func ("/document/short-closing-sentence", test_short_closing_sentence);
  g_test_add_func ("/document/post-items", test_post_items);
  g_test_add_func ("/document/hard-wraps", test_hard_wraps);
  g_test_add_func ("/document/sentences-keep-offsets", test_sentences_keep_offsets);
  return g_test_run ();
}
