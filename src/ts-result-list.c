/* ts-result-list.c: the results of a search, as a list to pick from
 *
 * A TsResultModel (the matches, best first) shown through a TsRowModel
 * (the first of them, as rows) and a GtkSingleSelection. Above the rows, a
 * line says when they match only some of the query's words, and which
 * words no error has, or that other categories have matches too. When
 * nothing matches, the list says so instead, with the key closest to the
 * query ("Did you mean …?"), the words to leave out, or the other
 * categories to look in. After new results the best match is
 * selected. The list announces the entry selected ("entry-selected"), the
 * one activated ("entry-activated") and new numbers of matches per
 * category ("counts-changed"), for the details and the sidebar beside it.
 *
 * A keystroke may bring a hundred thousand results, and the list's work
 * for it has to fit in the frames that follow. So:
 *
 * - rows: a screenful and some are made with the list, before the window
 *   is first shown; more come a few a frame as the user scrolls near the
 *   end (see ts-row-model.c);
 * - spare rows: GTK 4.8 destroys the row of an item that goes away and
 *   makes one for each new item, which is the costly part of a row. The
 *   list keeps the rows GTK lets go and gives them to the new items, and
 *   makes more ahead, one at a time when there is nothing else to do;
 * - staged updates: after new results, the frame that follows shows their
 *   rows; the entry selected is announced after that frame, and the counts
 *   after the next, so that no one frame lays out and paints the rows, the
 *   details and the sidebar. The announcements come between frames, in an
 *   idle, as GDK measures the window for them in its own idle rather than
 *   in the frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-result-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-after-frame.h"
#include "ts-result-list.h"
#include "ts-result-row.h"
#include "ts-row-model.h"

/* Rows for a screenful and some, and how many more each frame while the
 * user scrolls near the end or the rows do not fill the view */
#define FIRST_ROWS 24
#define ROWS_PER_FRAME 6
/* The rows made with the list, before the window is shown: a screenful at
 * the window's default size (17 rows of 38 pixels). The first frame adds
 * none, as a row added in it has GTK measure the whole window again. */
#define STARTING_ROWS 18
/* How much of the query the empty state quotes */
#define QUOTED_CHARS 40
/* How many of the words no error has are named, and how much of each */
#define QUOTED_WORDS 3
#define QUOTED_WORD_CHARS 24
/* Rows the list view let go, kept for the next it needs: as many as it
 * can let go at once, and as many made ahead (see spare_rows_wanted()) */
#define MAX_SPARE_ROWS (4 * FIRST_ROWS)

struct _TsResultList
{
  GtkWidget parent_instance;

  TsLocalizer *localizer;
  TsResultModel *results;
  TsRowModel *rows;

  guint grow_tick;
  GPtrArray *spare_rows;
  guint spare_idle;
  double row_height;            /* pixels, from rows that last reached past
                                   the view; 0 before */

  /* announcements after the frame that shows new rows */
  gboolean changing;            /* the results are changing: announce later */
  gboolean selection_later;
  gboolean counts_later;
  TsAfterFrame later;          /* announce_later() */

  GtkStack *stack;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GtkLabel *empty_title;
  GtkLabel *empty_hint;
  GtkWidget *notice_box;
  GtkWidget *partial_label;
  GtkLabel *unmatched_label;
  GtkWidget *category_hint_box;
  GtkLabel *category_hint_label;
  GtkButton *suggestion_button;
  GtkLabel *empty_words;
  GtkWidget *empty_category_box;
  GtkLabel *empty_category_label;
};

G_DEFINE_FINAL_TYPE (TsResultList, ts_result_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_QUERY,
  PROP_CATEGORY,
  PROP_HIDDEN_VERSIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTRY_SELECTED,
  ENTRY_ACTIVATED,
  COUNTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static TsEntry *
selected_entry (TsResultList *self)
{
  TsRowItem *item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? ts_row_item_get_entry (item) : NULL;
}

/* Focuses the row showing @entry. GTK 4.8 has no API to focus a position:
 * the list's own grab_focus goes to the row focused last. */
static void
focus_row (TsResultList *self,
           TsEntry      *entry)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (TS_IS_RESULT_ROW (row) && ts_result_row_get_entry (TS_RESULT_ROW (row)) == entry &&
          gtk_widget_grab_focus (item))
        return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
select_position (TsResultList *self,
                 guint         position,
                 gboolean      focus)
{
  g_assert (TS_IS_RESULT_LIST (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->results)))
    return;
  if (position >= ts_row_model_get_limit (self->rows))
    ts_row_model_set_limit (self->rows, position + FIRST_ROWS);

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  if (focus)
    focus_row (self, selected_entry (self));
}

