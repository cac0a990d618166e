/* test-edits.c: corrections are stored, applied to the graph, undone, redone, and survive re-extraction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-edits.h"
#include "ct-graph.h"
#include "ct-importer.h"
#include "ct-reextract.h"
#include "ct-review.h"
#include "ct-test-util.h"

typedef struct
{
  char *dir;
  char *project;
  CtStore *store;
  char *syndicated_hash;   /* content hash of tests/fixtures/syndicated/site-a.html */
} Fixture;

/* A project of the bundled articles and one more with relative dates (6月15日). */
static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *article = ct_test_source_path ("tests", "fixtures", "syndicated", "site-a.html", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GArray) results = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("cityties-edits-XXXXXX", NULL);
  f->project = g_build_filename (f->dir, "test.cityties", NULL);
  f->store = ct_store_open (f->project, &error);
  g_assert_no_error (error);
  g_assert_true (ct_import_bundled (f->store, &error));
  g_ptr_array_add (paths, article);
  results = ct_import_files (f->store, paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (results, CtImportResult, 0).status, ==, CT_IMPORT_IMPORTED);
  g_assert_true (g_file_get_contents (article, &bytes, &length, NULL));
  f->syndicated_hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) bytes, length);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  ct_store_close (f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->syndicated_hash);
  g_free (f->project);
  g_free (f->dir);
}

static JsonNode *
export (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root = ct_store_export (f->store, ct_gazetteer_get_default (), &error);

  g_assert_no_error (error);
  return root;
}

static JsonArray *
member_array (JsonNode *root, const char *member)
{
  return json_object_get_array_member (json_node_get_object (root), member);
}

static JsonObject *
find_object (JsonNode *root, const char *member, const char *key, const char *value)
{
  JsonArray *array = member_array (root, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (o, key, NULL), value) == 0)
        return o;
    }
  return NULL;
}

static JsonObject *
find_tie (JsonNode *root, const char *a, const char *b)
{
  JsonArray *edges = member_array (root, "edges");

  for (guint i = 0; i < json_array_get_length (edges); i++)
    {
      JsonObject *o = json_array_get_object_element (edges, i);

      if (g_str_equal (json_object_get_string_member (o, "kind"), "tie") &&
          g_str_equal (json_object_get_string_member (o, "source"), a) &&
          g_str_equal (json_object_get_string_member (o, "target"), b))
        return o;
    }
  return NULL;
}

static guint
count_reasons (JsonObject *tie, const char *kind, const char *via)
{
  JsonArray *reasons = json_object_get_array_member (tie, "reasons");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (reasons); i++)
    {
      JsonObject *r = json_array_get_object_element (reasons, i);

      n += (kind == NULL || g_strcmp0 (json_object_get_string_member_with_default (r, "kind", NULL), kind) == 0) &&
           (via == NULL || g_strcmp0 (json_object_get_string_member_with_default (r, "via", NULL), via) == 0);
    }
  return n;
}

static gboolean
array_has_string (JsonArray *array, const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_str_equal (json_array_get_string_element (array, i), value))
      return TRUE;
  return FALSE;
}

