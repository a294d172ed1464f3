/* ts-copy.h: what Copy Fix and Copy All copy, and what the window says of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ts-entry.h"
#include "ts-localizer.h"

G_BEGIN_DECLS

/* What a widget class tells the copy actions of its instances */
typedef struct
{
  TsEntry     *(*get_entry)     (GtkWidget  *widget);  /* the selected error, or NULL */
  TsLocalizer *(*get_localizer) (GtkWidget  *widget);
  void         (*show_message)  (GtkWidget  *widget,
                                 const char *message);
} TsCopySource;

void  ts_copy_install_actions (GtkWidgetClass     *widget_class,
                               const TsCopySource *source);

char *ts_copy_fix (TsEntry      *entry,
                   TsLocalizer  *localizer,
                   TsLanguage    language,
                   char        **message);
char *ts_copy_all (TsEntry      *entry,
                   TsLocalizer  *localizer,
                   TsLanguage    language,
                   char        **message);

G_END_DECLS
