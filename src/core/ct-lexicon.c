/* ct-lexicon.c: the words the extraction rules look for
 *
 * Kept in one place so the rules read as logic and the vocabulary can grow
 * without touching them.  Nothing here names a particular city pair, meeting
 * or agreement: only the kinds of words news uses for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-lexicon.h"
#include "ct-text.h"

/* Longest first where one ends another (经济圈 before 圈-less words). */
const CtGroupingSuffix ct_grouping_suffixes[] = {
  { "高质量发展联盟", CT_GROUPING_ALLIANCE },
  { "联盟", CT_GROUPING_ALLIANCE },
  { "协作体", CT_GROUPING_ALLIANCE },
  { "城市群", CT_GROUPING_CLUSTER },
  { "城市圈", CT_GROUPING_METRO },
  { "都市圈", CT_GROUPING_METRO },
  { "双城经济圈", CT_GROUPING_METRO },
  { "经济圈", CT_GROUPING_METRO },
  { "经济区", CT_GROUPING_ZONE },
  { "大湾区", CT_GROUPING_CLUSTER },
  { "一体化发展示范区", CT_GROUPING_ZONE },
  { "示范区", CT_GROUPING_ZONE },
  { "合作区", CT_GROUPING_ZONE },
  { "试验区", CT_GROUPING_ZONE },
  { "先行区", CT_GROUPING_ZONE },
  { "集聚区", CT_GROUPING_ZONE },
  { "开放枢纽", CT_GROUPING_ZONE },
  { "走廊", CT_GROUPING_CORRIDOR },
  { "廊道", CT_GROUPING_CORRIDOR },
  { "创新带", CT_GROUPING_CORRIDOR },
  { "经济带", CT_GROUPING_CORRIDOR },
  { "发展带", CT_GROUPING_CORRIDOR },
  { "协作带", CT_GROUPING_CORRIDOR },
  { "城市带", CT_GROUPING_CORRIDOR },
  { "拓展带", CT_GROUPING_CORRIDOR },
  { "示范带", CT_GROUPING_CORRIDOR },
  { "协作区", CT_GROUPING_MECHANISM },
  { "协调会", CT_GROUPING_MECHANISM },
  { "共同体", CT_GROUPING_MECHANISM },
  { "协同发展机制", CT_GROUPING_MECHANISM },
  { "合作机制", CT_GROUPING_MECHANISM },
  { NULL, 0 },
};

/* Conventional names of regions; they name groupings, and they are not
 * contractions to expand unless a count follows (长株潭三市). */
const char * const ct_region_names[] = {
  "长三角", "珠三角", "长株潭", "闽三角", "环渤海", "北部湾", "关中平原", "中原", "长江中游", "长江上游",
  "长江下游", "黄河流域", "成渝", "京津冀", "粤港澳", "海峡西岸", "东北", "西部", "中部", "东部", NULL,
};

/* Places whose divisions the gazetteer does not hold: other countries, and
 * Taiwan and its cities (GB/T 2260 gives 台湾省 none).  A name after one of
 * these (越南广宁省, 韩国平昌郡, 台南市永康区) is a namesake there, not the
 * Chinese division. */
const char * const ct_places_beyond[] = {
  "越南", "老挝", "缅甸", "泰国", "柬埔寨", "马来西亚", "新加坡", "印度尼西亚", "菲律宾", "印度", "尼泊尔", "巴基斯坦",
  "韩国", "朝鲜", "日本", "蒙古国", "俄罗斯", "哈萨克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "乌兹别克斯坦",
  "美国", "加拿大", "墨西哥", "巴西", "阿根廷", "英国", "法国", "德国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时",
  "瑞士", "奥地利", "波兰", "捷克", "匈牙利", "塞尔维亚", "希腊", "土耳其", "以色列", "埃及", "南非", "澳大利亚", "新西兰",
  "台湾", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "屏东", "宜兰", "花莲", "台东", "彰化", "云林",
  "南投", "苗栗", "澎湖", NULL,
};

/* What follows a contraction that is used as a set of places (沪镇合作, 杭黄一体化). */
const char * const ct_cooperation_words[] = {
  "合作", "一体化", "同城化", "协同", "联动", "携手", "联手", "牵手", "共建", "共同", "对口", "结对", "互认", "互派", "互设",
  "通办", "地区", "经贸", NULL,
};

/* Where the cooperation word at @i ends, after one word of degree or
 * scope (广佛全域同城化, 深化合作, 共同协同); 0 if none is there. */
gsize
ct_cooperation_word_end (const gunichar *chars,
                         gsize           length,
                         gsize           i)
{
  static const char * const leads[] = { "共同", "深化", "加强", "全面", "全域", "深度", "持续", "进一步", "建立", NULL };
  CtText text = { chars, length };
  const char *lead = ct_text_any_word_at (&text, i, leads);
  const char *word;

  if (lead != NULL && ct_text_any_word_at (&text, i + g_utf8_strlen (lead, -1), ct_cooperation_words) != NULL)
    i += g_utf8_strlen (lead, -1);
  word = ct_text_any_word_at (&text, i, ct_cooperation_words);
  return word != NULL ? i + g_utf8_strlen (word, -1) : 0;
}

