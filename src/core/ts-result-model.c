/* ts-result-model.c: the entries matching a query, best first, as a list model
 *
 * The window lists these. The search index hands back matches already
 * ranked, so this model only narrows them to one category, and leaves out
 * the SDK versions the user hid: no GtkSorter re-sorts a hundred thousand
 * items on each keystroke, and no GtkFilter folds their text again. Each
 * new query, category or set of hidden versions replaces the items in one
 * items-changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-result-model"

#include "config.h"

#include "ts-analyzer.h"
#include "ts-result-model.h"

struct _TsResultModel
{
  GObject parent_instance;

  TsCatalog *catalog;
  TsSearchResult *result;
  char *query;
  int category;
  GStrv hidden_versions;  /* as set */
  GStrv versions;         /* the catalog's SDK versions, in category order */

  /* indexes into the result of the matches shown, or NULL for all of them */
  GArray *shown;
  guint *counts;          /* matches per category */
  guint all_count;        /* matches in the categories not hidden */
  guint *categories;      /* the category of each entry, by catalog position */
  gboolean *hidden;       /* whether each category's version is hidden */
  gboolean any_hidden;
};

static void list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TsResultModel, ts_result_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_init))

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_QUERY,
  PROP_CATEGORY,
  PROP_HIDDEN_VERSIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
n_shown (TsResultModel *self)
{
  if (self->result == NULL)
    return 0;
  if (self->shown != NULL)
    return self->shown->len;
  return ts_search_result_get_n_matches (self->result);
}

/* The result index of the item at @position. */
static guint
result_index (TsResultModel *self,
              guint          position)
{
  return self->shown != NULL ? g_array_index (self->shown, guint, position) : position;
}

static GType
ts_result_model_get_item_type (GListModel *model)
{
  return TS_TYPE_ENTRY;
}

static guint
ts_result_model_get_n_items (GListModel *model)
{
  return n_shown (TS_RESULT_MODEL (model));
}

static gpointer
ts_result_model_get_item (GListModel *model,
                          guint       position)
{
  TsResultModel *self = TS_RESULT_MODEL (model);
  guint entry;

  if (position >= n_shown (self))
    return NULL;

  entry = ts_search_result_get_position (self->result, result_index (self, position));
  return g_object_ref (ts_catalog_get_entry (self->catalog, entry));
}

static void
list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_result_model_get_item_type;
  iface->get_n_items = ts_result_model_get_n_items;
  iface->get_item = ts_result_model_get_item;
}

/* The category of the match at @index: looked up in an array, since this
 * runs for every match of every keystroke. */
static guint
category_of (TsResultModel *self,
             guint          index)
{
  return self->categories[ts_search_result_get_position (self->result, index)];
}

static gboolean
category_hidden (TsResultModel *self,
                 int            category)
{
  return self->hidden != NULL && category >= 0 && self->hidden[category];
}

/* The catalog's SDK versions, each once, in the order of their categories. */
static void
update_versions (TsResultModel *self)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->catalog != NULL && i < ts_catalog_get_n_categories (self->catalog); i++)
    {
      const char *version = ts_category_get_sdk_version (ts_catalog_get_category (self->catalog, i));

      if (version != NULL && !g_ptr_array_find_with_equal_func (versions, version, g_str_equal, NULL))
        g_ptr_array_add (versions, g_strdup (version));
    }
  g_ptr_array_add (versions, NULL);
  g_strfreev (self->versions);
  self->versions = (GStrv) g_ptr_array_free (g_steal_pointer (&versions), FALSE);
}

/* Which categories are left out. Hiding every version of the catalog
 * would leave nothing to search (a catalog given on the command line may
 * have only a version hidden for the built-in one): then none is. */
static void
update_hidden (TsResultModel *self)
{
  guint n_categories = self->catalog != NULL ? ts_catalog_get_n_categories (self->catalog) : 0;
  gboolean all_hidden = self->versions != NULL && self->versions[0] != NULL;

  for (guint i = 0; self->versions != NULL && self->versions[i] != NULL && all_hidden; i++)
    all_hidden = self->hidden_versions != NULL &&
                 g_strv_contains ((const char * const *) self->hidden_versions, self->versions[i]);

  g_clear_pointer (&self->hidden, g_free);
  self->any_hidden = FALSE;
  if (n_categories == 0 || self->hidden_versions == NULL || all_hidden)
    return;

  self->hidden = g_new0 (gboolean, n_categories);
  for (guint i = 0; i < n_categories; i++)
    {
      const char *version = ts_category_get_sdk_version (ts_catalog_get_category (self->catalog, i));

      self->hidden[i] = version != NULL && g_strv_contains ((const char * const *) self->hidden_versions, version);
      self->any_hidden |= self->hidden[i];
    }
}

