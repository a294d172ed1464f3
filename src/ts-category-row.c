/* ts-category-row.c: a category in the sidebar, with its number of matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-category-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-category-row.h"

struct _TsCategoryRow
{
  GtkListBoxRow parent_instance;

  GtkLabel *name_label;
  GtkLabel *count_label;

  int category;
};

G_DEFINE_FINAL_TYPE (TsCategoryRow, ts_category_row, GTK_TYPE_LIST_BOX_ROW)

static void
ts_category_row_class_init (TsCategoryRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-category-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TsCategoryRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TsCategoryRow, count_label);
}

static void
ts_category_row_init (TsCategoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ts_category_row_new:
 * @name: what the row shows
 * @category: a category position, or %TS_ALL_CATEGORIES
 */
GtkWidget *
ts_category_row_new (const char *name,
                     int         category)
{
  TsCategoryRow *self = g_object_new (TS_TYPE_CATEGORY_ROW, NULL);

  self->category = category;
  gtk_label_set_text (self->name_label, name);
  return GTK_WIDGET (self);
}

int
ts_category_row_get_category (TsCategoryRow *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ROW (self), -1);

  return self->category;
}

void
ts_category_row_set_count (TsCategoryRow *self,
                           guint          count)
{
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (TS_IS_CATEGORY_ROW (self));

  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (self->count_label, text);

  /* Translators: a category in the sidebar, and how many errors in it match */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u match", "%s, %u matches", count),
                                 gtk_label_get_text (self->name_label), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}
