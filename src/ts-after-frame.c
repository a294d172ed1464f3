/* ts-after-frame.c: work that waits for a widget's next frame
 *
 * A widget's updates in stages: the next frame shows what changed so far,
 * and the work runs after it, in an idle between frames, since GDK measures
 * the widgets that work changes in an idle of its own rather than in the
 * frame. So no one frame lays out and paints everything at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-after-frame"

#include "config.h"

#include "ts-after-frame.h"

static gboolean
run (gpointer user_data)
{
  TsAfterFrame *self = user_data;

  self->idle = 0;
  self->func (self->data);
  return G_SOURCE_REMOVE;
}

/* in the next frame, before it is laid out and painted */
static gboolean
on_frame (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       user_data)
{
  TsAfterFrame *self = user_data;

  self->tick = 0;
  if (self->idle == 0)
    self->idle = g_idle_add (run, self);
  return G_SOURCE_REMOVE;
}

/**
 * ts_after_frame_init:
 * @widget: whose frames to wait for; it owns @self, and cancels it as it
 *   is disposed
 * @func: the work, called once per schedule
 *
 * Sets up @self, with nothing scheduled.
 */
void
ts_after_frame_init (TsAfterFrame     *self,
                     GtkWidget        *widget,
                     TsAfterFrameFunc  func,
                     gpointer          data)
{
  *self = (TsAfterFrame) { widget, func, data, 0, 0 };
}

/**
 * ts_after_frame_schedule:
 *
 * Runs the work after the widget's next frame, once however often this is
 * called before then. Work that was waiting for its idle waits for the next
 * frame instead. The widget must be mapped, or its frames do not come.
 */
void
ts_after_frame_schedule (TsAfterFrame *self)
{
  g_clear_handle_id (&self->idle, g_source_remove);
  if (self->tick == 0)
    self->tick = gtk_widget_add_tick_callback (self->widget, on_frame, self, NULL);
}

/**
 * ts_after_frame_pending:
 *
 * Returns: whether the work is scheduled and has not run yet
 */
gboolean
ts_after_frame_pending (TsAfterFrame *self)
{
  return self->tick != 0 || self->idle != 0;
}

/**
 * ts_after_frame_cancel:
 *
 * Forgets the work scheduled, if any.
 */
void
ts_after_frame_cancel (TsAfterFrame *self)
{
  g_clear_handle_id (&self->idle, g_source_remove);
  if (self->tick != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick);
  self->tick = 0;
}
