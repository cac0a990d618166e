/* ct-extraction.c: what the extractor found in one document, with its evidence
 *
 * The JSON form follows the gold annotation schema (places as full paths,
 * groupings, agreements, events, ties as sorted pairs) and adds codes and
 * evidence so a reader can check every item against its sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-extraction.h"

void
ct_evidence_clear (CtEvidence *evidence)
{
  g_clear_pointer (&evidence->sentence, g_free);
}

void
ct_evidence_copy (CtEvidence       *dest,
                  const CtEvidence *src)
{
  dest->start = src->start;
  dest->end = src->end;
  dest->sentence = g_strdup (src->sentence);
}

static void
free_grouping (gpointer data)
{
  CtGrouping *g = data;

  g_free (g->name);
  g_array_unref (g->members);
  ct_evidence_clear (&g->evidence);
  g_free (g);
}

static void
free_agreement (gpointer data)
{
  CtAgreement *a = data;

  g_free (a->title);
  g_array_unref (a->parties);
  ct_evidence_clear (&a->evidence);
  g_free (a);
}

static void
free_event (gpointer data)
{
  CtEvent *e = data;

  g_free (e->title);
  g_array_unref (e->participants);
  ct_evidence_clear (&e->evidence);
  g_free (e);
}

static void
clear_place (gpointer data)
{
  ct_evidence_clear (&((CtPlace *) data)->evidence);
}

static void
clear_reason (gpointer data)
{
  CtTieReason *r = data;

  g_free (r->via);
  ct_evidence_clear (&r->evidence);
}

static void
clear_tie (gpointer data)
{
  g_array_unref (((CtTie *) data)->reasons);
}

/* Ties own their reasons; the array frees them. */
GArray *
ct_tie_reasons_new (void)
{
  GArray *reasons = g_array_new (FALSE, TRUE, sizeof (CtTieReason));

  g_array_set_clear_func (reasons, clear_reason);
  return reasons;
}

CtExtraction *
ct_extraction_new (void)
{
  CtExtraction *self = g_new0 (CtExtraction, 1);

  self->places = g_array_new (FALSE, TRUE, sizeof (CtPlace));
  g_array_set_clear_func (self->places, clear_place);
  self->groupings = g_ptr_array_new_with_free_func (free_grouping);
  self->agreements = g_ptr_array_new_with_free_func (free_agreement);
  self->events = g_ptr_array_new_with_free_func (free_event);
  self->ties = g_array_new (FALSE, TRUE, sizeof (CtTie));
  g_array_set_clear_func (self->ties, clear_tie);
  return self;
}

void
ct_extraction_free (CtExtraction *self)
{
  if (self == NULL)
    return;
  g_free (self->document);
  g_free (self->title);
  g_free (self->encoding);
  g_array_unref (self->places);
  g_ptr_array_unref (self->groupings);
  g_ptr_array_unref (self->agreements);
  g_ptr_array_unref (self->events);
  g_array_unref (self->ties);
  g_free (self);
}

/* ------------------------------------------------------------------------ */

static void
add_date (JsonBuilder *b, const char *key, const CtDate *date)
{
  g_autofree char *text = ct_date_format (date);

  json_builder_set_member_name (b, key);
  if (text != NULL)
    json_builder_add_string_value (b, text);
  else
    json_builder_add_null_value (b);
}

static void
add_place_list (JsonBuilder *b, CtGazetteer *gazetteer, const char *key, GArray *list)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, g_array_index (list, guint, i))->path);
  json_builder_end_array (b);
}

static void
add_evidence (JsonBuilder *b, const CtEvidence *evidence)
{
  json_builder_set_member_name (b, "evidence");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, evidence->start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, evidence->end);
  json_builder_set_member_name (b, "sentence");
  json_builder_add_string_value (b, evidence->sentence ? evidence->sentence : "");
  json_builder_end_object (b);
}

static const char *
tie_kind_name (CtTieKind kind)
{
  switch (kind)
    {
    case CT_TIE_AGREEMENT:
      return "agreement";
    case CT_TIE_EVENT:
      return "event";
    case CT_TIE_GROUPING:
      return "grouping";
    case CT_TIE_JOINT:
    default:
      return "joint";
    }
}