static gint64
add (Fixture *f, CtEdit edit)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ct_store_add_edit (f->store, &edit, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

#define MEMO "沿沪宁产业创新带加强协同创新备忘录"
#define MEMO_DOCUMENT "004_e0a6c29f7289a2c5.txt"
#define NOTE "两地签署对口支援协议(手工添加)"

static const char *
document_hash (JsonNode *root, const char *name)
{
  return json_object_get_string_member (find_object (root, "documents", "name", name), "sha256");
}

/* What every check below expects of the edited project. */
static void
assert_edits_apply (Fixture *f, const char *agreement_date)
{
  g_autoptr(JsonNode) root = export (f);
  g_autoptr(CtGraph) graph = ct_graph_new_from_export (root);
  JsonObject *tie, *agreement;
  const CtGraphEdge *manual = NULL;
  gint zhenjiang, urumqi, beijing;

  /* hidden tie: 合肥–南昌 is gone, 合肥–武汉 is not */
  g_assert_null (find_tie (root, "340100", "360100"));
  g_assert_nonnull (find_tie (root, "340100", "420100"));
  /* renamed place */
  g_assert_cmpstr (json_object_get_string_member (find_object (root, "nodes", "id", "321100"), "name"), ==, "镇江(改名)");
  zhenjiang = ct_graph_find_node (graph, "321100");
  g_assert_cmpint (zhenjiang, >=, 0);
  g_assert_cmpstr (((CtGraphNode *) g_ptr_array_index (graph->nodes, zhenjiang))->label, ==, "镇江(改名)");
  /* merged: 普陀区 is 上海市 now, with its ties to 镇江 and 江苏 */
  g_assert_null (find_object (root, "nodes", "id", "310107"));
  tie = find_tie (root, "310000", "321100");
  g_assert_nonnull (tie);
  g_assert_cmpuint (count_reasons (tie, NULL, NULL), >=, 3);
  g_assert_cmpuint (count_reasons (find_tie (root, "310000", "320000"), NULL, NULL), ==, 5);
  /* and it takes part in 普陀区's meetings, once */
  {
    JsonArray *who = json_object_get_array_member (find_object (root, "events", "title",
                                                                 "2024镇江(上海)长三角一体化发展合作恳谈会"),
                                                   "participants");

    g_assert_true (array_has_string (who, "310000"));
    g_assert_false (array_has_string (who, "310107"));
    g_assert_cmpuint (json_array_get_length (who), ==, 3);
  }
  /* hidden agreement: neither listed nor a reason of any tie */
  g_assert_null (find_object (root, "agreements", "title", MEMO));
  g_assert_cmpuint (count_reasons (tie, "agreement", MEMO), ==, 0);
  /* the tie by hand: kind manual, the note as its evidence, both places shown */
  tie = find_tie (root, "110000", "650100");
  g_assert_nonnull (tie);
  g_assert_cmpuint (count_reasons (tie, "manual", NULL), ==, 1);
  beijing = ct_graph_find_node (graph, "110000");
  urumqi = ct_graph_find_node (graph, "650100");
  g_assert_cmpint (beijing, >=, 0);
  g_assert_cmpint (urumqi, >=, 0);
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const CtGraphEdge *e = g_ptr_array_index (graph->edges, i);

      if ((gint) e->source == beijing && (gint) e->target == urumqi)
        manual = e;
    }
  g_assert_nonnull (manual);
  g_assert_cmpstr (g_array_index (manual->reasons, CtGraphReason, 0).kind, ==, "manual");
  g_assert_cmpstr (g_array_index (manual->reasons, CtGraphReason, 0).sentence, ==, NOTE);
  /* the date set shows at once; relative dates follow it after re-extraction */
  g_assert_cmpstr (json_object_get_string_member (find_object (root, "documents", "name", "site-a.html"), "published"),
                   ==, "2021-06-20");
  agreement = find_object (root, "agreements", "title", "内江荣昌共建产业合作示范园区框架协议");
  g_assert_nonnull (agreement);
  g_assert_cmpstr (json_object_get_string_member (agreement, "date"), ==, agreement_date);
}

