/* ct-review.h: what the extractor was least sure of, first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-places.h"
#include "ct-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_REVIEW_PLACE,
  CT_REVIEW_TIE,
} CtReviewKind;

typedef struct
{
  CtReviewKind kind;
  char *code;           /* the place, or the tie's first place (as shown, after merges) */
  char *other;          /* the tie's second place; NULL for a place */
  CtHow how;            /* why the place was taken; for a tie, its less certain place's */
  guint confidence;     /* ct_how_confidence (how) */
  char *tie_kind;       /* agreement, event, grouping, joint; NULL for a place */
  char *via;            /* the agreement, event or grouping behind a tie */
  char *sentence;
  gsize start;          /* evidence, in characters of the document's text */
  gsize end;
  char *document;       /* its name */
  char *content_hash;   /* its key, for an edit confirming or hiding the item there */
} CtReviewItem;

GPtrArray *ct_store_list_review (CtStore  *self,
                                 guint     limit,
                                 GError  **error);

G_END_DECLS