/* Staged announcements */

static void
announce_selection (TsResultList *self)
{
  self->selection_later = FALSE;
  g_signal_emit (self, signals[ENTRY_SELECTED], 0, selected_entry (self));
}

static void
announce_counts (TsResultList *self)
{
  self->counts_later = FALSE;
  g_signal_emit (self, signals[COUNTS_CHANGED], 0);
}

/* after the frame that shows new rows */
static void
announce_later (gpointer user_data)
{
  TsResultList *self = user_data;

  if (self->selection_later)
    {
      announce_selection (self);
      /* the counts in a frame of their own */
      if (self->counts_later)
        {
          ts_after_frame_schedule (&self->later);
          return;
        }
    }

  if (self->counts_later)
    announce_counts (self);
}

/* Rows */

static void
stop_growing (TsResultList *self)
{
  if (self->grow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_tick);
  self->grow_tick = 0;
}

static gboolean
near_the_end (TsResultList *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  return gtk_adjustment_get_value (adjustment) + 1.5 * gtk_adjustment_get_page_size (adjustment) >=
         gtk_adjustment_get_upper (adjustment);
}

static gboolean
grow_rows (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  TsResultList *self = TS_RESULT_LIST (widget);

  if (ts_row_model_is_complete (self->rows) || !near_the_end (self))
    {
      self->grow_tick = 0;
      return G_SOURCE_REMOVE;
    }

  ts_row_model_set_limit (self->rows, ts_row_model_get_limit (self->rows) + ROWS_PER_FRAME);
  return G_SOURCE_CONTINUE;
}

/* Scrolled near the last row, or the rows do not fill the view: more rows,
 * a few a frame. Not before the window is shown, when the list has no
 * size yet: its first frame only lays out the rows made with it. */
static void
on_list_scrolled (TsResultList  *self,
                  GtkAdjustment *adjustment)
{
  if (self->grow_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      !ts_row_model_is_complete (self->rows) && near_the_end (self))
    self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_rows, NULL, NULL);
}

/* The list view lets a row go when its item goes away, and asks for one
 * for each new item, all of them before it lets the old ones go: new
 * results can take a new row for each row shown (see results_changing()).
 * (The list takes the row out of its item before the "teardown" signal,
 * which is where it joins the spares.) */
static guint
spare_rows_wanted (TsResultList *self)
{
  return CLAMP (g_list_model_get_n_items (G_LIST_MODEL (self->rows)), ROWS_PER_FRAME, 2 * FIRST_ROWS);
}

static GQuark
row_quark (void)
{
  return g_quark_from_static_string ("ts-result-list-row");
}

static gboolean
make_spare_row (gpointer user_data)
{
  TsResultList *self = user_data;

  if (self->spare_rows->len >= spare_rows_wanted (self))
    {
      self->spare_idle = 0;
      return G_SOURCE_REMOVE;
    }

  /* under the rows the list let go, which are taken first: their texts
   * were laid out in this window */
  g_ptr_array_insert (self->spare_rows, 0, g_object_ref_sink (ts_result_row_new (self->localizer)));
  return G_SOURCE_CONTINUE;
}

/* Only once the window is shown: the rows of its first frame are made
 * with the list, the spares after that frame. */
