/* ts-row-text.c: one line of text in a list row, sized by its font
 *
 * What GtkInscription (GTK 4.8) is for, without its cost: its size does not
 * depend on its text, so a new text only redraws it, and the list and the
 * window are not measured again. GtkInscription asks Pango for the font's
 * metrics at every measure, and Pango shapes a sample sentence for each
 * answer, which added up to a good part of the first frame; here they are
 * measured once a font.
 *
 * The line is as tall as the font's, or with "tall", as a line that also
 * has Hangul, which comes from another font with a taller line. With
 * "lines", the text wraps onto that many lines, as tall whatever the text.
 * Text that does not fit ends in an ellipsis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-row-text"

#include "config.h"

#include "ts-row-text.h"

struct _TsRowText
{
  GtkWidget parent_instance;

  PangoLayout *layout;    /* made when first needed (see get_layout()) */
  char *text;
  PangoAttrList *attributes;
  guint context_serial;   /* of the Pango context the layout was made for */
  float xalign;
  guint min_chars;
  guint nat_chars;
  guint lines;
  gboolean tall;
};

enum {
  PROP_0,
  PROP_XALIGN,
  PROP_MIN_CHARS,
  PROP_NAT_CHARS,
  PROP_LINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TsRowText, ts_row_text, GTK_TYPE_WIDGET)

typedef struct
{
  PangoFontDescription *font;
  double resolution;
  int char_width;          /* Pango units */
  int line_height;         /* pixels, 0 until measured */
  int tall_line_height;
  gboolean bold_drawn;     /* see draw_bold_ahead() */
} FontSizes;

/* The fonts of the rows' texts: regular, bold, monospace, small. */
#define MAX_FONTS 8

static FontSizes *
font_sizes (PangoContext *context)
{
  static FontSizes fonts[MAX_FONTS];
  static guint next;
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);
  PangoFontMetrics *metrics;
  FontSizes *sizes;

  for (guint i = 0; i < MAX_FONTS && fonts[i].font != NULL; i++)
    if (fonts[i].resolution == resolution && pango_font_description_equal (fonts[i].font, font))
      return &fonts[i];

  /* a new font: it takes the place of the oldest */
  sizes = &fonts[next];
  next = (next + 1) % MAX_FONTS;
  g_clear_pointer (&sizes->font, pango_font_description_free);
  sizes->font = pango_font_description_copy (font);
  sizes->resolution = resolution;
  metrics = pango_context_get_metrics (context, NULL, NULL);
  sizes->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                           pango_font_metrics_get_approximate_digit_width (metrics));
  pango_font_metrics_unref (metrics);
  sizes->line_height = sizes->tall_line_height = 0;
  sizes->bold_drawn = FALSE;
  return sizes;
}

static int
line_height (PangoContext *context,
             FontSizes    *sizes,
             gboolean      tall)
{
  int *height = tall ? &sizes->tall_line_height : &sizes->line_height;

  if (*height == 0)
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (context);

      pango_layout_set_text (layout, tall ? "Ag 한글" : "Ag", -1);
      pango_layout_get_pixel_size (layout, NULL, height);
    }

  return *height;
}

static void
new_layout (TsRowText *self)
{
  g_clear_object (&self->layout);
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  self->context_serial = pango_context_get_serial (pango_layout_get_context (self->layout));
  pango_layout_set_attributes (self->layout, self->attributes);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (self->layout, TRUE);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  /* a negative height is a number of lines */
  pango_layout_set_height (self->layout, -(int) self->lines);
}

/* The layout, made the first time the text is shaped or drawn. Texts that
 * stay hidden never need one, nor the Pango context it comes with: a row's
 * summary, for errors with only a code, is hidden in most rows, and its SDK
 * version in every row where the catalog has one version. */
static PangoLayout *
get_layout (TsRowText *self)
{
  if (self->layout == NULL)
    new_layout (self);
  return self->layout;
}

/* The widget's Pango context follows its CSS font, and is another one
 * when the widget moves to another root (a row kept as a spare and used
 * again): the layout must follow both. */
