/* ts-window-private.h: the window's parts, shared by ts-window.c, ts-window-actions.c
 * and ts-window-log.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ts-catalog-notice.h"
#include "ts-entry-view.h"
#include "ts-result-list.h"
#include "ts-sidebar.h"
#include "ts-version-actions.h"
#include "ts-window.h"

G_BEGIN_DECLS

struct _TsWindow
{
  GtkApplicationWindow parent_instance;

  TsLocalizer *localizer;      /* the UI language; not ours */
  TsCatalog *catalog;
  GSettings *settings;
  TsVersionActions *version_actions; /* "sdk.show-4.x"… */
  gboolean show_sidebar;       /* shown now */
  gboolean sidebar_wanted;     /* the user's choice, kept in the settings */
  gboolean narrow;
  GtkWindow *shortcuts_window; /* made on first use */
  guint narrow_idle;
  guint message_timeout;

  GtkSearchEntry *search_entry;
  TsSidebar *sidebar;
  GtkBox *content_box;
  GtkPaned *content_paned;
  TsResultList *result_list;
  GtkStack *detail_stack;
  GtkScrolledWindow *entry_scroller;
  TsEntryView *entry_view;     /* made on first use */
  GtkMenuButton *menu_button;
  GMenuModel *primary_menu;
  GMenu *versions_menu;        /* a section of it, filled with the versions */
  GtkRevealer *toast_revealer;
  GtkLabel *toast_label;
  TsCatalogNotice *notice;     /* of extra catalogs that were skipped: made
                                  with the first ones */
};

void _ts_window_class_actions_init (TsWindowClass *klass);
void _ts_window_update_actions     (TsWindow      *self);
void _ts_window_show_message       (TsWindow      *self,
                                    const char    *message);

/* ts-window-log.c */
void     _ts_window_class_log_init   (TsWindowClass *klass);
void     _ts_window_log_init         (TsWindow      *self);
gboolean _ts_window_take_search_text (TsWindow      *self,
                                      const char    *text);
gboolean _ts_window_close_log        (TsWindow      *self);

G_END_DECLS