static void
keep_spare_rows (TsResultList *self)
{
  if (self->spare_idle == 0 && self->spare_rows->len < spare_rows_wanted (self) &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->spare_idle = g_idle_add_full (G_PRIORITY_LOW, make_spare_row, self, NULL);
}

static void
on_row_setup (TsResultList             *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  GtkWidget *row;

  if (self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    row = g_object_ref_sink (ts_result_row_new (self->localizer));
  g_object_set_qdata_full (G_OBJECT (item), row_quark (), row, g_object_unref);
  gtk_list_item_set_child (item, row);
  keep_spare_rows (self);
}

static void
on_row_teardown (TsResultList             *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  GtkWidget *row = g_object_steal_qdata (G_OBJECT (item), row_quark ());

  if (row == NULL)
    return;
  if (self->spare_rows != NULL && self->spare_rows->len < MAX_SPARE_ROWS && gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (self->spare_rows, row);
  else
    g_object_unref (row);
}

static void
on_row_bind (TsResultList             *self,
             GtkListItem              *item,
             GtkSignalListItemFactory *factory)
{
  ts_result_row_bind (TS_RESULT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item), self->results);
}

static void
on_row_unbind (TsResultList             *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  ts_result_row_unbind (TS_RESULT_ROW (gtk_list_item_get_child (item)));
}

/* Results */

/* The query as the empty state quotes it: its first QUOTED_CHARS
 * characters of its first line, so that a pasted log that matches nothing
 * is not laid out whole again at each keystroke; isolated, so that its
 * writing direction does not reorder the sentence around it. The words no
 * error has are quoted so too, QUOTED_WORD_CHARS at most. */
static char *
quote_text (const char *query,
            guint       max_chars)
{
  gsize length = strlen (query);
  gsize head_length = MIN (length, 4 * max_chars + 4);   /* enough bytes for the characters quoted and one */
  g_autofree char *head = g_utf8_make_valid (query, head_length);
  const char *end = head;

  for (guint n = 0; *end != '\0' && *end != '\n' && *end != '\r' && n < max_chars; n++)
    end = g_utf8_next_char (end);

  if (*end == '\0' && head_length == length)
    return g_strdup_printf ("\u2068%s\u2069", head);
  return g_strdup_printf ("\u2068%.*s…\u2069", (int) (end - head), head);
}

/* "No error has “banana”, “smoothie”: try leaving them out.", naming
 * QUOTED_WORDS words at most; %NULL when the query has no such word, or
 * no other. */
static char *
describe_unmatched (TsResultList *self)
{
  const char * const *words = ts_result_model_get_words_to_leave_out (self->results);
  guint n = g_strv_length ((char **) words);
  g_autoptr(GString) list = NULL;

  if (n == 0)
    return NULL;

  list = g_string_new (NULL);
  for (guint i = 0; i < n && i < QUOTED_WORDS; i++)
    {
      g_autofree char *quoted = quote_text (words[i], QUOTED_WORD_CHARS);

      /* Translators: a word of the search, quoted, in a list of such words */
      g_string_append_printf (list, i > 0 ? _(", “%s”") : _("“%s”"), quoted);
    }
  if (n > QUOTED_WORDS)
    g_string_append (list, _(", …"));

  /* Translators: %s is a list of quoted words of the search, "“banana”, “smoothie”" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No error has %s: try leaving it out.",
                                       "No error has %s: try leaving them out.", n),
                          list->str);
}

/* "Found in 2 other categories", for a category that hides matches */
static char *
describe_other_categories (TsResultList *self)
{
  guint n = ts_result_model_count_other_categories (self->results);

  if (n == 0)
    return NULL;
  /* Translators: above the errors of the category chosen in the sidebar,
   * beside a "Show All" button */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Found in %u other category",
                                       "Found in %u other categories", n),
                          n);
}

/* Above the rows: that they match only some of the words (the best match
 * does: below the errors that match all of them, some such are usual),
 * and which words no error has; that other categories have matches. */
static void
update_notice (TsResultList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  gboolean partial = shown > 0 && ts_result_model_get_match_kind (self->results, 0) == TS_MATCH_PARTIAL;
  g_autofree char *unmatched = partial ? describe_unmatched (self) : NULL;
  g_autofree char *others = shown > 0 ? describe_other_categories (self) : NULL;

  gtk_widget_set_visible (self->partial_label, partial);
  gtk_widget_set_visible (GTK_WIDGET (self->unmatched_label), unmatched != NULL);
  gtk_label_set_text (self->unmatched_label, unmatched != NULL ? unmatched : "");
  gtk_widget_set_visible (self->category_hint_box, others != NULL);
  gtk_label_set_text (self->category_hint_label, others != NULL ? others : "");
  gtk_widget_set_visible (self->notice_box, partial || others != NULL);
}

static void
update_empty_state (TsResultList *self)
{
  g_autofree char *query = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  guint all = ts_result_model_count_matches (self->results, TS_ALL_CATEGORIES);
  const char *suggestion = ts_result_model_get_suggestion (self->results);
  g_autofree char *title = NULL;
  g_autofree char *words = NULL;
  g_autofree char *others = NULL;

  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
  if (shown > 0)
    return;

  query = quote_text (ts_result_model_get_query (self->results), QUOTED_CHARS);
  if (all > 0)
    {
      /* Translators: %s is what the user searched for */
      title = g_strdup_printf (_("Nothing in this category matches “%s”"), query);
      others = describe_other_categories (self);
      suggestion = NULL;
    }
  else
    {
      /* Translators: %s is what the user searched for */
      title = g_strdup_printf (_("No errors match “%s”"), query);
      words = describe_unmatched (self);
    }

  gtk_label_set_text (self->empty_title, title);

  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_button), suggestion != NULL);
  if (suggestion != NULL)
    {
      /* Translators: a button that searches for the key %s instead */
      g_autofree char *label = g_strdup_printf (_("Did you mean %s?"), suggestion);

      gtk_button_set_label (self->suggestion_button, label);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->suggestion_button),
                                              g_variant_new_string (suggestion));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_words), words != NULL);
  gtk_label_set_text (self->empty_words, words != NULL ? words : "");

  gtk_widget_set_visible (self->empty_category_box, others != NULL);
  gtk_label_set_text (self->empty_category_label, others != NULL ? others : "");

  /* what one can search by, when there is nothing better to say */
  gtk_widget_set_visible (GTK_WIDGET (self->empty_hint), all == 0 && suggestion == NULL && words == NULL);
  gtk_label_set_text (self->empty_hint,
                      _("Search by a code such as 4096 or -10012, a hex code such as 0x4043, "
                        "a key such as PLAY_NOT_ALLOWED, a message, or any words of an "
                        "explanation or fix, in English or Korean. You can also paste a whole log line."));
}

