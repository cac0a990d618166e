/* ct-gazetteer.h: China's administrative divisions and the names news uses for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ct-matcher.h"

G_BEGIN_DECLS

typedef enum
{
  CT_LEVEL_PROVINCE,
  CT_LEVEL_PREFECTURE,
  CT_LEVEL_COUNTY,
} CtLevel;

typedef enum
{
  CT_NAME_FULL,   /* official name with its suffix: 南京市, 鼓楼区 */
  CT_NAME_SHORT,  /* suffix stripped: 南京, 鄞州 */
} CtNameKind;

typedef struct
{
  char *code;
  char *name;
  char *short_name;    /* NULL when stripping would leave one character */
  char *path;          /* 江苏省/南京市/鼓楼区 */
  char *abbr;          /* provinces only: 沪, 苏 … */
  CtLevel level;
  gint parent;         /* index of the real parent (pseudo-prefectures skipped), -1 for provinces */
  gboolean pseudo;     /* 省直辖县级行政区划 rows: a grouping in the code list, not a place */
  double lng, lat;     /* inherited from the parent when the data has none */
} CtDivision;

typedef struct
{
  guint division;
  CtNameKind kind;
} CtNameSense;

typedef struct _CtGazetteer CtGazetteer;

CtGazetteer      *ct_gazetteer_get_default     (void);
CtGazetteer      *ct_gazetteer_new_from_bytes  (GBytes            *tsv,
                                                GBytes            *stoplist,
                                                GError           **error);
void              ct_gazetteer_free            (CtGazetteer       *self);

guint             ct_gazetteer_get_n_divisions (CtGazetteer       *self);
const CtDivision *ct_gazetteer_get_division    (CtGazetteer       *self,
                                                guint              index);
gint              ct_gazetteer_lookup_code     (CtGazetteer       *self,
                                                const char        *code);
gint              ct_gazetteer_lookup_path     (CtGazetteer       *self,
                                                const char        *path);
gboolean          ct_gazetteer_is_ancestor     (CtGazetteer       *self,
                                                guint              ancestor,
                                                guint              descendant);
guint             ct_gazetteer_get_province    (CtGazetteer       *self,
                                                guint              index);
double            ct_gazetteer_distance_km     (CtGazetteer       *self,
                                                guint              a,
                                                guint              b);
gint              ct_gazetteer_lookup_abbr     (CtGazetteer       *self,
                                                gunichar           c);
gboolean          ct_gazetteer_is_stopped      (CtGazetteer       *self,
                                                const char        *short_name);

/* Every name (full and short) as a pattern; a match's value indexes
 * ct_gazetteer_get_senses(). */
CtMatcher        *ct_gazetteer_get_matcher     (CtGazetteer       *self);
GArray           *ct_gazetteer_get_senses      (CtGazetteer       *self,
                                                guint              value);
/* Divisions whose short name (prefecture and province level) contains @c. */
GArray           *ct_gazetteer_get_char_senses (CtGazetteer       *self,
                                                gunichar           c);

G_END_DECLS
