/* ct-gazetteer.c: China's administrative divisions and the names news uses for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "ct-gazetteer.h"
#include "ct-normalize.h"
#include "ct-resources.h"

struct _CtGazetteer
{
  GArray *divisions;         /* CtDivision */
  GHashTable *by_code;       /* code -> index + 1 */
  GHashTable *by_path;       /* path -> index + 1 */
  GHashTable *by_abbr;       /* gunichar -> index + 1 */
  GHashTable *stopped;       /* short names never matched bare */
  GHashTable *name_values;   /* name -> matcher value + 1 */
  GPtrArray *senses;         /* matcher value -> GArray of CtNameSense */
  GHashTable *char_senses;   /* gunichar -> GArray of division indexes */
  CtMatcher *matcher;
};

/* Autonomous areas carry their peoples in the name (湘西土家族苗族自治州);
 * news drops both the suffix and the peoples (湘西). */
static const char * const peoples[] = {
  "维吾尔族", "哈萨克族", "柯尔克孜族", "乌孜别克族", "塔吉克族", "塔塔尔族", "俄罗斯族", "鄂温克族",
  "鄂伦春族", "达斡尔族", "朝鲜族", "蒙古族", "土家族", "布依族", "哈尼族", "傈僳族", "拉祜族",
  "纳西族", "景颇族", "东乡族", "仫佬族", "毛南族", "仡佬族", "撒拉族", "布朗族", "阿昌族", "普米族",
  "裕固族", "保安族", "德昂族", "独龙族", "基诺族", "门巴族", "珞巴族", "锡伯族", "高山族", "赫哲族",
  "回族", "藏族", "苗族", "彝族", "壮族", "满族", "侗族", "瑶族", "白族", "傣族", "黎族", "佤族", "畲族",
  "水族", "土族", "羌族", "怒族", "京族", "各族",
  /* 和布克赛尔蒙古自治县, 巴音郭楞蒙古自治州: without 族 */
  "蒙古",
};

/* Longest first, so 自治县 goes before 县. */
static const char * const suffixes[] = {
  "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "地区", "省", "市", "区", "县", "盟", "旗",
};

static gboolean
strip_suffix (GString *name, const char *suffix)
{
  if (!g_str_has_suffix (name->str, suffix))
    return FALSE;
  g_string_truncate (name, name->len - strlen (suffix));
  return TRUE;
}

static char *
derive_short_name (const char *name)
{
  g_autoptr(GString) s = g_string_new (name);
  gboolean autonomous;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (strip_suffix (s, suffixes[i]))
      break;
  autonomous = strstr (name, "自治") != NULL;
  while (autonomous)
    {
      gboolean stripped = FALSE;

      /* …but never down to one character: 内蒙古 is no 内 */
      for (guint i = 0; i < G_N_ELEMENTS (peoples) && !stripped; i++)
        if (g_utf8_strlen (s->str, -1) >= g_utf8_strlen (peoples[i], -1) + 2)
          stripped = strip_suffix (s, peoples[i]);
      if (!stripped)
        break;
    }
  if (g_utf8_strlen (s->str, -1) < 2 || g_str_equal (s->str, name))
    return NULL;
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
clear_division (gpointer data)
{
  CtDivision *d = data;

  g_free (d->code);
  g_free (d->name);
  g_free (d->short_name);
  g_free (d->path);
  g_free (d->abbr);
}

static guint
name_value (CtGazetteer *self, const char *name)
{
  gpointer found = g_hash_table_lookup (self->name_values, name);

  if (found == NULL)
    {
      g_ptr_array_add (self->senses, g_array_new (FALSE, FALSE, sizeof (CtNameSense)));
      found = GUINT_TO_POINTER (self->senses->len);
      g_hash_table_insert (self->name_values, g_strdup (name), found);
    }
  return GPOINTER_TO_UINT (found) - 1;
}

static void
add_name (CtGazetteer *self, const char *name, guint division, CtNameKind kind)
{
  CtNameSense sense = { division, kind };
  guint value = name_value (self, name);  /* may grow senses: look it up after */

  g_array_append_val (g_ptr_array_index (self->senses, value), sense);
}

static void
add_char_sense (CtGazetteer *self, gunichar c, guint division)
{
  GArray *list = g_hash_table_lookup (self->char_senses, GUINT_TO_POINTER (c));

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->char_senses, GUINT_TO_POINTER (c), list);
    }
  g_array_append_val (list, division);
}