/* Before the results change: rows for what the view shows (a frame's
 * worth at least, two screenfuls at most), from the height of the rows
 * seen last; before any row has been seen, as the window is made, a
 * screenful at its default size. So the first frame of new results is
 * whole, whatever the results before them (none, before the first frame;
 * a few, or the empty state, after a query). The new results take them
 * over in the frame that shows them, with the spare rows; growth adds the
 * rest over the next frames. The selection changes with the rows, and is
 * announced later. */
static void
results_changing (TsResultList *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  guint rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  guint wanted = STARTING_ROWS;

  /* a view is never shorter than its page: only rows that reach past it
   * tell their height */
  if (rows > 0 && upper > page_size)
    self->row_height = upper / rows;
  if (self->row_height > 0 && page_size > 0)
    wanted = (guint) (page_size / self->row_height) + 2;
  self->changing = TRUE;
  stop_growing (self);
  ts_row_model_set_limit (self->rows, CLAMP (wanted, ROWS_PER_FRAME, 2 * FIRST_ROWS));
}

static void
results_changed (TsResultList *self)
{
  update_empty_state (self);
  update_notice (self);
  on_list_scrolled (self, NULL);

  /* the best match selected, and in view */
  select_position (self, 0, FALSE);
  self->changing = FALSE;

  /* before the window is first shown, the counts cost its first frame
   * next to nothing */
  self->selection_later = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->counts_later = TRUE;
  else
    announce_counts (self);
  ts_after_frame_schedule (&self->later);
}

static void
on_selected_changed (TsResultList       *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  /* after new results, the details wait for the frame that shows the rows */
  if (self->changing)
    self->selection_later = TRUE;
  else
    announce_selection (self);
}

static void
on_activate (TsResultList *self,
             guint         position,
             GtkListView  *list)
{
  select_position (self, position, FALSE);
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, selected_entry (self));
}

static void
show_all_categories_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ts_result_list_set_category (TS_RESULT_LIST (widget), TS_ALL_CATEGORIES);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ts_result_list_set_query (TS_RESULT_LIST (widget), g_variant_get_string (parameter, NULL));
}

