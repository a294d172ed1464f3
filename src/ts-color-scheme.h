/* ts-color-scheme.h: follow the desktop's colour scheme and contrast, live
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_COLOR_SCHEME (ts_color_scheme_get_type ())
G_DECLARE_FINAL_TYPE (TsColorScheme, ts_color_scheme, TS, COLOR_SCHEME, GObject)

TsColorScheme *ts_color_scheme_new             (gboolean       use_portal);
gboolean       ts_color_scheme_get_prefer_dark (TsColorScheme *self);

G_END_DECLS
