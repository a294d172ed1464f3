/* ts-category-row.c: a category in the sidebar, with its number of matches
 *
 * The row shows a TsCategoryItem, and follows its count. Its name is as
 * wide as it needs (the sidebar follows it), and ends in an ellipsis only
 * when the window is too narrow for it. The first row under a heading (a
 * catalog's product and SDK version) has the heading above it.
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

  TsCategoryItem *item;

  GtkLabel *name_label;
  GtkLabel *count_label;
};

G_DEFINE_FINAL_TYPE (TsCategoryRow, ts_category_row, GTK_TYPE_LIST_BOX_ROW)

static void
show_count (TsCategoryRow *self)
{
  guint count = ts_category_item_get_count (self->item);
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autofree char *description = NULL;

  gtk_label_set_text (self->count_label, text);

  /* Translators: a category in the sidebar, and how many errors in it match */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u match", "%s, %u matches", count),
                                 ts_category_item_get_name (self->item), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
ts_category_row_dispose (GObject *object)
{
  TsCategoryRow *self = TS_CATEGORY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_CATEGORY_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ts_category_row_parent_class)->dispose (object);
}

static void
ts_category_row_class_init (TsCategoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_category_row_dispose;

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
 * @item: the category, or all of them, to show
 */
GtkWidget *
ts_category_row_new (TsCategoryItem *item)
{
  TsCategoryRow *self;

  g_return_val_if_fail (TS_IS_CATEGORY_ITEM (item), NULL);

  self = g_object_new (TS_TYPE_CATEGORY_ROW, NULL);
  self->item = g_object_ref (item);
  gtk_label_set_text (self->name_label, ts_category_item_get_name (item));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), ts_category_item_get_description (item));
  g_signal_connect_object (item, "notify::count", G_CALLBACK (show_count), self, G_CONNECT_SWAPPED);
  show_count (self);
  return GTK_WIDGET (self);
}

/**
 * ts_category_row_update_header:
 * @row: a #TsCategoryRow
 * @before: (nullable): the #TsCategoryRow above it
 *
 * A #GtkListBoxUpdateHeaderFunc: above the first category under each
 * heading, the heading ("TRTC Web SDK 4.x").
 */
void
ts_category_row_update_header (GtkListBoxRow *row,
                               GtkListBoxRow *before,
                               gpointer       user_data)
{
  const char *heading, *previous = NULL;
  GtkWidget *header;

  g_return_if_fail (TS_IS_CATEGORY_ROW (row));
  g_return_if_fail (before == NULL || TS_IS_CATEGORY_ROW (before));

  heading = ts_category_item_get_heading (TS_CATEGORY_ROW (row)->item);
  if (before != NULL)
    previous = ts_category_item_get_heading (TS_CATEGORY_ROW (before)->item);

  if (heading == NULL || g_strcmp0 (heading, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (GTK_IS_LABEL (header) && g_str_equal (gtk_label_get_text (GTK_LABEL (header)), heading))
    return;

  header = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (header), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

/**
 * ts_category_row_get_item:
 *
 * Returns: (transfer none): the item shown
 */
TsCategoryItem *
ts_category_row_get_item (TsCategoryRow *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ROW (self), NULL);

  return self->item;
}

/**
 * ts_category_row_get_category:
 *
 * Returns: the position of the category shown, or %TS_ALL_CATEGORIES
 */
int
ts_category_row_get_category (TsCategoryRow *self)
{
  g_return_val_if_fail (TS_IS_CATEGORY_ROW (self), -1);

  return ts_category_item_get_category (self->item);
}