static void
ts_result_list_dispose (GObject *object)
{
  TsResultList *self = (TsResultList *) object;
  GtkWidget *child;

  ts_after_frame_cancel (&self->later);
  g_clear_handle_id (&self->spare_idle, g_source_remove);
  stop_growing (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RESULT_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  /* after the list view, whose rows join the spares as it goes */
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (ts_result_list_parent_class)->dispose (object);
}

static void
ts_result_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TsResultList *self = TS_RESULT_LIST (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, ts_result_list_get_catalog (self));
      break;
    case PROP_QUERY:
      g_value_set_string (value, ts_result_list_get_query (self));
      break;
    case PROP_CATEGORY:
      g_value_set_int (value, ts_result_list_get_category (self));
      break;
    case PROP_HIDDEN_VERSIONS:
      g_value_set_boxed (value, ts_result_model_get_hidden_versions (self->results));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_result_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TsResultList *self = TS_RESULT_LIST (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      ts_result_list_set_catalog (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ts_result_list_set_query (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      ts_result_list_set_category (self, g_value_get_int (value));
      break;
    case PROP_HIDDEN_VERSIONS:
      ts_result_list_set_hidden_versions (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_result_list_class_init (TsResultListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_result_list_dispose;
  object_class->get_property = ts_result_list_get_property;
  object_class->set_property = ts_result_list_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, TS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, TS_ALL_CATEGORIES, G_MAXINT, TS_ALL_CATEGORIES,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * TsResultList:hidden-versions:
   *
   * The SDK versions whose errors are not shown (see
   * #TsResultModel:hidden-versions).
   */
  properties[PROP_HIDDEN_VERSIONS] =
    g_param_spec_boxed ("hidden-versions", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsResultList::entry-selected:
   * @entry: (nullable): the entry selected
   *
   * The selection changed, or new results came, whose best match is
   * selected; then it comes after the frame that shows their rows.
   */
  signals[ENTRY_SELECTED] =
    g_signal_new ("entry-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TS_TYPE_ENTRY);
  /**
   * TsResultList::entry-activated:
   * @entry: the entry of the row activated (Enter, or a double click)
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TS_TYPE_ENTRY);
  /**
   * TsResultList::counts-changed:
   *
   * The numbers of matches per category changed (see
   * ts_result_list_count_matches()). After new results, it comes after the
   * frame that shows the entry selected.
   */
  signals[COUNTS_CHANGED] =
    g_signal_new ("counts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ts-result-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TsResultList, stack);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, list_view);
  /* internal, for tests/test-application.c, which reads it through the window */
  gtk_widget_class_bind_template_child_internal (widget_class, TsResultList, selection);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, empty_title);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, empty_hint);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, notice_box);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, partial_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, unmatched_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, category_hint_box);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, category_hint_label);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, suggestion_button);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, empty_words);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, empty_category_box);
  gtk_widget_class_bind_template_child (widget_class, TsResultList, empty_category_label);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_teardown);

  /* the buttons of the notice and the empty state */
  gtk_widget_class_install_action (widget_class, "results.show-all-categories", NULL, show_all_categories_action);
  gtk_widget_class_install_action (widget_class, "results.search", "s", search_action);
}

static void
ts_result_list_init (TsResultList *self)
{
  GtkAdjustment *adjustment;

  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  ts_after_frame_init (&self->later, GTK_WIDGET (self), announce_later, self);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = ts_result_model_new ();
  self->rows = ts_row_model_new (self->results);
  ts_row_model_set_limit (self->rows, STARTING_ROWS);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->rows));

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_list_scrolled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_list_scrolled), self, G_CONNECT_SWAPPED);
}

/**
 * ts_result_list_set_localizer:
 * @localizer: (transfer none): for the rows' language; must outlive the list
 *
 * Set it before the catalog, which makes the first rows.
 */
void
ts_result_list_set_localizer (TsResultList *self,
                              TsLocalizer  *localizer)
{
  g_return_if_fail (TS_IS_RESULT_LIST (self));
  g_return_if_fail (localizer != NULL);
  g_return_if_fail (ts_result_model_get_catalog (self->results) == NULL);

  self->localizer = localizer;
}

/**
 * ts_result_list_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog searched
 */
TsCatalog *
ts_result_list_get_catalog (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), NULL);

  return ts_result_model_get_catalog (self->results);
}

void
ts_result_list_set_catalog (TsResultList *self,
                            TsCatalog    *catalog)
{
  int category;

  g_return_if_fail (TS_IS_RESULT_LIST (self));
  g_return_if_fail (catalog == NULL || TS_IS_CATALOG (catalog));
  g_return_if_fail (self->localizer != NULL);

  if (catalog == ts_result_model_get_catalog (self->results))
    return;

  category = ts_result_model_get_category (self->results);
  results_changing (self);
  ts_result_model_set_catalog (self->results, catalog);
  results_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
  if (category != ts_result_model_get_category (self->results))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
ts_result_list_get_query (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), "");

  return ts_result_model_get_query (self->results);
}

/**
 * ts_result_list_set_query:
 * @query: what the user typed
 *
 * Searches now, shows the matches and selects the best one.
 */
void
ts_result_list_set_query (TsResultList *self,
                          const char   *query)
{
  g_return_if_fail (TS_IS_RESULT_LIST (self));

  if (g_strcmp0 (ts_result_model_get_query (self->results), query != NULL ? query : "") == 0)
    return;

  results_changing (self);
  ts_result_model_set_query (self->results, query);
  results_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * ts_result_list_get_category:
 *
 * Returns: the position of the category shown, or %TS_ALL_CATEGORIES
 */
int
ts_result_list_get_category (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), TS_ALL_CATEGORIES);

  return ts_result_model_get_category (self->results);
}

