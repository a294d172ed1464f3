/* ts-sidebar.c: the categories of the results, with their numbers of matches
 *
 * Beside a TsResultList: All, then its catalog's categories under a heading
 * for each SDK version (and each catalog of the user's), leaving out those
 * of the versions it hides (see ts-version-actions.c). Each row shows how
 * many of its category's errors match the search; the sidebar is as wide as
 * the longest name.
 *
 * The row selected is the category the results show: a row the user
 * chooses shows its category in them ("category-chosen"), and the sidebar
 * follows when they show another by themselves ("Show All", a hidden
 * version). A catalog reloaded, or versions shown or hidden, keep the
 * category selected where it is still listed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-category-row.h"
#include "ts-sidebar.h"

struct _TsSidebar
{
  GtkWidget parent_instance;

  TsLocalizer *localizer;      /* the UI language; not ours */
  TsResultList *results;
  TsCatalog *catalog;          /* whose categories are listed */
  GListStore *categories;      /* TsCategoryItem: All, then the catalog's */
  char *first_id;              /* the category to select in the first catalog */
  gboolean selecting;          /* the sidebar, not the user, selects a row */

  GtkRevealer *revealer;
  GtkListBox *category_list;
};

G_DEFINE_FINAL_TYPE (TsSidebar, ts_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULTS,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CATEGORY_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The id of @category in the catalog listed, or %NULL for All */
static const char *
category_id (TsSidebar *self,
             int        category)
{
  if (self->catalog == NULL || category == TS_ALL_CATEGORIES)
    return NULL;
  return ts_category_get_id (ts_catalog_get_category (self->catalog, category));
}

/* The category listed with the id @id, or All */
static int
listed_category (TsSidebar  *self,
                 const char *id)
{
  GListModel *categories = G_LIST_MODEL (self->categories);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(TsCategoryItem) item = g_list_model_get_item (categories, i);
      int category = ts_category_item_get_category (item);

      if (g_strcmp0 (category_id (self, category), id) == 0)
        return category;
    }
  return TS_ALL_CATEGORIES;
}

/* The position of @category's row, or -1 */
static int
category_row_index (TsSidebar *self,
                    int        category)
{
  GListModel *categories = G_LIST_MODEL (self->categories);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(TsCategoryItem) item = g_list_model_get_item (categories, i);

      if (ts_category_item_get_category (item) == category)
        return i;
    }
  return -1;
}

/* Selects @category's row (All if it has none) for the user, not by them:
 * no one is told it was chosen. */
static void
select_category (TsSidebar *self,
                 int        category)
{
  int index = category_row_index (self, category);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->category_list, MAX (index, 0));

  if (row == NULL || row == gtk_list_box_get_selected_row (self->category_list))
    return;
  self->selecting = TRUE;
  gtk_list_box_select_row (self->category_list, row);
  self->selecting = FALSE;
}

/* The rows follow their items' counts. */
static void
update_counts (TsSidebar *self)
{
  GListModel *categories = G_LIST_MODEL (self->categories);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(TsCategoryItem) item = g_list_model_get_item (categories, i);

      ts_category_item_set_count (item, ts_result_list_count_matches (self->results,
                                                                      ts_category_item_get_category (item)));
    }
}

static GtkWidget *
create_category_row (gpointer item,
                     gpointer user_data)
{
  return ts_category_row_new (item);
}

/* "TRTC Web SDK 4.x": the heading a category is under; a catalog of the
 * user's ("team-notes/network") is under one of its own. */
static char *
category_heading (TsCategory *category)
{
  const char *id = ts_category_get_id (category);
  const char *slash = strchr (id, '/');

  if (slash != NULL)
    return g_strdup_printf ("%s %s · %.*s", ts_category_get_product (category), ts_category_get_sdk_version (category),
                            (int) (slash - id), id);
  return g_strdup_printf ("%s %s", ts_category_get_product (category), ts_category_get_sdk_version (category));
}

/* All, then the catalog's categories but those of hidden SDK versions;
 * the category with the id @selected_id is selected, or All. */
