/* ct-matcher.c: Aho–Corasick automaton over Unicode code points
 *
 * Transitions live in one hash table keyed by (state, character), so the
 * automaton costs memory in proportion to the patterns, not to the size of the
 * alphabet (CJK has tens of thousands of characters).  Scanning is linear in
 * the text plus the number of matches reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-matcher.h"

typedef struct
{
  guint fail;        /* longest proper suffix that is also a trie prefix */
  guint output_next; /* next state on the suffix chain that ends a pattern */
  guint depth;
  GArray *values;    /* values of patterns ending exactly here, or NULL */
} CtState;

struct _CtMatcher
{
  GArray *states;        /* CtState */
  GHashTable *goto_map;  /* (state << 32 | char) -> state + 1 */
  gboolean compiled;
};

#define NO_STATE G_MAXUINT

static inline guint64
edge_key (guint state, gunichar c)
{
  return ((guint64) state << 32) | c;
}

static guint
goto_state (CtMatcher *self, guint state, gunichar c)
{
  guint64 key = edge_key (state, c);
  gpointer found = g_hash_table_lookup (self->goto_map, &key);

  return found ? GPOINTER_TO_UINT (found) - 1 : NO_STATE;
}

static guint
add_state (CtMatcher *self, guint depth)
{
  CtState state = { 0, NO_STATE, depth, NULL };

  g_array_append_val (self->states, state);
  return self->states->len - 1;
}

static void
clear_state (gpointer data)
{
  CtState *state = data;

  g_clear_pointer (&state->values, g_array_unref);
}

CtMatcher *
ct_matcher_new (void)
{
  CtMatcher *self = g_new0 (CtMatcher, 1);

  self->states = g_array_new (FALSE, FALSE, sizeof (CtState));
  g_array_set_clear_func (self->states, clear_state);
  self->goto_map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  add_state (self, 0);
  return self;
}

void
ct_matcher_free (CtMatcher *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->states);
  g_hash_table_unref (self->goto_map);
  g_free (self);
}

void
ct_matcher_add (CtMatcher      *self,
                const gunichar *pattern,
                gsize           length,
                guint           value)
{
  guint state = 0;
  CtState *end;

  g_return_if_fail (!self->compiled);
  g_return_if_fail (length > 0);

  for (gsize i = 0; i < length; i++)
    {
      guint next = goto_state (self, state, pattern[i]);

      if (next == NO_STATE)
        {
          guint64 *key = g_new (guint64, 1);

          next = add_state (self, i + 1);
          *key = edge_key (state, pattern[i]);
          g_hash_table_insert (self->goto_map, key, GUINT_TO_POINTER (next + 1));
        }
      state = next;
    }

  end = &g_array_index (self->states, CtState, state);
  if (end->values == NULL)
    end->values = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (end->values, value);
}

/* Breadth-first over the trie: a state's failure link is found by following
 * its parent's failure links, so parents must be done first. */
void
ct_matcher_compile (CtMatcher *self)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (!self->compiled);

  /* Child lists per state, so the walk does not scan the whole map. */
  for (guint i = 0; i < self->states->len; i++)
    g_ptr_array_add (children, g_array_new (FALSE, FALSE, sizeof (guint64)));
  g_hash_table_iter_init (&iter, self->goto_map);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint64 edge = *(guint64 *) key;
      g_array_append_val (g_ptr_array_index (children, edge >> 32), edge);
    }

  g_array_append_vals (queue, &(guint) { 0 }, 1);
  for (guint head = 0; head < queue->len; head++)
    {
      guint parent = g_array_index (queue, guint, head);
      GArray *edges = g_ptr_array_index (children, parent);

      for (guint i = 0; i < edges->len; i++)
        {
          guint64 edge = g_array_index (edges, guint64, i);
          gunichar c = (gunichar) (edge & 0xffffffff);
          guint child = goto_state (self, parent, c);
          CtState *state = &g_array_index (self->states, CtState, child);
          guint fail = 0;

          if (parent != 0)
            {
              guint f = g_array_index (self->states, CtState, parent).fail;

              while (TRUE)
                {
                  guint next = goto_state (self, f, c);

                  if (next != NO_STATE)
                    {
                      fail = next;
                      break;
                    }
                  if (f == 0)
                    break;
                  f = g_array_index (self->states, CtState, f).fail;
                }
            }
          state->fail = fail;
          {
            CtState *fail_state = &g_array_index (self->states, CtState, fail);
            state->output_next = fail_state->values != NULL ? fail : fail_state->output_next;
          }
          g_array_append_val (queue, child);
        }
    }
  self->compiled = TRUE;
}

static void
emit (GArray *matches, const CtState *state, gsize end)
{
  for (guint i = 0; i < state->values->len; i++)
    {
      CtMatch match = { end - state->depth, end, g_array_index (state->values, guint, i) };
      g_array_append_val (matches, match);
    }
}

/* Returns every occurrence of every pattern, ordered by end position. */
GArray *
ct_matcher_scan (CtMatcher      *self,
                 const gunichar *text,
                 gsize           length)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (CtMatch));
  guint state = 0;

  g_return_val_if_fail (self->compiled, matches);

  for (gsize i = 0; i < length; i++)
    {
      guint next;

      while ((next = goto_state (self, state, text[i])) == NO_STATE && state != 0)
        state = g_array_index (self->states, CtState, state).fail;
      state = next == NO_STATE ? 0 : next;

      for (guint s = state; s != NO_STATE && s != 0;)
        {
          const CtState *st = &g_array_index (self->states, CtState, s);

          if (st->values != NULL)
            emit (matches, st, i + 1);
          s = st->output_next;
        }
    }
  return matches;
}
