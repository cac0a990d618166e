/* ct-places.h: where a document names administrative divisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-document.h"
#include "ct-gazetteer.h"

G_BEGIN_DECLS

/* Why a mention was taken as this place: the confidence users review. */
typedef enum
{
  CT_HOW_FULL_NAME,
  CT_HOW_SHORT_NAME,
  CT_HOW_PARENT_NEARBY,    /* a namesake resolved by its parent next to it or in the text */
  CT_HOW_ABBREVIATION,     /* 沪苏浙皖, 在沪举行 */
  CT_HOW_CONTRACTION,      /* 杭黄, 沪镇 */
} CtHow;

#define CT_HOW_LAST CT_HOW_CONTRACTION

typedef struct
{
  gsize start;
  gsize end;
  guint division;
  CtHow how;
  gboolean qualifier;      /* 江苏省 in 江苏省南京市: names where, not who */
  guint run;               /* mentions from one contraction share a run id; 0 for none */
} CtPlaceMention;

GArray     *ct_places_find       (CtGazetteer *gazetteer,
                                  CtDocument  *document);
const char *ct_how_to_string     (CtHow        how);
guint       ct_how_confidence    (CtHow        how);
gboolean    ct_places_is_abbreviation (CtGazetteer *gazetteer,
                                       gunichar     c);

G_END_DECLS