static gboolean
parse_level (const char *text, CtLevel *level)
{
  if (g_str_equal (text, "province"))
    *level = CT_LEVEL_PROVINCE;
  else if (g_str_equal (text, "prefecture"))
    *level = CT_LEVEL_PREFECTURE;
  else if (g_str_equal (text, "county"))
    *level = CT_LEVEL_COUNTY;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_rows (CtGazetteer *self, GBytes *tsv, GPtrArray *parent_codes, GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (tsv, &size);
  g_autofree char *text = g_strndup (data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint row = 0;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      CtDivision d = { 0 };
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      if (lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 7 || !parse_level (f[2], &d.level))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "divisions.tsv line %u: expected 7 columns with a known level", i + 1);
          return FALSE;
        }
      d.code = g_strdup (f[0]);
      d.name = g_strdup (f[1]);
      d.pseudo = strchr (f[1], '-') != NULL;
      d.abbr = f[6][0] ? g_strdup (f[6]) : NULL;
      d.lng = f[4][0] ? g_ascii_strtod (f[4], NULL) : NAN;
      d.lat = f[5][0] ? g_ascii_strtod (f[5], NULL) : NAN;
      d.short_name = d.pseudo ? NULL : derive_short_name (d.name);
      d.parent = -1;
      g_array_append_val (self->divisions, d);
      g_ptr_array_add (parent_codes, g_strdup (f[3]));
      g_hash_table_insert (self->by_code, d.code, GUINT_TO_POINTER (++row));
    }
  return TRUE;
}

/* Parents come after their children in no particular order, so links, paths
 * and inherited coordinates are filled in once every row is known. */
static void
link_rows (CtGazetteer *self, GPtrArray *parent_codes)
{
  for (guint i = 0; i < self->divisions->len; i++)
    {
      CtDivision *d = &g_array_index (self->divisions, CtDivision, i);
      gint parent = ct_gazetteer_lookup_code (self, g_ptr_array_index (parent_codes, i));

      /* 济源市 sits under 河南省-省直辖县级行政区划: its real parent is the province. */
      if (parent >= 0 && g_array_index (self->divisions, CtDivision, parent).pseudo)
        parent = ct_gazetteer_lookup_code (self, g_ptr_array_index (parent_codes, parent));
      d->parent = parent;
    }

  for (guint i = 0; i < self->divisions->len; i++)
    {
      CtDivision *d = &g_array_index (self->divisions, CtDivision, i);
      g_autoptr(GPtrArray) chain = g_ptr_array_new ();
      g_autoptr(GString) path = g_string_new (NULL);

      for (gint p = i; p >= 0; p = g_array_index (self->divisions, CtDivision, p).parent)
        g_ptr_array_insert (chain, 0, g_array_index (self->divisions, CtDivision, p).name);
      for (guint k = 0; k < chain->len; k++)
        g_string_append_printf (path, "%s%s", k ? "/" : "", (char *) g_ptr_array_index (chain, k));
      d->path = g_string_free (g_steal_pointer (&path), FALSE);

      for (gint p = d->parent; isnan (d->lng) && p >= 0; p = g_array_index (self->divisions, CtDivision, p).parent)
        {
          d->lng = g_array_index (self->divisions, CtDivision, p).lng;
          d->lat = g_array_index (self->divisions, CtDivision, p).lat;
        }
      if (!d->pseudo)
        g_hash_table_insert (self->by_path, d->path, GUINT_TO_POINTER (i + 1));
    }
}