static void
fill_categories (TsSidebar  *self,
                 const char *selected_id)
{
  TsLanguage language = ts_localizer_get_ui_language (self->localizer);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int selected;

  g_ptr_array_add (items, ts_category_item_new (TS_ALL_CATEGORIES, C_("category", "All"), NULL, NULL));
  for (guint i = 0; self->catalog != NULL && i < ts_catalog_get_n_categories (self->catalog); i++)
    {
      TsCategory *category = ts_catalog_get_category (self->catalog, i);
      g_autofree char *heading = NULL;

      if (ts_result_list_is_category_hidden (self->results, i))
        continue;
      heading = category_heading (category);
      g_ptr_array_add (items, ts_category_item_new (i, ts_category_get_name (category, language),
                                                    ts_category_get_description (category, language), heading));
    }

  self->selecting = TRUE;
  g_list_store_splice (self->categories, 0, g_list_model_get_n_items (G_LIST_MODEL (self->categories)),
                       items->pdata, items->len);
  self->selecting = FALSE;
  update_counts (self);
  selected = listed_category (self, selected_id);
  select_category (self, selected);
  /* a row selected by the list box as it filled is selected again */
  if (ts_result_list_get_category (self->results) != selected)
    {
      self->selecting = TRUE;
      ts_result_list_set_category (self->results, selected);
      self->selecting = FALSE;
    }
}

/* The id of the category selected, or %NULL for All */
static const char *
selected_category_id (TsSidebar *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->category_list);

  return row != NULL ? category_id (self, ts_category_row_get_category (TS_CATEGORY_ROW (row))) : NULL;
}

/* The results' catalog: its categories, with the category selected kept;
 * the first catalog, the one asked for before it. */
static void
on_catalog_changed (TsSidebar    *self,
                    GParamSpec   *pspec,
                    TsResultList *results)
{
  g_autofree char *selected_id = NULL;

  if (self->catalog != NULL)
    selected_id = g_strdup (selected_category_id (self));
  else
    selected_id = g_steal_pointer (&self->first_id);

  g_set_object (&self->catalog, ts_result_list_get_catalog (results));
  fill_categories (self, selected_id);
}

/* SDK versions shown or hidden: their categories come or go. */
static void
on_hidden_versions_changed (TsSidebar    *self,
                            GParamSpec   *pspec,
                            TsResultList *results)
{
  /* (set before the catalog, as the window is made) */
  if (self->catalog == NULL)
    return;
  fill_categories (self, selected_category_id (self));
}

/* The results showed another category by themselves: the sidebar follows. */
static void
on_category_changed (TsSidebar    *self,
                     GParamSpec   *pspec,
                     TsResultList *results)
{
  select_category (self, ts_result_list_get_category (results));
}

static void
on_counts_changed (TsSidebar    *self,
                   TsResultList *results)
{
  update_counts (self);
}

static void
on_row_selected (TsSidebar     *self,
                 GtkListBoxRow *row,
                 GtkListBox    *list)
{
  int category;

  if (row == NULL || self->results == NULL || self->catalog == NULL)
    return;

  category = ts_category_row_get_category (TS_CATEGORY_ROW (row));
  if (category == ts_result_list_get_category (self->results))
    return;
  ts_result_list_set_category (self->results, category);
  if (!self->selecting)
    g_signal_emit (self, signals[CATEGORY_CHOSEN], 0, category_id (self, category));
}

static void
ts_sidebar_dispose (GObject *object)
{
  TsSidebar *self = TS_SIDEBAR (object);

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_data (self->results, self);
  g_clear_object (&self->results);
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_SIDEBAR);
  g_clear_object (&self->categories);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ts_sidebar_parent_class)->dispose (object);
}

static void
ts_sidebar_finalize (GObject *object)
{
  TsSidebar *self = TS_SIDEBAR (object);

  g_free (self->first_id);

  G_OBJECT_CLASS (ts_sidebar_parent_class)->finalize (object);
}