static void
check_context (TsRowText *self)
{
  PangoContext *context;
  guint serial;

  if (self->layout == NULL)
    return;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  serial = pango_context_get_serial (context);
  if (context != pango_layout_get_context (self->layout))
    new_layout (self);
  else if (serial != self->context_serial)
    {
      self->context_serial = serial;
      pango_layout_context_changed (self->layout);
    }
}

/* A highlight is bold, from another font file than the text around it.
 * The first query to highlight a text in a font waited for that bold
 * font to load and for its letters to be drawn, in the frame showing the
 * results (as the first "error f" does, whose highlights fall in the
 * monospace codes). Once a font has been measured, its bold is loaded and
 * its letters and digits drawn ahead, when the program has nothing else to
 * do; cairo keeps the drawn letters for the rows. */
static gboolean
draw_bold_ahead (gpointer data)
{
  PangoContext *context = data;
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoAttrList) bold = pango_attr_list_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  pango_layout_set_text (layout, "0123456789abcdefghijklmnopqrstuvwxyz"
                                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-.:", -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1), MAX (height, 1));
  cr = cairo_create (surface);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return G_SOURCE_REMOVE;
}

/* Breaks and shapes the text for @width pixels. */
static void
lay_out (TsRowText *self,
         int        width)
{
  check_context (self);
  pango_layout_set_width (get_layout (self), width * PANGO_SCALE);
  pango_layout_get_line_count (self->layout);
}

static void
ts_row_text_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  TsRowText *self = TS_ROW_TEXT (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  FontSizes *sizes = font_sizes (context);

  if (!sizes->bold_drawn)
    {
      sizes->bold_drawn = TRUE;
      g_idle_add_full (G_PRIORITY_LOW, draw_bold_ahead, g_object_ref (context), g_object_unref);
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = PANGO_PIXELS_CEIL (self->min_chars * sizes->char_width);
      *natural = PANGO_PIXELS_CEIL (MAX (self->min_chars, self->nat_chars) * sizes->char_width);
    }
  else
    {
      *minimum = *natural = self->lines * line_height (context, sizes, self->tall);
    }
}

static void
ts_row_text_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  TsRowText *self = TS_ROW_TEXT (widget);
  int width = gtk_widget_get_width (widget);
  PangoRectangle logical;
  float x;

  if (self->text == NULL || *self->text == '\0')
    return;

  lay_out (self, width);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1 - self->xalign : self->xalign;
  x = floorf (x * (width - logical.width)) - logical.x;

  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), x, 0, self->layout);
}

static void
ts_row_text_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ts_row_text_parent_class)->root (widget);

  check_context (TS_ROW_TEXT (widget));
}

static void
ts_row_text_finalize (GObject *object)
{
  TsRowText *self = TS_ROW_TEXT (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);

  G_OBJECT_CLASS (ts_row_text_parent_class)->finalize (object);
}