static void
index_names (CtGazetteer *self)
{
  for (guint i = 0; i < self->divisions->len; i++)
    {
      const CtDivision *d = &g_array_index (self->divisions, CtDivision, i);

      if (d->pseudo)
        continue;
      add_name (self, d->name, i, CT_NAME_FULL);
      if (d->short_name != NULL)
        {
          add_name (self, d->short_name, i, CT_NAME_SHORT);
          /* news keeps 州 of an autonomous prefecture: 海南州 is not 海南省 */
          if (g_str_has_suffix (d->name, "自治州"))
            {
              g_autofree char *with_zhou = g_strconcat (d->short_name, "州", NULL);

              add_name (self, with_zhou, i, CT_NAME_SHORT);
            }
          /* …and writes an autonomous county as a county: 玉屏县 for 玉屏侗族自治县 */
          if (g_str_has_suffix (d->name, "自治县") || g_str_has_suffix (d->name, "自治旗"))
            {
              g_autofree char *plain = g_strconcat (d->short_name, g_str_has_suffix (d->name, "县") ? "县" : "旗", NULL);

              add_name (self, plain, i, CT_NAME_FULL);
            }
          if (d->level != CT_LEVEL_COUNTY)
            for (const char *p = d->short_name; *p; p = g_utf8_next_char (p))
              add_char_sense (self, g_utf8_get_char (p), i);
        }
      if (d->abbr != NULL)
        g_hash_table_insert (self->by_abbr, GUINT_TO_POINTER (g_utf8_get_char (d->abbr)),
                             GUINT_TO_POINTER (i + 1));
    }

  /* a stoplisted word that is no division's short name hides the names
   * inside it (长白山, 创新平台): it is matched, with no sense */
  {
    GHashTableIter iter;
    gpointer word;

    g_hash_table_iter_init (&iter, self->stopped);
    while (g_hash_table_iter_next (&iter, &word, NULL))
      name_value (self, word);
  }

  self->matcher = ct_matcher_new ();
  {
    GHashTableIter iter;
    gpointer name, value;

    g_hash_table_iter_init (&iter, self->name_values);
    while (g_hash_table_iter_next (&iter, &name, &value))
      {
        glong n;
        /* read the way documents are read: 乾安县 becomes 干安县 under t2s, in both */
        g_autofree gunichar *chars = ct_normalize (name, &n);

        ct_matcher_add (self->matcher, chars, n, GPOINTER_TO_UINT (value) - 1);
      }
  }
  ct_matcher_compile (self->matcher);
}

static void
parse_stoplist (CtGazetteer *self, GBytes *stoplist)
{
  gsize size;
  const char *data = g_bytes_get_data (stoplist, &size);
  g_autofree char *text = g_strndup (data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');

      if (tab != NULL)
        *tab = '\0';
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_hash_table_add (self->stopped, g_strdup (lines[i]));
    }
}

CtGazetteer *
ct_gazetteer_new_from_bytes (GBytes   *tsv,
                             GBytes   *stoplist,
                             GError  **error)
{
  CtGazetteer *self = g_new0 (CtGazetteer, 1);
  g_autoptr(GPtrArray) parent_codes = g_ptr_array_new_with_free_func (g_free);

  self->divisions = g_array_new (FALSE, TRUE, sizeof (CtDivision));
  g_array_set_clear_func (self->divisions, clear_division);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_path = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_abbr = g_hash_table_new (NULL, NULL);
  self->stopped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->name_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->senses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->char_senses = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  if (!parse_rows (self, tsv, parent_codes, error))
    {
      ct_gazetteer_free (self);
      return NULL;
    }
  link_rows (self, parent_codes);
  if (stoplist != NULL)
    parse_stoplist (self, stoplist);
  index_names (self);
  return self;
}

