/* ct-extractor.h: from one document to places, groupings, agreements, events and ties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-document.h"
#include "ct-extraction.h"
#include "ct-gazetteer.h"

G_BEGIN_DECLS

CtExtraction *ct_extract (CtGazetteer *gazetteer,
                          CtDocument  *document);

G_END_DECLS
