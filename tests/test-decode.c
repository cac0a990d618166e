/* test-decode.c: each encoding decodes; what is not text is refused with a reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "ct-decode.h"
#include "ct-document.h"
#include "ct-html.h"

static const char *simplified =
  "镇江市政府与上海市普陀区政府签署《沿沪宁产业创新带加强协同创新备忘录》,两地将在文旅、医疗、科创等领域深化合作。";
static const char *traditional =
  "粵港澳大灣區城市代表在廣州舉行聯席會議,香港與深圳簽署合作備忘錄,雙方將在金融、科技、醫療等領域深化合作。";

static char *
decode_as (const char *utf8, const char *charset, const char **encoding, GError **error)
{
  gsize n = 0;
  g_autofree char *bytes = g_convert (utf8, -1, charset, "UTF-8", NULL, &n, NULL);

  g_assert_nonnull (bytes);
  return ct_decode ((const guint8 *) bytes, n, NULL, encoding, error);
}

static void
test_utf8 (void)
{
  const char *encoding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bom = g_strconcat ("\xef\xbb\xbf", simplified, NULL);
  g_autofree char *plain = ct_decode ((const guint8 *) simplified, strlen (simplified), NULL, &encoding, &error);
  g_autofree char *with_bom = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, simplified);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  with_bom = ct_decode ((const guint8 *) bom, strlen (bom), NULL, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (with_bom, ==, simplified);
}

static void
test_utf16 (void)
{
  const char *boms[] = { "UTF-16LE", "UTF-16BE" };

  for (guint i = 0; i < 2; i++)
    {
      gsize n = 0;
      g_autofree char *body = g_convert (simplified, -1, boms[i], "UTF-8", NULL, &n, NULL);
      g_autofree guint8 *bytes = g_malloc (n + 2);
      g_autoptr(GError) error = NULL;
      const char *encoding = NULL;
      g_autofree char *text = NULL;

      bytes[0] = i == 0 ? 0xff : 0xfe;
      bytes[1] = i == 0 ? 0xfe : 0xff;
      memcpy (bytes + 2, body, n);
      text = ct_decode (bytes, n + 2, NULL, &encoding, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, simplified);
      g_assert_cmpstr (encoding, ==, boms[i]);
    }
}

static void
test_gb18030 (void)
{
  const char *encoding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = decode_as (simplified, "GB18030", &encoding, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, simplified);
  g_assert_cmpstr (encoding, ==, "GB18030");
}

static void
test_big5 (void)
{
  const char *encoding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = decode_as (traditional, "BIG5", &encoding, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, traditional);
  g_assert_cmpstr (encoding, ==, "BIG5");
}

static void
expect_refusal (const guint8 *data, gsize size, CtDecodeError code, const char *reason_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ct_decode (data, size, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, CT_DECODE_ERROR, (gint) code);
  g_assert_nonnull (strstr (error->message, reason_part));
}

static void
test_refusals (void)
{
  static const guint8 pdf[] = "%PDF-1.7\n1 0 obj";
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13 };
  static const guint8 latin1[] = "Caf\xe9 cr\xe8me br\xfbl\xe9" "e, d\xe9j\xe0 vu \xe0 la fa\xe7on";
  g_autofree guint8 *huge = g_malloc0 (CT_DECODE_MAX_SIZE + 1);

  expect_refusal ((const guint8 *) "", 0, CT_DECODE_ERROR_EMPTY, "empty");
  expect_refusal ((const guint8 *) " \n\t\n", 4, CT_DECODE_ERROR_EMPTY, "empty");
  expect_refusal (pdf, sizeof pdf - 1, CT_DECODE_ERROR_BINARY, "PDF");
  expect_refusal (png, sizeof png, CT_DECODE_ERROR_BINARY, "PNG");
  expect_refusal ((const guint8 *) "abc\0def", 7, CT_DECODE_ERROR_BINARY, "binary");
  expect_refusal (latin1, sizeof latin1 - 1, CT_DECODE_ERROR_UNKNOWN_ENCODING, "unknown encoding");
  expect_refusal (huge, CT_DECODE_MAX_SIZE + 1, CT_DECODE_ERROR_TOO_LARGE, "too large");
}

static void
test_html (void)
{
  const char *page =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>站点名</title>"
    "<meta name=\"publishdate\" content=\"2023-05-12\"><style>p{color:red}</style>"
    "<script>var city='北京';</script></head><body>"
    "<nav><a href='/'>首页</a> <a href='/a'>天津新闻</a></nav>"
    "<ul class=\"menu\"><li><a href='/b'>河北频道</a></li></ul>"
    "<div class=\"article\"><h1>京津冀三地签署协同发展协议</h1>"
    "<p>5月11日,北京、天津、河北三地在廊坊签署合作协议,推动区域协同发展取得新成效。</p></div>"
    "<div class=\"related\"><a href='/c'>石家庄新闻</a></div>"
    "<footer>版权所有 某某网</footer></body></html>";
  g_autofree char *published = NULL;
  g_autofree char *text = ct_html_to_text (page, &published);

  g_assert_true (ct_html_sniff ("page.html", page));
  g_assert_true (ct_html_sniff ("page.txt", page));
  g_assert_false (ct_html_sniff ("article.txt", simplified));
  g_assert_cmpstr (published, ==, "2023-05-12");
  g_assert_nonnull (strstr (text, "京津冀三地签署协同发展协议\n"));
  g_assert_nonnull (strstr (text, "北京、天津、河北三地在廊坊签署合作协议"));
  g_assert_null (strstr (text, "var city"));
  g_assert_null (strstr (text, "color:red"));
  g_assert_null (strstr (text, "天津新闻"));
  g_assert_null (strstr (text, "河北频道"));
  g_assert_null (strstr (text, "石家庄新闻"));
  g_assert_null (strstr (text, "版权所有"));
  /* portals name their date in many ways */
  {
    const char *metas[] = { "<meta name=\"OriginalPublishDate\" content=\"2034-03-05\">",
                            "<meta name=\"firstpublishedtime\" content=\"2034-03-05-10:20:33\">",
                            "<meta property=\"article:published_time\" content=\"2034/03/05 10:20\">",
                            "<meta itemprop=\"datePublished\" content=\"2034-03-05\">",
                            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                            "\"datePublished\": \"2034-03-05T10:20:00+08:00\"}</script>",
                            "</head><body><time pubdate datetime=\"2034-03-05\">3月5日</time>" };

    for (guint i = 0; i < G_N_ELEMENTS (metas); i++)
      {
        g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body><h1>徐淮合作</h1>"
                                                 "<p>3月4日,徐州市与淮北市签署合作协议,推动区域协同发展。</p></body></html>", metas[i]);
        g_autoptr(GBytes) bytes = g_bytes_new_static (html, strlen (html));
        g_autoptr(CtDocument) doc = ct_document_new_from_bytes ("page.html", bytes, NULL);
        g_autofree char *date = doc ? ct_date_format (&doc->published) : NULL;

        g_assert_cmpstr (date, ==, "2034-03-05");
      }
  }
  /* a table's row is a line, its cells and a cell's lines apart */
  {
    g_autofree char *table = ct_html_to_text (
      "<html><body><table><tr><td>1</td><td>合作框架协议</td><td>甲市人民政府<br>乙市人民政府</td></tr>"
      "<tr><td>2</td><td>文旅协议</td><td>丙县</td></tr></table></body></html>", NULL);

    g_assert_cmpstr (table, ==, "1　　合作框架协议　　甲市人民政府　　乙市人民政府\n2　　文旅协议　　丙县\n");
  }
  /* a table that lays out a page keeps its paragraphs */
  {
    g_autofree char *layout = ct_html_to_text (
      "<html><body><table><tr><td>首页</td><td><b>两市签署合作协议</b><br>时间：2034-03-05<br>"
      "3月4日,甲市与乙市签署合作协议。<br>会议指出,两市将深化合作。</td></tr></table></body></html>", NULL);

    g_assert_cmpstr (layout, ==, "首页\n两市签署合作协议\n时间：2034-03-05\n3月4日,甲市与乙市签署合作协议。\n"
                                 "会议指出,两市将深化合作。\n");
  }
}

