/* ct-document.h: one article: its text, where the body is, its date and sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-date.h"

G_BEGIN_DECLS

typedef enum
{
  CT_LINE_BLANK,
  CT_LINE_JUNK,   /* page furniture inside the article's span */
  CT_LINE_META,   /* source, author, date lines */
  CT_LINE_TITLE,
  CT_LINE_BODY,
  CT_LINE_OUTSIDE, /* before the title or after the body: site boilerplate */
} CtLineKind;

typedef struct
{
  gsize start;
  gsize end;
  CtLineKind kind;
} CtLine;

typedef struct
{
  gsize start;
  gsize end;
  guint line;
} CtSentence;

typedef struct
{
  char *name;          /* file name shown to the user */
  char *encoding;
  char *text;          /* the article as the user reads it (HTML already turned to text) */
  gunichar *original;  /* the same, one code point per character */
  gunichar *chars;     /* normalised: simplified, ASCII folded; same length */
  gsize n_chars;
  GArray *lines;       /* CtLine */
  GArray *sentences;   /* CtSentence, in the title and body only */
  char *title;
  CtDate published;
  char *content_hash;  /* SHA-256 of the bytes as read */
  GBytes *bytes;       /* the bytes as read, kept so a project can extract again; NULL when made from text */
  char *body_hash;     /* SHA-256 of the body's letters and digits, shared by syndicated copies; NULL when short */
} CtDocument;

CtDocument *ct_document_new_from_bytes (const char  *name,
                                        GBytes      *bytes,
                                        GError     **error);
CtDocument *ct_document_new_from_file  (GFile       *file,
                                        GError     **error);
CtDocument *ct_document_new_from_text  (const char  *name,
                                        const char  *text,
                                        const char  *encoding,
                                        const char  *published);
void        ct_document_free           (CtDocument  *self);
char       *ct_document_get_slice      (CtDocument  *self,
                                        gsize        start,
                                        gsize        end);
char       *ct_document_get_name       (CtDocument  *self,
                                        gsize        start,
                                        gsize        end);
gint        ct_document_sentence_at    (CtDocument  *self,
                                        gsize        offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtDocument, ct_document_free)

G_END_DECLS