static void
ts_row_text_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TsRowText *self = TS_ROW_TEXT (object);

  switch (prop_id)
    {
    case PROP_XALIGN:
      g_value_set_float (value, self->xalign);
      break;
    case PROP_MIN_CHARS:
      g_value_set_uint (value, self->min_chars);
      break;
    case PROP_NAT_CHARS:
      g_value_set_uint (value, self->nat_chars);
      break;
    case PROP_LINES:
      g_value_set_uint (value, self->lines);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_row_text_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TsRowText *self = TS_ROW_TEXT (object);

  switch (prop_id)
    {
    case PROP_XALIGN:
      self->xalign = g_value_get_float (value);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case PROP_MIN_CHARS:
      ts_row_text_set_min_chars (self, g_value_get_uint (value));
      break;
    case PROP_NAT_CHARS:
      self->nat_chars = g_value_get_uint (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_LINES:
      ts_row_text_set_lines (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_row_text_class_init (TsRowTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ts_row_text_finalize;
  object_class->get_property = ts_row_text_get_property;
  object_class->set_property = ts_row_text_set_property;
  widget_class->measure = ts_row_text_measure;
  widget_class->snapshot = ts_row_text_snapshot;
  widget_class->root = ts_row_text_root;

  properties[PROP_XALIGN] = g_param_spec_float ("xalign", NULL, NULL, 0, 1, 0,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_CHARS] = g_param_spec_uint ("min-chars", NULL, NULL, 0, G_MAXUINT16, 3,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAT_CHARS] = g_param_spec_uint ("nat-chars", NULL, NULL, 0, G_MAXUINT16, 0,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINES] = g_param_spec_uint ("lines", NULL, NULL, 1, 16, 1,
                                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
ts_row_text_init (TsRowText *self)
{
  self->min_chars = 3;
  self->lines = 1;
}

/**
 * ts_row_text_get_text:
 *
 * Returns: (nullable): the text shown
 */
const char *
ts_row_text_get_text (TsRowText *self)
{
  g_return_val_if_fail (TS_IS_ROW_TEXT (self), NULL);

  return self->text;
}

/**
 * ts_row_text_get_layout:
 *
 * Returns: (transfer none): the layout the text is drawn with
 */
PangoLayout *
ts_row_text_get_layout (TsRowText *self)
{
  g_return_val_if_fail (TS_IS_ROW_TEXT (self), NULL);

  check_context (self);
  return get_layout (self);
}

/**
 * ts_row_text_get_attributes:
 *
 * Returns: (nullable) (transfer none): the attributes of the text
 */
PangoAttrList *
ts_row_text_get_attributes (TsRowText *self)
{
  g_return_val_if_fail (TS_IS_ROW_TEXT (self), NULL);

  return self->attributes;
}

/**
 * ts_row_text_set_text:
 * @text: (nullable): plain text, never markup
 * @attributes: (nullable): its attributes, as highlights
 *
 * Shows @text: the row is drawn again, not measured.
 */
void
ts_row_text_set_text (TsRowText     *self,
                      const char    *text,
                      PangoAttrList *attributes)
{
  g_return_if_fail (TS_IS_ROW_TEXT (self));

  if (g_strcmp0 (self->text, text) == 0 &&
      (self->attributes == attributes ||
       (self->attributes != NULL && attributes != NULL && pango_attr_list_equal (self->attributes, attributes))))
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (attributes != NULL)
    pango_attr_list_ref (attributes);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  self->attributes = attributes;

  if (self->layout != NULL)
    {
      pango_layout_set_text (self->layout, text != NULL ? text : "", -1);
      pango_layout_set_attributes (self->layout, attributes);
    }
  /* shaped here, where the text changes, rather than in the frame that
   * draws it: after a keystroke, shaping the new rows was about half of
   * painting that frame */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    lay_out (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ts_row_text_set_min_chars:
 * @min_chars: how many characters must fit, as wide as the widest
 */
void
ts_row_text_set_min_chars (TsRowText *self,
                           guint      min_chars)
{
  g_return_if_fail (TS_IS_ROW_TEXT (self));

  if (self->min_chars == min_chars)
    return;

  self->min_chars = min_chars;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_CHARS]);
}

/**
 * ts_row_text_set_tall:
 * @tall: whether the text has Hangul (or other characters from a font
 *   with a taller line)
 */
void
ts_row_text_set_tall (TsRowText *self,
                      gboolean   tall)
{
  g_return_if_fail (TS_IS_ROW_TEXT (self));

  tall = !!tall;
  if (self->tall == tall)
    return;

  self->tall = tall;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * ts_row_text_set_lines:
 * @lines: how many lines the text may wrap onto, and the widget is tall
 */
void
ts_row_text_set_lines (TsRowText *self,
                       guint      lines)
{
  g_return_if_fail (TS_IS_ROW_TEXT (self));
  g_return_if_fail (lines >= 1);

  if (self->lines == lines)
    return;

  self->lines = lines;
  if (self->layout != NULL)
    pango_layout_set_height (self->layout, -(int) lines);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINES]);
}
