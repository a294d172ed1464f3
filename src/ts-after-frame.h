/* ts-after-frame.h: work that waits for a widget's next frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*TsAfterFrameFunc) (gpointer data);

typedef struct
{
  GtkWidget *widget;           /* not referenced: it owns the struct */
  TsAfterFrameFunc func;
  gpointer data;
  guint tick;
  guint idle;
} TsAfterFrame;

void     ts_after_frame_init     (TsAfterFrame     *self,
                                  GtkWidget        *widget,
                                  TsAfterFrameFunc  func,
                                  gpointer          data);
void     ts_after_frame_schedule (TsAfterFrame     *self);
gboolean ts_after_frame_pending  (TsAfterFrame     *self);
void     ts_after_frame_cancel   (TsAfterFrame     *self);

G_END_DECLS