/* Recomputes what is shown and tells the views, in one items-changed. */
static void
refresh (TsResultModel *self,
         gboolean       searched)
{
  guint removed = n_shown (self);
  guint n_categories;

  g_clear_pointer (&self->shown, g_array_unref);
  if (self->catalog == NULL)
    {
      g_clear_pointer (&self->result, ts_search_result_free);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
      return;
    }

  if (searched || self->result == NULL)
    {
      g_clear_pointer (&self->result, ts_search_result_free);
      self->result = ts_catalog_search (self->catalog, self->query != NULL ? self->query : "");

      n_categories = ts_catalog_get_n_categories (self->catalog);
      g_free (self->counts);
      self->counts = g_new0 (guint, n_categories);
      for (guint i = 0; i < ts_search_result_get_n_matches (self->result); i++)
        self->counts[category_of (self, i)]++;
    }

  self->all_count = 0;
  for (guint i = 0; i < ts_catalog_get_n_categories (self->catalog); i++)
    if (!category_hidden (self, i))
      self->all_count += self->counts[i];

  if (self->category != TS_ALL_CATEGORIES)
    {
      guint n = ts_search_result_get_n_matches (self->result);

      self->shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->counts[self->category]);
      for (guint i = 0; i < n; i++)
        if ((int) category_of (self, i) == self->category)
          g_array_append_val (self->shown, i);
    }
  else if (self->any_hidden)
    {
      guint n = ts_search_result_get_n_matches (self->result);

      self->shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->all_count);
      for (guint i = 0; i < n; i++)
        if (!self->hidden[category_of (self, i)])
          g_array_append_val (self->shown, i);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, n_shown (self));
}

static void
ts_result_model_finalize (GObject *object)
{
  TsResultModel *self = (TsResultModel *) object;

  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->result, ts_search_result_free);
  g_clear_object (&self->catalog);
  g_free (self->counts);
  g_free (self->categories);
  g_free (self->hidden);
  g_free (self->query);
  g_strfreev (self->hidden_versions);
  g_strfreev (self->versions);

  G_OBJECT_CLASS (ts_result_model_parent_class)->finalize (object);
}

