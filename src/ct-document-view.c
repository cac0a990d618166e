/* ct-document-view.c: one document's text with what was extracted highlighted
 *
 * The text as imported, the site boilerplate the splitter left out dimmed,
 * and a colour per kind of thing the extractor took (ct-highlights.c):
 * places, groupings, agreements, events, dates.  Clicking a place or a
 * grouping selects it in the graph.  "Show in document" from the details
 * pane scrolls to the sentence and marks it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "ct-document-view.h"
#include "ct-gazetteer.h"
#include "ct-edits.h"
#include "ct-reextract.h"
#include "ct-store.h"

struct _CtDocumentView
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkLabel *legend;
  GtkTextView *text_view;

  CtWindow *window;     /* the main window, to select in its graph */
  GArray *highlights;   /* CtHighlight */
  char *content_hash;   /* the document's key for edits */
  gint64 id;
};

G_DEFINE_FINAL_TYPE (CtDocumentView, ct_document_view, ADW_TYPE_WINDOW)

/* Colours that read on light and dark backgrounds alike: a hue, and how much of it. */
static const struct { const char *tag; const char *colour; guint percent; const char *label; } kinds[CT_N_HIGHLIGHT_KINDS] = {
  [CT_HIGHLIGHT_PLACE] = { "place", "#3584e4", 28, N_("place") },
  [CT_HIGHLIGHT_GROUPING] = { "grouping", "#2ec27e", 32, N_("grouping") },
  [CT_HIGHLIGHT_AGREEMENT] = { "agreement", "#9141ac", 28, N_("agreement") },
  [CT_HIGHLIGHT_EVENT] = { "event", "#ff7800", 30, N_("event") },
  [CT_HIGHLIGHT_DATE] = { "date", "#9a9996", 35, N_("date") },
};

static void
make_tags (CtDocumentView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GString) legend = g_string_new (NULL);

  for (guint k = 0; k < CT_N_HIGHLIGHT_KINDS; k++)
    {
      GdkRGBA rgba;

      gdk_rgba_parse (&rgba, kinds[k].colour);
      rgba.alpha = kinds[k].percent / 100.0;
      gtk_text_buffer_create_tag (buffer, kinds[k].tag, "background-rgba", &rgba, NULL);
      /* Pango markup takes the alpha apart */
      g_string_append_printf (legend, "<span background=\"%s\" bgalpha=\"%u%%\"> %s </span>  ", kinds[k].colour,
                              kinds[k].percent, _(kinds[k].label));
    }
  gtk_text_buffer_create_tag (buffer, "outside", "foreground", "rgba(128,128,128,0.8)", "scale", 0.85, NULL);
  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.3, NULL);
  gtk_text_buffer_create_tag (buffer, "shown", "background", "rgba(246,211,45,0.55)", NULL);
  g_string_append_printf (legend, "<span alpha=\"60%%\">%s</span>", _("grey: left out as site text"));
  gtk_label_set_markup (self->legend, legend->str);
}

static void
tag_range (GtkTextBuffer *buffer, const char *tag, gsize start, gsize end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);
}

static void
show_document (CtDocumentView *self, CtDocument *document)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *subtitle = ct_date_format (&document->published);

  adw_window_title_set_title (self->window_title, document->title ? document->title : document->name);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : document->name);
  gtk_window_set_title (GTK_WINDOW (self), document->title ? document->title : document->name);
  gtk_text_buffer_set_text (buffer, document->text, -1);
  for (guint i = 0; i < document->lines->len; i++)
    {
      const CtLine *line = &g_array_index (document->lines, CtLine, i);

      if (line->kind == CT_LINE_OUTSIDE || line->kind == CT_LINE_JUNK)
        tag_range (buffer, "outside", line->start, line->end);
      else if (line->kind == CT_LINE_TITLE)
        tag_range (buffer, "title", line->start, line->end);
    }
  for (guint i = 0; i < self->highlights->len; i++)
    {
      const CtHighlight *h = &g_array_index (self->highlights, CtHighlight, i);

      tag_range (buffer, kinds[h->kind].tag, h->start, h->end);
    }
}

/* Marks @sentence (as the details pane quotes it) and scrolls to it. */
gboolean
ct_document_view_show_sentence (CtDocumentView *self,
                                const char     *sentence)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_bounds (buffer, &start, &match_end);
  gtk_text_buffer_remove_tag_by_name (buffer, "shown", &start, &match_end);
  if (sentence == NULL || !gtk_text_iter_forward_search (&start, sentence, GTK_TEXT_SEARCH_TEXT_ONLY, &match_start,
                                                         &match_end, NULL))
    return FALSE;
  gtk_text_buffer_apply_tag_by_name (buffer, "shown", &match_start, &match_end);
  gtk_text_buffer_place_cursor (buffer, &match_start);
  gtk_text_view_scroll_to_iter (self->text_view, &match_start, 0.1, TRUE, 0.0, 0.3);
  return TRUE;
}

