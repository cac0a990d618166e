/* ct-edits.h: the user's corrections, stored in the project and applied to what was extracted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-date.h"
#include "ct-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_EDIT_RENAME,     /* place or grouping: @value is its name from now on */
  CT_EDIT_MERGE,      /* place or grouping: @key is the same as @other */
  CT_EDIT_HIDE,       /* place, grouping, agreement, event or tie: wrong, not shown */
  CT_EDIT_ADD_TIE,    /* tie between places @key and @other, @value the note */
  CT_EDIT_SET_DATE,   /* document: @value (2024-09-23) is its publication date */
  CT_EDIT_CONFIRM,    /* place or tie: right, so no longer up for review */
} CtEditOp;

typedef enum
{
  CT_EDIT_PLACE,
  CT_EDIT_GROUPING,
  CT_EDIT_AGREEMENT,
  CT_EDIT_EVENT,
  CT_EDIT_TIE,
  CT_EDIT_DOCUMENT,
} CtEditTarget;

typedef enum
{
  CT_EDIT_APPLIED,
  CT_EDIT_UNDONE,       /* can be redone */
  CT_EDIT_DISCARDED,    /* undone, then another edit was made: kept as history */
} CtEditState;

/* Keys outlive extraction: division codes, grouping names, titles with the
 * content hash of their document, never row ids. */
typedef struct
{
  gint64 id;            /* 0 until stored */
  char *created_at;
  CtEditOp op;
  CtEditTarget target;
  char *key;            /* division code, grouping name, title, a tie's first code, a document's content hash */
  char *other;          /* merge: what @key is the same as; tie: the second code */
  char *document;       /* agreement, event, confirmation: content hash of the document; NULL for all */
  char *value;          /* rename: the name; add-tie: the note; set-date: the date */
  CtEditState state;
} CtEdit;

gint64     ct_store_add_edit    (CtStore       *self,
                                 const CtEdit  *edit,
                                 GError       **error);
gint64     ct_store_undo_edit   (CtStore       *self,
                                 GError       **error);
gint64     ct_store_redo_edit   (CtStore       *self,
                                 GError       **error);
gboolean   ct_store_can_undo    (CtStore       *self);
gboolean   ct_store_can_redo    (CtStore       *self);
GPtrArray *ct_store_list_edits  (CtStore       *self,
                                 GError       **error);
gboolean   ct_store_get_set_date (CtStore      *self,
                                 const char    *content_hash,
                                 CtDate        *date);
void       ct_edit_free         (CtEdit        *edit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtEdit, ct_edit_free)

G_END_DECLS