static void
ts_result_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsResultModel *self = TS_RESULT_MODEL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_CATEGORY:
      g_value_set_int (value, self->category);
      break;
    case PROP_HIDDEN_VERSIONS:
      g_value_set_boxed (value, self->hidden_versions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_result_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TsResultModel *self = TS_RESULT_MODEL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      ts_result_model_set_catalog (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ts_result_model_set_query (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      ts_result_model_set_category (self, g_value_get_int (value));
      break;
    case PROP_HIDDEN_VERSIONS:
      ts_result_model_set_hidden_versions (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_result_model_class_init (TsResultModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_result_model_finalize;
  object_class->get_property = ts_result_model_get_property;
  object_class->set_property = ts_result_model_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, TS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, TS_ALL_CATEGORIES, G_MAXINT, TS_ALL_CATEGORIES,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * TsResultModel:hidden-versions:
   *
   * The SDK versions (as catalogs name them, "4.x") whose errors are left
   * out of the items and the counts, unless that would leave out all of
   * the catalog's.
   */
  properties[PROP_HIDDEN_VERSIONS] =
    g_param_spec_boxed ("hidden-versions", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_result_model_init (TsResultModel *self)
{
  self->category = TS_ALL_CATEGORIES;
}

TsResultModel *
ts_result_model_new (void)
{
  return g_object_new (TS_TYPE_RESULT_MODEL, NULL);
}

/**
 * ts_result_model_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog searched
 */
TsCatalog *
ts_result_model_get_catalog (TsResultModel *self)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), NULL);

  return self->catalog;
}

void
ts_result_model_set_catalog (TsResultModel *self,
                             TsCatalog     *catalog)
{
  g_return_if_fail (TS_IS_RESULT_MODEL (self));
  g_return_if_fail (catalog == NULL || TS_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  g_clear_pointer (&self->categories, g_free);
  if (catalog != NULL)
    {
      guint n = ts_catalog_get_n_entries (catalog);

      self->categories = g_new (guint, MAX (1, n));
      for (guint i = 0; i < n; i++)
        self->categories[i] = ts_category_get_position (ts_entry_get_category (ts_catalog_get_entry (catalog, i)));
    }

  update_versions (self);
  update_hidden (self);
  if (catalog == NULL || self->category >= (int) ts_catalog_get_n_categories (catalog) ||
      category_hidden (self, self->category))
    {
      self->category = TS_ALL_CATEGORIES;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
    }
  refresh (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

const char *
ts_result_model_get_query (TsResultModel *self)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), NULL);

  return self->query != NULL ? self->query : "";
}

/**
 * ts_result_model_set_query:
 * @query: what the user typed
 *
 * Searches, and replaces the items with the matches.
 */
void
ts_result_model_set_query (TsResultModel *self,
                           const char    *query)
{
  g_return_if_fail (TS_IS_RESULT_MODEL (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);

  refresh (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * ts_result_model_get_category:
 *
 * Returns: the position of the category shown, or %TS_ALL_CATEGORIES
 */
int
ts_result_model_get_category (TsResultModel *self)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), TS_ALL_CATEGORIES);

  return self->category;
}

void
ts_result_model_set_category (TsResultModel *self,
                              int            category)
{
  g_return_if_fail (TS_IS_RESULT_MODEL (self));
  g_return_if_fail (category >= TS_ALL_CATEGORIES);

  if (self->catalog == NULL || category >= (int) ts_catalog_get_n_categories (self->catalog) ||
      category_hidden (self, category))
    category = TS_ALL_CATEGORIES;
  if (self->category == category)
    return;

  self->category = category;
  refresh (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/**
 * ts_result_model_count_matches:
 * @category: a category position, or %TS_ALL_CATEGORIES
 *
 * Returns: how many entries of @category match the query
 */
guint
ts_result_model_count_matches (TsResultModel *self,
                               int            category)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), 0);

  if (self->result == NULL)
    return 0;
  if (category == TS_ALL_CATEGORIES)
    return self->all_count;
  if (category < 0 || category >= (int) ts_catalog_get_n_categories (self->catalog) ||
      category_hidden (self, category))
    return 0;
  return self->counts[category];
}

/**
 * ts_result_model_count_other_categories:
 *
 * Returns: how many categories other than the one shown have matches
 *   (none when all are shown); hidden ones do not count
 */
guint
ts_result_model_count_other_categories (TsResultModel *self)
{
  guint n = 0;

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), 0);

  if (self->result == NULL || self->category == TS_ALL_CATEGORIES)
    return 0;
  for (guint i = 0; i < ts_catalog_get_n_categories (self->catalog); i++)
    if ((int) i != self->category && !category_hidden (self, i) && self->counts[i] > 0)
      n++;
  return n;
}

/**
 * ts_result_model_get_words:
 *
 * Returns: (transfer none): the folded words of the query, for highlighting
 */
const char * const *
ts_result_model_get_words (TsResultModel *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), none);

  return self->result != NULL ? ts_search_result_get_words (self->result) : none;
}

TsMatchKind
ts_result_model_get_match_kind (TsResultModel *self,
                                guint          position)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), TS_MATCH_WORDS);
  g_return_val_if_fail (position < n_shown (self), TS_MATCH_WORDS);

  return ts_search_result_get_kind (self->result, result_index (self, position));
}

/**
 * ts_result_model_find_entry:
 *
 * Returns: the position of @entry among the items, or G_MAXUINT
 */
guint
ts_result_model_find_entry (TsResultModel *self,
                            TsEntry       *entry)
{
  guint index;

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), G_MAXUINT);
  g_return_val_if_fail (TS_IS_ENTRY (entry), G_MAXUINT);

  if (self->result == NULL)
    return G_MAXUINT;

  index = ts_search_result_find (self->result, ts_entry_get_position (entry));
  if (index == G_MAXUINT || self->shown == NULL)
    return index;

  for (guint i = 0; i < self->shown->len; i++)
    if (g_array_index (self->shown, guint, i) == index)
      return i;
  return G_MAXUINT;
}

/**
 * ts_result_model_get_hidden_versions:
 *
 * Returns: (transfer none) (nullable): the SDK versions set to be hidden
 */
const char * const *
ts_result_model_get_hidden_versions (TsResultModel *self)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), NULL);

  return (const char * const *) self->hidden_versions;
}

/**
 * ts_result_model_set_hidden_versions:
 * @versions: (nullable) (array zero-terminated=1): SDK versions ("4.x")
 *   whose errors to leave out
 *
 * The category shown goes back to all of them if its version is hidden.
 */
