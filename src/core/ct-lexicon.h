/* ct-lexicon.h: the words the extraction rules look for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CT_GROUPING_ALLIANCE,
  CT_GROUPING_CLUSTER,
  CT_GROUPING_METRO,
  CT_GROUPING_ZONE,
  CT_GROUPING_CORRIDOR,
  CT_GROUPING_MECHANISM,
} CtGroupingKind;

typedef struct
{
  const char *suffix;
  CtGroupingKind kind;
} CtGroupingSuffix;

extern const CtGroupingSuffix ct_grouping_suffixes[];
extern const char * const ct_region_names[];
extern const char * const ct_places_beyond[];
extern const char * const ct_cooperation_words[];
extern const char * const ct_transport_words[];
extern const char * const ct_border_words[];
extern const char * const ct_organisation_words[];
extern const char * const ct_generic_division_names[];
extern const char * const ct_street_words[];
extern const char * const ct_words_across_names[];
extern const char * const ct_list_separators[];

const char *ct_grouping_kind_to_string (CtGroupingKind kind);
gint        ct_count_word_value        (const gunichar *chars,
                                        gsize           length,
                                        gsize           i,
                                        gsize          *after);
gsize       ct_cooperation_word_end    (const gunichar *chars,
                                        gsize           length,
                                        gsize           i);

G_END_DECLS
