/* ct-export-dialog.c: what to export: format, content, scale, background, legend, timeline
 *
 * Asked before the file chooser, as the format decides the extension and
 * the options only pictures have.  Choices are remembered with GSettings
 * when the schema is installed; highlighting the selection is not, as a
 * picture for a paper rarely wants it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "ct-export-dialog.h"

struct _CtExportDialog
{
  AdwMessageDialog parent_instance;

  AdwComboRow *format_row;
  AdwComboRow *content_row;
  AdwComboRow *scale_row;
  AdwComboRow *background_row;
  AdwActionRow *legend_row;
  AdwActionRow *timeline_row;
  AdwActionRow *highlight_row;
  GtkSwitch *legend_switch;
  GtkSwitch *timeline_switch;
  GtkSwitch *highlight_switch;
};

G_DEFINE_FINAL_TYPE (CtExportDialog, ct_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* in the order of the format row */
static const char * const extensions[] = { "png", "svg", "pdf", "dot", "gexf", "graphml", "json", "csv" };
static const guint scales[] = { 1, 2, 4 };

static gboolean
is_picture (guint format)
{
  return format <= 2;
}

/* Options apply where they mean something: scale to PNG, the rest to pictures. */
static void
update_sensitivity (CtExportDialog *self)
{
  guint format = adw_combo_row_get_selected (self->format_row);
  guint content = adw_combo_row_get_selected (self->content_row);
  gboolean picture = is_picture (format);
  gboolean graph = content != CT_EXPORT_TIMELINE_ONLY;

  gtk_widget_set_sensitive (GTK_WIDGET (self->content_row), picture);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), format == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->background_row), picture);
  gtk_widget_set_sensitive (GTK_WIDGET (self->legend_row), picture && graph);
  gtk_widget_set_sensitive (GTK_WIDGET (self->timeline_row), picture && graph);
  gtk_widget_set_sensitive (GTK_WIDGET (self->highlight_row), picture && graph);
}

static void
ct_export_dialog_class_init (CtExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cityties/CityTies/ct-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, content_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, background_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, legend_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, timeline_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, highlight_row);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, timeline_switch);
  gtk_widget_class_bind_template_child (widget_class, CtExportDialog, highlight_switch);
}

static void
ct_export_dialog_init (CtExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_selected (self->scale_row, 1);
  gtk_switch_set_active (self->legend_switch, TRUE);
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (update_sensitivity), self);
  g_signal_connect_swapped (self->content_row, "notify::selected", G_CALLBACK (update_sensitivity), self);
  update_sensitivity (self);
}

/* @settings: where the choices are remembered, or NULL. */
CtExportDialog *
ct_export_dialog_new (GtkWindow *parent,
                      GSettings *settings)
{
  CtExportDialog *self = g_object_new (CT_TYPE_EXPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  if (settings != NULL)
    {
      g_settings_bind (settings, "export-format", self->format_row, "selected", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-content", self->content_row, "selected", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-scale", self->scale_row, "selected", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-background", self->background_row, "selected", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-legend", self->legend_switch, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-timeline", self->timeline_switch, "active", G_SETTINGS_BIND_DEFAULT);
    }
  return self;
}

/* What an export does without asking: the whole graph, 2× PNG, on white, with the legend. */
void
ct_export_choice_init (CtExportChoice *choice)
{
  *choice = (CtExportChoice) { "png", CT_EXPORT_WHOLE_GRAPH, 2, CT_EXPORT_BACKGROUND_WHITE, TRUE, FALSE, FALSE };
}

void
ct_export_dialog_get_choice (CtExportDialog *self,
                             CtExportChoice *choice)
{
  guint format = MIN (adw_combo_row_get_selected (self->format_row), G_N_ELEMENTS (extensions) - 1);

  choice->extension = extensions[format];
  choice->content = is_picture (format) ? adw_combo_row_get_selected (self->content_row) : CT_EXPORT_WHOLE_GRAPH;
  choice->scale = scales[MIN (adw_combo_row_get_selected (self->scale_row), G_N_ELEMENTS (scales) - 1)];
  choice->background = adw_combo_row_get_selected (self->background_row);
  choice->legend = gtk_switch_get_active (self->legend_switch);
  choice->timeline = gtk_switch_get_active (self->timeline_switch);
  choice->highlight = gtk_switch_get_active (self->highlight_switch);
}
