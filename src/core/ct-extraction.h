/* ct-extraction.h: what the extractor found in one document, with its evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ct-date.h"
#include "ct-gazetteer.h"
#include "ct-lexicon.h"
#include "ct-places.h"

G_BEGIN_DECLS

typedef struct
{
  gsize start;          /* character offsets into the document's text */
  gsize end;
  char *sentence;
} CtEvidence;

typedef struct
{
  guint division;
  CtHow how;
  CtEvidence evidence;  /* the first mention */
} CtPlace;

typedef struct
{
  char *name;
  CtGroupingKind kind;
  GArray *members;      /* guint division indexes */
  CtEvidence evidence;
} CtGrouping;

typedef struct
{
  char *title;
  CtDate date;
  GArray *parties;
  CtEvidence evidence;
} CtAgreement;

typedef struct
{
  char *title;
  CtDate start;
  CtDate end;
  gint place;           /* division index or -1 */
  GArray *participants;
  CtEvidence evidence;
} CtEvent;

typedef enum
{
  CT_TIE_AGREEMENT = 1 << 0,
  CT_TIE_EVENT = 1 << 1,
  CT_TIE_GROUPING = 1 << 2,
  CT_TIE_JOINT = 1 << 3,  /* named together as one actor: 沪镇两地 */
} CtTieKind;

typedef struct
{
  CtTieKind kind;
  char *via;             /* title of the agreement, event or grouping; NULL for joint mentions */
  CtDate date;
  CtEvidence evidence;
} CtTieReason;

typedef struct
{
  guint a;               /* division indexes, a's path sorts before b's */
  guint b;
  CtTieKind kinds;
  GArray *reasons;       /* CtTieReason */
} CtTie;

typedef struct
{
  char *document;
  char *title;
  char *encoding;
  CtDate published;
  GArray *places;        /* CtPlace */
  GPtrArray *groupings;  /* CtGrouping */
  GPtrArray *agreements; /* CtAgreement */
  GPtrArray *events;     /* CtEvent */
  GArray *ties;          /* CtTie */
} CtExtraction;

CtExtraction *ct_extraction_new       (void);
void          ct_extraction_free      (CtExtraction *self);
JsonNode     *ct_extraction_to_json   (CtExtraction *self,
                                       CtGazetteer  *gazetteer);
GArray       *ct_tie_reasons_new      (void);
void          ct_evidence_clear       (CtEvidence   *evidence);
void          ct_evidence_copy        (CtEvidence   *dest,
                                       const CtEvidence *src);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtExtraction, ct_extraction_free)

G_END_DECLS