static void
test_edits_survive_reextraction (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) before = export (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *memo_document = g_strdup (document_hash (before, MEMO_DOCUMENT));
  g_autoptr(GPtrArray) edits = NULL;
  guint n = 0;

  /* what is there before any edit */
  g_assert_nonnull (find_tie (before, "340100", "360100"));
  g_assert_nonnull (find_object (before, "nodes", "id", "310107"));
  g_assert_cmpuint (count_reasons (find_tie (before, "310000", "320000"), NULL, NULL), ==, 4);
  g_assert_nonnull (find_object (before, "agreements", "title", MEMO));
  g_assert_null (find_tie (before, "110000", "650100"));

  add (f, (CtEdit) { .op = CT_EDIT_HIDE, .target = CT_EDIT_TIE, .key = "360100", .other = "340100" });
  add (f, (CtEdit) { .op = CT_EDIT_RENAME, .target = CT_EDIT_PLACE, .key = "321100", .value = "镇江(改名)" });
  add (f, (CtEdit) { .op = CT_EDIT_MERGE, .target = CT_EDIT_PLACE, .key = "310107", .other = "310000" });
  add (f, (CtEdit) { .op = CT_EDIT_HIDE, .target = CT_EDIT_AGREEMENT, .key = MEMO, .document = memo_document });
  add (f, (CtEdit) { .op = CT_EDIT_ADD_TIE, .target = CT_EDIT_TIE, .key = "650100", .other = "110000", .value = NOTE });
  add (f, (CtEdit) { .op = CT_EDIT_SET_DATE, .target = CT_EDIT_DOCUMENT, .key = f->syndicated_hash,
                     .value = "2021-06-20" });
  assert_edits_apply (f, "2023-06-15");

  g_assert_true (ct_reextract (f->store, NULL, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 6);
  assert_edits_apply (f, "2021-06-15");

  /* and after reopening the project */
  g_clear_pointer (&f->store, ct_store_close);
  f->store = ct_store_open (f->project, &error);
  g_assert_no_error (error);
  assert_edits_apply (f, "2021-06-15");
  edits = ct_store_list_edits (f->store, &error);
  g_assert_cmpuint (edits->len, ==, 6);
  /* a tie's places are stored in order */
  g_assert_cmpstr (((CtEdit *) g_ptr_array_index (edits, 0))->key, ==, "340100");
  g_assert_cmpstr (((CtEdit *) g_ptr_array_index (edits, 0))->other, ==, "360100");
}

static CtEditState
state_of (Fixture *f, gint64 id)
{
  g_autoptr(GPtrArray) edits = ct_store_list_edits (f->store, NULL);

  for (guint i = 0; i < edits->len; i++)
    if (((CtEdit *) g_ptr_array_index (edits, i))->id == id)
      return ((CtEdit *) g_ptr_array_index (edits, i))->state;
  g_assert_not_reached ();
}

static const char *
name_of (JsonNode *root, const char *id)
{
  return json_object_get_string_member (find_object (root, "nodes", "id", id), "name");
}

static void
test_undo_redo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 rename, hide, third;

  g_assert_false (ct_store_can_undo (f->store));
  g_assert_cmpint (ct_store_undo_edit (f->store, &error), ==, 0);
  rename = add (f, (CtEdit) { .op = CT_EDIT_RENAME, .target = CT_EDIT_PLACE, .key = "341000", .value = "黄山(改)" });
  hide = add (f, (CtEdit) { .op = CT_EDIT_HIDE, .target = CT_EDIT_GROUPING, .key = "武汉都市圈" });
  {
    g_autoptr(JsonNode) root = export (f);

    g_assert_cmpstr (name_of (root, "341000"), ==, "黄山(改)");
    g_assert_null (find_object (root, "nodes", "id", "grouping:武汉都市圈"));
  }

  g_assert_cmpint (ct_store_undo_edit (f->store, &error), ==, hide);
  {
    g_autoptr(JsonNode) root = export (f);

    g_assert_nonnull (find_object (root, "nodes", "id", "grouping:武汉都市圈"));
    g_assert_cmpstr (name_of (root, "341000"), ==, "黄山(改)");
  }
  g_assert_cmpint (ct_store_undo_edit (f->store, &error), ==, rename);
  {
    g_autoptr(JsonNode) root = export (f);

    g_assert_cmpstr (name_of (root, "341000"), ==, "黄山市");
  }
  g_assert_false (ct_store_can_undo (f->store));
  g_assert_true (ct_store_can_redo (f->store));

  /* undo and redo are stored: they hold after reopening */
  g_clear_pointer (&f->store, ct_store_close);
  f->store = ct_store_open (f->project, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ct_store_redo_edit (f->store, &error), ==, rename);
  {
    g_autoptr(JsonNode) root = export (f);

    g_assert_cmpstr (name_of (root, "341000"), ==, "黄山(改)");
    g_assert_nonnull (find_object (root, "nodes", "id", "grouping:武汉都市圈"));
  }

  /* a new edit discards what could have been redone, and keeps it as history */
  third = add (f, (CtEdit) { .op = CT_EDIT_HIDE, .target = CT_EDIT_PLACE, .key = "341000" });
  g_assert_false (ct_store_can_redo (f->store));
  g_assert_cmpint (ct_store_redo_edit (f->store, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (f, rename), ==, CT_EDIT_APPLIED);
  g_assert_cmpint (state_of (f, hide), ==, CT_EDIT_DISCARDED);
  g_assert_cmpint (state_of (f, third), ==, CT_EDIT_APPLIED);
  {
    g_autoptr(JsonNode) root = export (f);

    /* the hidden place takes its ties along */
    g_assert_null (find_object (root, "nodes", "id", "341000"));
    g_assert_null (find_tie (root, "330100", "341000"));
  }
}

static void
assert_invalid (Fixture *f, CtEdit edit)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ct_store_add_edit (f->store, &edit, &error), ==, -1);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

