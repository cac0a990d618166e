/* ct-report-dialog.c: a report of many lines, its first line above the others
 *
 * An import's report has a line per file.  As the body of a message dialog,
 * a thousand lines are laid out by Pango all at once, and again for every
 * width the dialog tries: seconds with the window frozen.  So the first
 * line (the counts) is the body and the others go in a text view, which
 * lays out the lines in sight first and the rest a few at a time when idle.
 * A list view would not do: before it knows its size it makes two hundred
 * rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "ct-report-dialog.h"

AdwMessageDialog *
ct_report_dialog_new (GtkWindow  *parent,
                      const char *heading,
                      const char *report)
{
  const char *rest = strchr (report, '\n');
  g_autofree char *first = rest ? g_strndup (report, rest - report) : g_strdup (report);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, first));
  GtkWidget *view, *scrolled;

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (rest == NULL)
    return dialog;
  view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), rest + 1, -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 300);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (dialog, scrolled);
  return dialog;
}