static void
ts_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TsSidebar *self = TS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_RESULTS:
      g_value_set_object (value, self->results);
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, ts_sidebar_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TsSidebar *self = TS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_RESULTS:
      ts_sidebar_set_results (self, g_value_get_object (value));
      break;
    case PROP_REVEALED:
      ts_sidebar_set_revealed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_sidebar_class_init (TsSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_sidebar_dispose;
  object_class->finalize = ts_sidebar_finalize;
  object_class->get_property = ts_sidebar_get_property;
  object_class->set_property = ts_sidebar_set_property;

  /**
   * TsSidebar:results:
   *
   * The results whose categories are listed, and which show the category
   * selected.
   */
  properties[PROP_RESULTS] =
    g_param_spec_object ("results", NULL, NULL, TS_TYPE_RESULT_LIST,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * TsSidebar:revealed:
   *
   * Whether the sidebar is shown; it slides in and out.
   */
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsSidebar::category-chosen:
   * @id: (nullable): the id of the category, or %NULL for All
   *
   * The user chose a category, which the results show now.
   */
  signals[CATEGORY_CHOSEN] =
    g_signal_new ("category-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, TsSidebar, revealer);
  /* internal, for the tests, which read it through the window */
  gtk_widget_class_bind_template_child_internal (widget_class, TsSidebar, category_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
}

static void
ts_sidebar_init (TsSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->categories = g_list_store_new (TS_TYPE_CATEGORY_ITEM);
  gtk_list_box_bind_model (self->category_list, G_LIST_MODEL (self->categories), create_category_row, NULL, NULL);
  gtk_list_box_set_header_func (self->category_list, ts_category_row_update_header, NULL, NULL);
}

/**
 * ts_sidebar_set_localizer:
 * @localizer: (transfer none): for the categories' language; must outlive
 *   the sidebar
 *
 * Set it before the results have a catalog.
 */
void
ts_sidebar_set_localizer (TsSidebar   *self,
                          TsLocalizer *localizer)
{
  g_return_if_fail (TS_IS_SIDEBAR (self));
  g_return_if_fail (localizer != NULL);
  g_return_if_fail (self->catalog == NULL);

  self->localizer = localizer;
}

/**
 * ts_sidebar_get_results:
 *
 * Returns: (transfer none) (nullable): the results whose categories are listed
 */
TsResultList *
ts_sidebar_get_results (TsSidebar *self)
{
  g_return_val_if_fail (TS_IS_SIDEBAR (self), NULL);

  return self->results;
}

/**
 * ts_sidebar_set_results:
 * @results: (nullable): the results whose categories to list
 *
 * The sidebar follows their catalog, the SDK versions they hide, their
 * counts and the category they show; choosing a row shows its category in
 * them.
 */
void
ts_sidebar_set_results (TsSidebar    *self,
                        TsResultList *results)
{
  g_return_if_fail (TS_IS_SIDEBAR (self));
  g_return_if_fail (results == NULL || TS_IS_RESULT_LIST (results));

  if (self->results == results)
    return;

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_data (self->results, self);
  g_set_object (&self->results, results);
  if (results != NULL)
    {
      g_signal_connect_object (results, "notify::catalog", G_CALLBACK (on_catalog_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (results, "notify::hidden-versions", G_CALLBACK (on_hidden_versions_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (results, "notify::category", G_CALLBACK (on_category_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (results, "counts-changed", G_CALLBACK (on_counts_changed), self, G_CONNECT_SWAPPED);
      if (ts_result_list_get_catalog (results) != self->catalog)
        on_catalog_changed (self, NULL, results);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS]);
}

/**
 * ts_sidebar_select_category:
 * @id: (nullable): the id of a category, or %NULL for All
 *
 * Selects the category @id, or All if none listed has that id, for the
 * user rather than by them ("category-chosen" does not come). Before the
 * results have a catalog, it is the category to select in the first.
 */
void
ts_sidebar_select_category (TsSidebar  *self,
                            const char *id)
{
  g_return_if_fail (TS_IS_SIDEBAR (self));

  if (self->catalog == NULL)
    {
      g_free (self->first_id);
      self->first_id = g_strdup (id);
      return;
    }
  select_category (self, listed_category (self, id));
}

gboolean
ts_sidebar_get_revealed (TsSidebar *self)
{
  g_return_val_if_fail (TS_IS_SIDEBAR (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

/**
 * ts_sidebar_set_revealed:
 * @revealed: whether to show the sidebar
 *
 * Slides the sidebar in or out.
 */
void
ts_sidebar_set_revealed (TsSidebar *self,
                         gboolean   revealed)
{
  g_return_if_fail (TS_IS_SIDEBAR (self));

  revealed = !!revealed;
  if (revealed == ts_sidebar_get_revealed (self))
    return;

  gtk_revealer_set_reveal_child (self->revealer, revealed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}
