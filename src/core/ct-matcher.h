/* ct-matcher.h: multi-pattern string matching (Aho–Corasick) over UCS-4 text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CtMatcher CtMatcher;

typedef struct
{
  gsize start;   /* first character of the match */
  gsize end;     /* one past the last character */
  guint value;   /* what the pattern was added with */
} CtMatch;

CtMatcher *ct_matcher_new     (void);
void       ct_matcher_free    (CtMatcher      *self);
void       ct_matcher_add     (CtMatcher      *self,
                               const gunichar *pattern,
                               gsize           length,
                               guint           value);
void       ct_matcher_compile (CtMatcher      *self);
GArray    *ct_matcher_scan    (CtMatcher      *self,
                               const gunichar *text,
                               gsize           length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtMatcher, ct_matcher_free)

G_END_DECLS