/**
 * ts_result_list_set_category:
 * @category: a category position, or %TS_ALL_CATEGORIES
 *
 * Shows the matches in @category only.
 */
void
ts_result_list_set_category (TsResultList *self,
                             int           category)
{
  g_return_if_fail (TS_IS_RESULT_LIST (self));

  if (category == ts_result_model_get_category (self->results))
    return;

  results_changing (self);
  ts_result_model_set_category (self->results, category);
  results_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/**
 * ts_result_list_get_n_results:
 *
 * Returns: how many results there are, rows or not yet
 */
guint
ts_result_list_get_n_results (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

/**
 * ts_result_list_count_matches:
 * @category: a category position, or %TS_ALL_CATEGORIES
 *
 * Returns: how many entries of @category match the query
 */
guint
ts_result_list_count_matches (TsResultList *self,
                              int           category)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), 0);

  return ts_result_model_count_matches (self->results, category);
}

/**
 * ts_result_list_get_words:
 *
 * Returns: (transfer none): the folded words of the query, for highlighting
 */
const char * const *
ts_result_list_get_words (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), NULL);

  return ts_result_model_get_words (self->results);
}

/**
 * ts_result_list_get_selected:
 *
 * Returns: the position selected, or %GTK_INVALID_LIST_POSITION
 */
guint
ts_result_list_get_selected (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}

/**
 * ts_result_list_get_selected_entry:
 *
 * Returns: (transfer none) (nullable): the entry selected
 */
TsEntry *
ts_result_list_get_selected_entry (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), NULL);

  return selected_entry (self);
}

/**
 * ts_result_list_select:
 * @position: a position among the results
 * @focus: whether to move the keyboard focus to its row
 *
 * Selects the result at @position and scrolls to it, making rows down to
 * it if needed. Does nothing past the last result.
 */
void
ts_result_list_select (TsResultList *self,
                       guint         position,
                       gboolean      focus)
{
  g_return_if_fail (TS_IS_RESULT_LIST (self));

  select_position (self, position, focus);
}

/**
 * ts_result_list_select_entry:
 * @entry: an entry of the catalog
 *
 * Returns: whether @entry is among the results, and now selected
 */
gboolean
ts_result_list_select_entry (TsResultList *self,
                             TsEntry      *entry)
{
  guint position;

  g_return_val_if_fail (TS_IS_RESULT_LIST (self), FALSE);
  g_return_val_if_fail (TS_IS_ENTRY (entry), FALSE);

  position = ts_result_model_find_entry (self->results, entry);
  if (position == G_MAXUINT)
    return FALSE;

  select_position (self, position, FALSE);
  return TRUE;
}

/**
 * ts_result_list_set_hidden_versions:
 * @versions: (nullable) (array zero-terminated=1): SDK versions ("5.x")
 *   whose errors not to show
 *
 * The category shown goes back to all of them if its version is hidden.
 */
void
ts_result_list_set_hidden_versions (TsResultList       *self,
                                    const char * const *versions)
{
  int category;

  const char * const *hidden;

  g_return_if_fail (TS_IS_RESULT_LIST (self));

  hidden = ts_result_model_get_hidden_versions (self->results);
  if (versions != NULL && versions[0] == NULL)
    versions = NULL;
  if (hidden == versions || (hidden != NULL && versions != NULL && g_strv_equal (hidden, versions)))
    return;

  category = ts_result_model_get_category (self->results);
  results_changing (self);
  ts_result_model_set_hidden_versions (self->results, versions);
  results_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_VERSIONS]);
  if (category != ts_result_model_get_category (self->results))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/**
 * ts_result_list_is_category_hidden:
 * @category: a category position
 *
 * Returns: whether @category belongs to a hidden SDK version
 */
gboolean
ts_result_list_is_category_hidden (TsResultList *self,
                                   int           category)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), FALSE);

  return ts_result_model_is_category_hidden (self->results, category);
}

/**
 * ts_result_list_get_sdk_versions:
 *
 * Returns: (transfer none): the SDK versions of the catalog, each once
 */
const char * const *
ts_result_list_get_sdk_versions (TsResultList *self)
{
  g_return_val_if_fail (TS_IS_RESULT_LIST (self), NULL);

  return ts_result_model_get_sdk_versions (self->results);
}