/* Selects in the graph the place or grouping highlighted at @offset. */
gboolean
ct_document_view_activate_at (CtDocumentView *self,
                              gint            offset)
{
  for (guint i = 0; i < self->highlights->len; i++)
    {
      const CtHighlight *h = &g_array_index (self->highlights, CtHighlight, i);
      g_autofree char *id = NULL;

      if ((gsize) offset < h->start || (gsize) offset >= h->end ||
          (h->kind != CT_HIGHLIGHT_PLACE && h->kind != CT_HIGHLIGHT_GROUPING))
        continue;
      id = h->kind == CT_HIGHLIGHT_PLACE ? g_strdup (h->key) : g_strconcat ("grouping:", h->key, NULL);
      gtk_widget_activate_action (GTK_WIDGET (self->window), "win.select-node", "s", id);
      return TRUE;
    }
  return FALSE;
}

static void
on_click (GtkGestureClick *gesture, int n_press, double x, double y, CtDocumentView *self)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    ct_document_view_activate_at (self, gtk_text_iter_get_offset (&iter));
}

gboolean
ct_document_view_is_highlighted (CtDocumentView *self,
                                 CtHighlightKind kind,
                                 const char     *key)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), kinds[kind].tag);

  for (guint i = 0; i < self->highlights->len; i++)
    {
      const CtHighlight *h = &g_array_index (self->highlights, CtHighlight, i);
      GtkTextIter at;

      if (h->kind != kind || g_strcmp0 (h->key, key) != 0)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &at, h->start);
      if (gtk_text_iter_has_tag (&at, tag))
        return TRUE;
    }
  return FALSE;
}

GtkTextView *
ct_document_view_get_text_view (CtDocumentView *self)
{
  return self->text_view;
}

/* Sets the publication date the document's relative dates are read
 * against, extracts it again with that date, and shows the result. */
gboolean
ct_document_view_set_date (CtDocumentView  *self,
                           const char      *date,
                           GError         **error)
{
  CtEdit edit = { .op = CT_EDIT_SET_DATE, .target = CT_EDIT_DOCUMENT, .key = self->content_hash, .value = (char *) date };
  g_autoptr(CtStore) store = ct_store_open (ct_window_get_project (self->window), error);
  g_autoptr(CtDocument) document = NULL;
  CtDate parsed;

  if (!ct_date_parse (date, &parsed))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("“%s” is not a date: write 2024-09-23, 2024-09 or 2024"),
                   date);
      return FALSE;
    }
  if (store == NULL || ct_store_add_edit (store, &edit, error) < 0 ||
      !ct_reextract (store, self->content_hash, NULL, NULL, error) ||
      (document = ct_store_load_document (store, self->id, error)) == NULL)
    return FALSE;
  g_clear_pointer (&self->highlights, g_array_unref);
  self->highlights = ct_highlights_find (ct_gazetteer_get_default (), document);
  show_document (self, document);
  ct_window_reload (self->window);
  return TRUE;
}

static void
on_date_answer (AdwMessageDialog *dialog, const char *response, CtDocumentView *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (!g_str_equal (response, "set"))
    return;
  if (ct_document_view_set_date (self, gtk_editable_get_text (entry), &error))
    ct_window_toast (self->window, _("Publication date set; the document was read again"), TRUE);
  else
    ct_window_toast (self->window, error->message, FALSE);
}

static void
action_set_date (GtkWidget *widget, const char *name, GVariant *parameter)
{
  CtDocumentView *self = CT_DOCUMENT_VIEW (widget);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Publication Date"),
    _("Relative dates in the text (昨日, 6月15日) are read against it; the edit is kept after re-extraction.")));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "2024-09-23");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "set", _("_Set Date"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "set");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_date_answer), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ct_document_view_dispose (GObject *object)
{
  CtDocumentView *self = CT_DOCUMENT_VIEW (object);

  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->content_hash, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_DOCUMENT_VIEW);
  G_OBJECT_CLASS (ct_document_view_parent_class)->dispose (object);
}

static void
ct_document_view_class_init (CtDocumentViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ct_document_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cityties/CityTies/ct-document-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CtDocumentView, window_title);
  gtk_widget_class_bind_template_child (widget_class, CtDocumentView, legend);
  gtk_widget_class_bind_template_child (widget_class, CtDocumentView, text_view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "document.set-date", NULL, action_set_date);
}

static void
ct_document_view_init (CtDocumentView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  make_tags (self);
  g_signal_connect (click, "released", G_CALLBACK (on_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
}

/* The document stored as @document_id in @window's project, in a window of its own. */
CtDocumentView *
ct_document_view_new (CtWindow  *window,
                      gint64     document_id,
                      GError   **error)
{
  g_autoptr(CtStore) store = ct_store_open (ct_window_get_project (window), error);
  g_autoptr(CtDocument) document = store ? ct_store_load_document (store, document_id, error) : NULL;
  CtDocumentView *self;

  if (document == NULL)
    return NULL;
  self = g_object_new (CT_TYPE_DOCUMENT_VIEW, "transient-for", window, NULL);
  self->window = window;
  self->id = document_id;
  self->content_hash = g_strdup (document->content_hash);
  self->highlights = ct_highlights_find (ct_gazetteer_get_default (), document);
  show_document (self, document);
  return self;
}