static void
test_html_declared_gbk (void)
{
  const char *page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                     "<body><p>郑州与开封签署同城化发展合作协议,两市将共建郑开科创走廊,推动交通互联互通。</p></body></html>";
  gsize n = 0;
  g_autofree char *bytes = g_convert (page, -1, "GB18030", "UTF-8", NULL, &n, NULL);
  g_autoptr(GBytes) data = g_bytes_new (bytes, n);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDocument) doc = ct_document_new_from_bytes ("page.htm", data, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (doc->encoding, ==, "GB18030");
  g_assert_nonnull (strstr (doc->text, "郑州与开封签署同城化发展合作协议"));
  g_assert_null (strstr (doc->text, "<p>"));
}

static void
test_traditional_is_simplified_for_reading (void)
{
  g_autoptr(GBytes) data = g_bytes_new_static (traditional, strlen (traditional));
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDocument) doc = ct_document_new_from_bytes ("hk.txt", data, &error);
  g_autofree char *normalised = NULL;

  g_assert_no_error (error);
  /* the original is kept for the reader; the extractor reads simplified, offset for offset */
  g_assert_cmpstr (doc->text, ==, traditional);
  normalised = g_ucs4_to_utf8 (doc->chars, doc->n_chars, NULL, NULL, NULL);
  g_assert_cmpuint (g_utf8_strlen (normalised, -1), ==, g_utf8_strlen (traditional, -1));
  g_assert_nonnull (strstr (normalised, "粤港澳大湾区城市代表在广州举行联席会议"));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/decode/utf8", test_utf8);
  g_test_add_func ("/decode/utf16", test_utf16);
  g_test_add_func ("/decode/gb18030", test_gb18030);
  g_test_add_func ("/decode/big5", test_big5);
  g_test_add_func ("/decode/refusals", test_refusals);
  g_test_add_func ("/decode/html", test_html);
  g_test_add_func ("/decode/html-declared-gbk", test_html_declared_gbk);
  g_test_add_func ("/decode/traditional", test_traditional_is_simplified_for_reading);
  return g_test_run ();
}