void
ct_gazetteer_free (CtGazetteer *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_code);
  g_hash_table_unref (self->by_path);
  g_hash_table_unref (self->by_abbr);
  g_hash_table_unref (self->stopped);
  g_hash_table_unref (self->name_values);
  g_hash_table_unref (self->char_senses);
  g_ptr_array_unref (self->senses);
  g_clear_pointer (&self->matcher, ct_matcher_free);
  g_array_unref (self->divisions);
  g_free (self);
}

/* The bundled gazetteer, loaded once and shared by every thread (read-only after load). */
CtGazetteer *
ct_gazetteer_get_default (void)
{
  static gsize once;
  static CtGazetteer *gazetteer;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) tsv = NULL;
      g_autoptr(GBytes) stoplist = NULL;
      g_autoptr(GError) error = NULL;

      tsv = ct_resources_lookup ("gazetteer/divisions.tsv");
      stoplist = ct_resources_lookup ("gazetteer/short-name-stoplist.txt");
      gazetteer = ct_gazetteer_new_from_bytes (tsv, stoplist, &error);
      if (gazetteer == NULL)
        g_error ("The bundled gazetteer is broken: %s", error->message);
      g_once_init_leave (&once, 1);
    }
  return gazetteer;
}

guint
ct_gazetteer_get_n_divisions (CtGazetteer *self)
{
  return self->divisions->len;
}

const CtDivision *
ct_gazetteer_get_division (CtGazetteer *self,
                           guint        index)
{
  g_return_val_if_fail (index < self->divisions->len, NULL);
  return &g_array_index (self->divisions, CtDivision, index);
}

gint
ct_gazetteer_lookup_code (CtGazetteer *self,
                          const char  *code)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_code, code)) - 1;
}

gint
ct_gazetteer_lookup_path (CtGazetteer *self,
                          const char  *path)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_path, path)) - 1;
}

gint
ct_gazetteer_lookup_abbr (CtGazetteer *self,
                          gunichar     c)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_abbr, GUINT_TO_POINTER (c))) - 1;
}

gboolean
ct_gazetteer_is_ancestor (CtGazetteer *self,
                          guint        ancestor,
                          guint        descendant)
{
  for (gint p = ct_gazetteer_get_division (self, descendant)->parent; p >= 0;
       p = ct_gazetteer_get_division (self, p)->parent)
    if ((guint) p == ancestor)
      return TRUE;
  return FALSE;
}

guint
ct_gazetteer_get_province (CtGazetteer *self,
                           guint        index)
{
  while (ct_gazetteer_get_division (self, index)->parent >= 0)
    index = ct_gazetteer_get_division (self, index)->parent;
  return index;
}

/* Great-circle distance; good enough to tell neighbours from far-off namesakes. */
double
ct_gazetteer_distance_km (CtGazetteer *self,
                          guint        a,
                          guint        b)
{
  const CtDivision *da = ct_gazetteer_get_division (self, a);
  const CtDivision *db = ct_gazetteer_get_division (self, b);
  double rad = G_PI / 180.0;
  double dlat = (db->lat - da->lat) * rad;
  double dlng = (db->lng - da->lng) * rad;
  double h = sin (dlat / 2) * sin (dlat / 2) +
             cos (da->lat * rad) * cos (db->lat * rad) * sin (dlng / 2) * sin (dlng / 2);

  return 2 * 6371.0 * asin (MIN (1.0, sqrt (h)));
}

gboolean
ct_gazetteer_is_stopped (CtGazetteer *self,
                         const char  *short_name)
{
  return g_hash_table_contains (self->stopped, short_name);
}

CtMatcher *
ct_gazetteer_get_matcher (CtGazetteer *self)
{
  return self->matcher;
}

GArray *
ct_gazetteer_get_senses (CtGazetteer *self,
                         guint        value)
{
  return g_ptr_array_index (self->senses, value);
}

GArray *
ct_gazetteer_get_char_senses (CtGazetteer *self,
                              gunichar     c)
{
  return g_hash_table_lookup (self->char_senses, GUINT_TO_POINTER (c));
}