void
ts_result_model_set_hidden_versions (TsResultModel      *self,
                                     const char * const *versions)
{
  gboolean had_hidden;

  g_return_if_fail (TS_IS_RESULT_MODEL (self));

  if (versions != NULL && versions[0] == NULL)
    versions = NULL;
  if (versions == NULL && self->hidden_versions == NULL)
    return;
  if (versions != NULL && self->hidden_versions != NULL &&
      g_strv_equal (versions, (const char * const *) self->hidden_versions))
    return;

  g_strfreev (self->hidden_versions);
  self->hidden_versions = g_strdupv ((char **) versions);
  had_hidden = self->any_hidden;
  update_hidden (self);

  if (category_hidden (self, self->category))
    {
      self->category = TS_ALL_CATEGORIES;
      refresh (self, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
    }
  else if (had_hidden || self->any_hidden)
    refresh (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_VERSIONS]);
}

/**
 * ts_result_model_get_sdk_versions:
 *
 * Returns: (transfer none): the SDK versions of the catalog's categories,
 *   each once, in the catalog's order
 */
const char * const *
ts_result_model_get_sdk_versions (TsResultModel *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), none);

  return self->versions != NULL ? (const char * const *) self->versions : none;
}

/**
 * ts_result_model_is_version_hidden:
 * @version: an SDK version, as a catalog names it
 *
 * Returns: whether the errors of @version are left out now (see
 *   #TsResultModel:hidden-versions)
 */
gboolean
ts_result_model_is_version_hidden (TsResultModel *self,
                                   const char    *version)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  for (guint i = 0; self->hidden != NULL && i < ts_catalog_get_n_categories (self->catalog); i++)
    if (self->hidden[i] &&
        g_strcmp0 (ts_category_get_sdk_version (ts_catalog_get_category (self->catalog, i)), version) == 0)
      return TRUE;
  return FALSE;
}

/**
 * ts_result_model_is_category_hidden:
 * @category: a category position
 *
 * Returns: whether @category's version is hidden now
 */
gboolean
ts_result_model_is_category_hidden (TsResultModel *self,
                                    int            category)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), FALSE);

  return self->catalog != NULL && category < (int) ts_catalog_get_n_categories (self->catalog) &&
         category_hidden (self, category);
}

/**
 * ts_result_model_has_partial:
 *
 * Returns: whether some of the items share only some of the query's words
 *   (#TS_MATCH_PARTIAL); they come last
 */
gboolean
ts_result_model_has_partial (TsResultModel *self)
{
  guint n;

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), FALSE);

  n = n_shown (self);
  return n > 0 && ts_search_result_has_partial (self->result) &&
         ts_search_result_get_kind (self->result, result_index (self, n - 1)) == TS_MATCH_PARTIAL;
}

/**
 * ts_result_model_get_unmatched_words:
 *
 * Returns: (transfer none): the folded words of the query, stop words
 *   aside, that no entry has in any form
 */
const char * const *
ts_result_model_get_unmatched_words (TsResultModel *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), none);

  return self->result != NULL ? ts_search_result_get_unmatched_words (self->result) : none;
}

/**
 * ts_result_model_get_words_to_leave_out:
 *
 * Returns: (transfer none): the words no entry has, where the query has
 *   others that some entry has: leaving them out still leaves a search.
 *   None when no word of the query is found anywhere.
 */
const char * const *
ts_result_model_get_words_to_leave_out (TsResultModel *self)
{
  static const char * const none[] = { NULL };
  const char * const *unmatched, * const *words;

  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), none);

  unmatched = ts_result_model_get_unmatched_words (self);
  if (unmatched[0] == NULL)
    return none;

  /* the query's words and the forms they were found through */
  words = ts_result_model_get_words (self);
  for (guint i = 0; words[i] != NULL; i++)
    if (!g_strv_contains (unmatched, words[i]) && !ts_text_is_stop_word (words[i]))
      return unmatched;
  return none;
}

/**
 * ts_result_model_get_suggestion:
 *
 * Returns: (transfer none) (nullable): for a query that found nothing, the
 *   key closest to it
 */
const char *
ts_result_model_get_suggestion (TsResultModel *self)
{
  g_return_val_if_fail (TS_IS_RESULT_MODEL (self), NULL);

  return self->result != NULL ? ts_search_result_get_suggestion (self->result) : NULL;
}