static void
add_places (JsonBuilder *b, CtExtraction *self, CtGazetteer *gazetteer)
{
  json_builder_set_member_name (b, "places");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->places->len; i++)
    json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, g_array_index (self->places, CtPlace, i).division)->path);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "place_details");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->places->len; i++)
    {
      const CtPlace *p = &g_array_index (self->places, CtPlace, i);
      const CtDivision *d = ct_gazetteer_get_division (gazetteer, p->division);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "path");
      json_builder_add_string_value (b, d->path);
      json_builder_set_member_name (b, "code");
      json_builder_add_string_value (b, d->code);
      json_builder_set_member_name (b, "how");
      json_builder_add_string_value (b, ct_how_to_string (p->how));
      add_evidence (b, &p->evidence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_groupings (JsonBuilder *b, CtExtraction *self, CtGazetteer *gazetteer)
{
  json_builder_set_member_name (b, "groupings");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->groupings->len; i++)
    {
      const CtGrouping *g = g_ptr_array_index (self->groupings, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, g->name);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, ct_grouping_kind_to_string (g->kind));
      add_place_list (b, gazetteer, "members", g->members);
      add_evidence (b, &g->evidence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_agreements (JsonBuilder *b, CtExtraction *self, CtGazetteer *gazetteer)
{
  json_builder_set_member_name (b, "agreements");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->agreements->len; i++)
    {
      const CtAgreement *a = g_ptr_array_index (self->agreements, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, a->title);
      add_date (b, "date", &a->date);
      add_place_list (b, gazetteer, "parties", a->parties);
      add_evidence (b, &a->evidence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_events (JsonBuilder *b, CtExtraction *self, CtGazetteer *gazetteer)
{
  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->events->len; i++)
    {
      const CtEvent *e = g_ptr_array_index (self->events, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, e->title);
      add_date (b, "start", &e->start);
      add_date (b, "end", &e->end);
      json_builder_set_member_name (b, "place");
      if (e->place >= 0)
        json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, e->place)->path);
      else
        json_builder_add_null_value (b);
      add_place_list (b, gazetteer, "participants", e->participants);
      add_evidence (b, &e->evidence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_ties (JsonBuilder *b, CtExtraction *self, CtGazetteer *gazetteer)
{
  json_builder_set_member_name (b, "ties");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->ties->len; i++)
    {
      const CtTie *t = &g_array_index (self->ties, CtTie, i);

      json_builder_begin_array (b);
      json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, t->a)->path);
      json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, t->b)->path);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "tie_details");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->ties->len; i++)
    {
      const CtTie *t = &g_array_index (self->ties, CtTie, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "a");
      json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, t->a)->code);
      json_builder_set_member_name (b, "b");
      json_builder_add_string_value (b, ct_gazetteer_get_division (gazetteer, t->b)->code);
      json_builder_set_member_name (b, "reasons");
      json_builder_begin_array (b);
      for (guint k = 0; k < t->reasons->len; k++)
        {
          const CtTieReason *r = &g_array_index (t->reasons, CtTieReason, k);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, tie_kind_name (r->kind));
          json_builder_set_member_name (b, "via");
          if (r->via != NULL)
            json_builder_add_string_value (b, r->via);
          else
            json_builder_add_null_value (b);
          add_date (b, "date", &r->date);
          add_evidence (b, &r->evidence);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

JsonNode *
ct_extraction_to_json (CtExtraction *self,
                       CtGazetteer  *gazetteer)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "doc");
  json_builder_add_string_value (b, self->document);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, self->title ? self->title : "");
  json_builder_set_member_name (b, "encoding");
  json_builder_add_string_value (b, self->encoding ? self->encoding : "");
  add_date (b, "published", &self->published);
  add_places (b, self, gazetteer);
  add_groupings (b, self, gazetteer);
  add_agreements (b, self, gazetteer);
  add_events (b, self, gazetteer);
  add_ties (b, self, gazetteer);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
