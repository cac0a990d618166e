/* test-matcher.c: the Aho–Corasick matcher finds every occurrence of every pattern
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include "ct-matcher.h"

static void
add (CtMatcher *m, const char *pattern, guint value)
{
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (pattern, -1, &n);

  ct_matcher_add (m, chars, n, value);
}

static GArray *
scan (CtMatcher *m, const char *text)
{
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &n);

  return ct_matcher_scan (m, chars, n);
}

static gboolean
has (GArray *matches, gsize start, gsize end, guint value)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const CtMatch *m = &g_array_index (matches, CtMatch, i);

      if (m->start == start && m->end == end && m->value == value)
        return TRUE;
    }
  return FALSE;
}

static void
test_overlapping (void)
{
  g_autoptr(CtMatcher) m = ct_matcher_new ();
  g_autoptr(GArray) found = NULL;

  add (m, "南京", 1);
  add (m, "南京市", 2);
  add (m, "京市", 3);
  add (m, "江苏省", 4);
  ct_matcher_compile (m);

  found = scan (m, "江苏省南京市鼓楼区");
  g_assert_cmpuint (found->len, ==, 4);
  g_assert_true (has (found, 0, 3, 4));
  g_assert_true (has (found, 3, 5, 1));
  g_assert_true (has (found, 3, 6, 2));
  g_assert_true (has (found, 4, 6, 3));
}

static void
test_failure_links (void)
{
  g_autoptr(CtMatcher) m = ct_matcher_new ();
  g_autoptr(GArray) found = NULL;

  /* the classic he/she/his/hers set */
  add (m, "he", 1);
  add (m, "she", 2);
  add (m, "his", 3);
  add (m, "hers", 4);
  ct_matcher_compile (m);
  found = scan (m, "ushers");
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_true (has (found, 1, 4, 2));
  g_assert_true (has (found, 2, 4, 1));
  g_assert_true (has (found, 2, 6, 4));
}

static void
test_same_pattern_twice (void)
{
  g_autoptr(CtMatcher) m = ct_matcher_new ();
  g_autoptr(GArray) found = NULL;

  add (m, "普陀区", 7);
  add (m, "普陀区", 8);
  ct_matcher_compile (m);
  found = scan (m, "上海市普陀区与舟山市普陀区");
  g_assert_cmpuint (found->len, ==, 4);
  g_assert_true (has (found, 3, 6, 7));
  g_assert_true (has (found, 3, 6, 8));
  g_assert_true (has (found, 10, 13, 8));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/matcher/overlapping", test_overlapping);
  g_test_add_func ("/matcher/failure-links", test_failure_links);
  g_test_add_func ("/matcher/same-pattern-twice", test_same_pattern_twice);
  return g_test_run ();
}