static void
test_invalid_edits (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) edits = NULL;

  assert_invalid (f, (CtEdit) { .op = CT_EDIT_MERGE, .target = CT_EDIT_PLACE, .key = "310000", .other = "310000" });
  assert_invalid (f, (CtEdit) { .op = CT_EDIT_RENAME, .target = CT_EDIT_TIE, .key = "310000", .other = "320000",
                                .value = "x" });
  assert_invalid (f, (CtEdit) { .op = CT_EDIT_RENAME, .target = CT_EDIT_PLACE, .key = "310000", .value = "" });
  assert_invalid (f, (CtEdit) { .op = CT_EDIT_HIDE, .target = CT_EDIT_EVENT, .key = "某会议" });
  assert_invalid (f, (CtEdit) { .op = CT_EDIT_SET_DATE, .target = CT_EDIT_DOCUMENT, .key = f->syndicated_hash,
                                .value = "yesterday" });
  add (f, (CtEdit) { .op = CT_EDIT_MERGE, .target = CT_EDIT_PLACE, .key = "310107", .other = "310000" });
  /* merging back would make a cycle */
  assert_invalid (f, (CtEdit) { .op = CT_EDIT_MERGE, .target = CT_EDIT_PLACE, .key = "310000", .other = "310107" });
  edits = ct_store_list_edits (f->store, NULL);
  g_assert_cmpuint (edits->len, ==, 1);
}

static void
test_review_least_certain_first (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = ct_store_list_review (f->store, 10000, &error);
  g_autoptr(GPtrArray) after = NULL;
  const CtReviewItem *first, *tie = NULL;
  guint places = 0, ties = 0, same = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, >, 20);
  first = g_ptr_array_index (items, 0);
  g_assert_cmpuint (first->confidence, <, ct_how_confidence (CT_HOW_FULL_NAME));
  for (guint i = 0; i < items->len; i++)
    {
      const CtReviewItem *item = g_ptr_array_index (items, i);

      if (i > 0)
        g_assert_cmpuint (((CtReviewItem *) g_ptr_array_index (items, i - 1))->confidence, <=, item->confidence);
      g_assert_cmpuint (item->confidence, ==, ct_how_confidence (item->how));
      g_assert_true (item->sentence != NULL && item->sentence[0] != '\0');
      g_assert_nonnull (item->document);
      g_assert_cmpuint (item->start, <, item->end);
      places += item->kind == CT_REVIEW_PLACE;
      ties += item->kind == CT_REVIEW_TIE;
      if (item->kind == CT_REVIEW_TIE && tie == NULL)
        tie = item;
    }
  g_assert_cmpuint (places, >, 0);
  g_assert_cmpuint (ties, >, 0);
  /* a tie is as sure as its less sure place in that document */
  {
    guint least = G_MAXUINT;

    for (guint i = 0; i < items->len; i++)
      {
        const CtReviewItem *item = g_ptr_array_index (items, i);

        if (item->kind == CT_REVIEW_PLACE && g_str_equal (item->content_hash, tie->content_hash) &&
            (g_str_equal (item->code, tie->code) || g_str_equal (item->code, tie->other)))
          least = MIN (least, item->confidence);
      }
    g_assert_cmpuint (least, ==, tie->confidence);
  }

  /* confirming takes the item off the list, in that document */
  add (f, (CtEdit) { .op = CT_EDIT_CONFIRM, .target = CT_EDIT_PLACE, .key = first->code,
                     .document = first->content_hash });
  after = ct_store_list_review (f->store, 10000, &error);
  g_assert_cmpuint (after->len, ==, items->len - 1);
  for (guint i = 0; i < after->len; i++)
    {
      const CtReviewItem *item = g_ptr_array_index (after, i);

      same += item->kind == CT_REVIEW_PLACE && g_str_equal (item->code, first->code) &&
              g_str_equal (item->content_hash, first->content_hash);
    }
  g_assert_cmpuint (same, ==, 0);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/edits/survive-reextraction", Fixture, NULL, setup, test_edits_survive_reextraction, teardown);
  g_test_add ("/edits/undo-redo", Fixture, NULL, setup, test_undo_redo, teardown);
  g_test_add ("/edits/invalid", Fixture, NULL, setup, test_invalid_edits, teardown);
  g_test_add ("/edits/review-least-certain-first", Fixture, NULL, setup, test_review_least_certain_first, teardown);
  return g_test_run ();
}
