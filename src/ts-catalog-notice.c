/* ts-catalog-notice.c: the notice above the results of catalogs that could not be loaded
 *
 * One line says how many of the user's catalogs were skipped, however many
 * there are; Details lists each file and why. It stays until dismissed,
 * while the rest works, and takes no room when there is nothing to say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-catalog-notice"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-catalog-notice.h"

struct _TsCatalogNotice
{
  GtkWidget parent_instance;

  GtkRevealer *revealer;
  GtkLabel *title_label;
  GtkLabel *details_label;     /* under Details: every skipped catalog and why */
};

G_DEFINE_FINAL_TYPE (TsCatalogNotice, ts_catalog_notice, GTK_TYPE_WIDGET)

/* A crossfading revealer keeps its child's size while hidden: the notice
 * hides too. */
static void
hide_notice (TsCatalogNotice *self)
{
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
on_dismissed (TsCatalogNotice *self,
              GtkButton       *button)
{
  hide_notice (self);
}

static void
ts_catalog_notice_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_CATALOG_NOTICE);

  G_OBJECT_CLASS (ts_catalog_notice_parent_class)->dispose (object);
}

static void
ts_catalog_notice_class_init (TsCatalogNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_catalog_notice_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-catalog-notice.ui");
  gtk_widget_class_bind_template_child (widget_class, TsCatalogNotice, revealer);
  gtk_widget_class_bind_template_child (widget_class, TsCatalogNotice, title_label);
  gtk_widget_class_bind_template_child (widget_class, TsCatalogNotice, details_label);
  gtk_widget_class_bind_template_callback (widget_class, on_dismissed);
}

static void
ts_catalog_notice_init (TsCatalogNotice *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ts_catalog_notice_new:
 *
 * Returns: (transfer floating): a notice with nothing to say yet, hidden
 */
TsCatalogNotice *
ts_catalog_notice_new (void)
{
  return g_object_new (TS_TYPE_CATALOG_NOTICE, NULL);
}

/**
 * ts_catalog_notice_set_problems:
 * @problems: (nullable) (element-type utf8): extra catalogs that were
 *   skipped, each "FILE: ERROR"
 *
 * Says in one line how many there are, and lists them under Details; with
 * none, the notice goes.
 */
void
ts_catalog_notice_set_problems (TsCatalogNotice *self,
                                GPtrArray       *problems)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (TS_IS_CATALOG_NOTICE (self));

  if (problems == NULL || problems->len == 0)
    {
      hide_notice (self);
      return;
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u catalog could not be loaded",
                                       "%u catalogs could not be loaded", problems->len),
                           problems->len);
  gtk_label_set_text (self->title_label, title);
  text = g_string_new (NULL);
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (problems, i));
  gtk_label_set_text (self->details_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}
