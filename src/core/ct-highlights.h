/* ct-highlights.h: where in a document's text the extracted places, groupings, agreements, events and dates are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-document.h"
#include "ct-gazetteer.h"

G_BEGIN_DECLS

typedef enum
{
  CT_HIGHLIGHT_PLACE,
  CT_HIGHLIGHT_GROUPING,
  CT_HIGHLIGHT_AGREEMENT,
  CT_HIGHLIGHT_EVENT,
  CT_HIGHLIGHT_DATE,
} CtHighlightKind;

#define CT_N_HIGHLIGHT_KINDS (CT_HIGHLIGHT_DATE + 1)

typedef struct
{
  gsize start;          /* characters of the document's text */
  gsize end;
  CtHighlightKind kind;
  char *key;            /* a place's division code, a grouping's name, a title; NULL for dates */
} CtHighlight;

GArray *ct_highlights_find (CtGazetteer *gazetteer,
                            CtDocument  *document);

G_END_DECLS