/* A contraction before these names a railway or a road, not an alliance. */
const char * const ct_transport_words[] = {
  "高铁", "铁路", "高速", "城际", "动车", "航线", "沿线", "线", "公路", "客专", "大道", "运河", NULL,
};

/* A contraction before these names the border land between places (湘赣边区域合作示范区,
 * 川渝毗邻地区), not the places. */
const char * const ct_border_words[] = { "边", "交界", "接壤", "毗邻", NULL };

/* A place name inside these is part of a company's or an institution's name. */
const char * const ct_organisation_words[] = {
  "股份", "集团", "公司", "银行", "大学", "学院", "证券", "日报", "晚报", "商报", "时报", "早报", "电视台", "卫视", "钢铁", "医院",
  "控股", "有限", "基金会", "俱乐部", "传媒", "出版社", "农商行", "商行", "保险", "科技园", "实业", "制药",
  "汽车", "地产", "置业", "航空", "机场", "足球", "队", "厂商", "幼儿园", "小学", "中学", "协会", "商会", "特钢",
  "电厂", "电站", "博物馆", "纪念馆", "社团", "总会", "同乡会",
  /* people called after a place (台湾游客, 台湾同胞): context, not actors */
  "游客", "旅客", "同胞", "客商", "业者", NULL,
};

/* Divisions whose whole official name is an ordinary word (中心城区, 老城区):
 * they are places only right after their city. */
const char * const ct_generic_division_names[] = {
  "城区", "郊区", "矿区", "老城区", "新城区", "市中区", "东区", "西区", NULL,
};

/* After a bare short name these make it a street, a station or a landmark. */
/* Words that start with a short name's last character: 黎安国际 is no 安国. */
const char * const ct_words_across_names[] = { "国际", NULL };

const char * const ct_street_words[] = {
  "路", "街", "巷", "大道", "大街", "大桥", "桥", "站", "号", "湖", "山", "岛", "港", "湾", "江", "河", "湿地", "水库",
  "中路", "东路", "西路", "南路", "北路", "广场", "公园", "大厦", NULL,
};

const char * const ct_list_separators[] = { "、", ",", "和", "与", "及", "以及", "同", "跟", NULL };

const char *
ct_grouping_kind_to_string (CtGroupingKind kind)
{
  switch (kind)
    {
    case CT_GROUPING_ALLIANCE:
      return "alliance";
    case CT_GROUPING_CLUSTER:
      return "cluster";
    case CT_GROUPING_METRO:
      return "metro";
    case CT_GROUPING_ZONE:
      return "zone";
    case CT_GROUPING_CORRIDOR:
      return "corridor";
    case CT_GROUPING_MECHANISM:
    default:
      return "mechanism";
    }
}

/* The value of the Chinese numeral @c (零 to 九, 十 as 10), or -1. */
static gint
numeral_value (gunichar c)
{
  static const char * const numerals = "零一二三四五六七八九十";
  gint k = 0;

  for (const char *p = numerals; *p; p = g_utf8_next_char (p), k++)
    if (g_utf8_get_char (p) == c)
      return k;
  return -1;
}

/* "两地", "三省", "四市", "4个城市", "12个区县", "十二个区县": how many
 * places a phrase counts, or 0; from the first character of the number. */
gint
ct_count_word_value (const gunichar *chars,
                     gsize           length,
                     gsize           i,
                     gsize          *after)
{
  static const char * const units[] = {
    "中心城区", "城区", "省会", "城市", "地市", "区县", "市县", "县市", "市州", "州市", "地", "省市", "省", "市", "城", "区", "县",
    "州", "盟", "旗", "方", NULL,
  };
  CtText text = { chars, length };
  gint value = 0;
  gsize j = i;
  gunichar c = ct_text_at (&text, i);

  /* inside a number (the 2 of 12, the 二 of 十二), not at its start; 一 before
   * a count is mostly a word's (统一两地, 之一) */
  if (i > 0 && ((ct_text_is_digit (chars[i - 1]) && ct_text_is_digit (c)) ||
                (numeral_value (chars[i - 1]) > 1 && numeral_value (c) >= 0)))
    return 0;
  if (c == 0x4e24 || c == 0x53cc) /* 两 双 */
    {
      value = 2;
      j++;
    }
  else if (c >= '0' && c <= '9')
    for (; j < i + 3 && ct_text_is_digit (ct_text_at (&text, j)); j++)
      value = value * 10 + (ct_text_at (&text, j) - '0');
  else
    {
      /* 三, 十, 十二, 二十, 二十三; not 三四 (three or four) */
      gint first = numeral_value (c), next;

      if (first < 0)
        return 0;
      value = first;
      next = numeral_value (ct_text_at (&text, ++j));
      if (first < 10 && next == 10)
        {
          value = first * 10;
          next = numeral_value (ct_text_at (&text, ++j));
        }
      if (value >= 10 && next > 0 && next < 10)
        {
          value += next;
          j++;
        }
      else if (next >= 0)
        return 0;
    }
  if (value < 2)
    return 0;
  if (ct_text_word_at (&text, j, "个"))
    j++;
  {
    const char *unit = ct_text_any_word_at (&text, j, units);

    if (unit == NULL)
      return 0;
    *after = j + g_utf8_strlen (unit, -1);
  }
  return value;
}
