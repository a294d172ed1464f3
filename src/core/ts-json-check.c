/* ts-json-check.c: accept exactly RFC 8259 JSON, before json-glib parses it
 *
 * json-glib 1.6 reads more than JSON, and reads some of it wrongly: comments,
 * strings in single quotes, numbers with leading zeros (010 is 8), control
 * characters inside strings, content after the root value; a lone surrogate
 * escape swallows the next characters, a closing quote included; "\u0000"
 * silently ends a string; an integer past 64 bits becomes -1; a repeated
 * member replaces the first. It also recurses once per level of nesting and
 * overflows the stack on deep input. So the text is checked here first,
 * against the grammar and our own rules, with a line and column for the
 * first fault; json-glib then only ever sees what it reads correctly.
 *
 * The same pass notes where the root's "categories" and "errors" arrays
 * are, so that the loader can take entries while json-glib parses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-json-check"

#include "config.h"

#include <string.h>

#include "ts-catalog-error.h"
#include "ts-json-check.h"

typedef struct
{
  const char *data;
  gsize size;
  gsize pos;
  guint depth;
  guint root_containers;        /* arrays and objects in the root so far */
  TsJsonLayout *layout;
  GString *name;                /* the member name being read, decoded */
  GHashTable *names[TS_JSON_MAX_DEPTH + 1];  /* of the open object at each depth */
  GError **error;
} Checker;

static gboolean check_value (Checker *c);

static void
line_column (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail_at (Checker        *c,
         gsize           offset,
         TsCatalogError  code,
         const char     *format,
         ...)
{
  g_autofree char *what = NULL;
  va_list args;
  guint line, column;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  line_column (c->data, offset, &line, &column);
  g_set_error (c->error, TS_CATALOG_ERROR, code, "%u:%u: %s", line, column, what);
  return FALSE;
}

static gboolean
at_end (Checker *c)
{
  return c->pos >= c->size;
}

static char
peek (Checker *c)
{
  return at_end (c) ? '\0' : c->data[c->pos];
}

static void
skip_space (Checker *c)
{
  while (!at_end (c) && strchr (" \t\r\n", c->data[c->pos]) != NULL)
    c->pos++;
}

/* What is wrong with the character at the position, where @expected was due. */
static gboolean
unexpected (Checker    *c,
            const char *expected)
{
  char ch = peek (c);

  if (at_end (c))
    return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "the file ends where %s was expected", expected);
  if (ch == '\'')
    return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "strings must be in double quotes");
  if (ch == '/')
    return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "JSON has no comments");
  if ((guchar) ch < 0x20 || (guchar) ch >= 0x7F)
    return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "unexpected character; %s was expected", expected);
  return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "unexpected “%c”; %s was expected", ch, expected);
}

/* Four hex digits of a \u escape, as a UTF-16 code unit. */
static gboolean
read_unit (Checker  *c,
           gsize     at,
           gunichar *unit)
{
  *unit = 0;
  if (c->size - at < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (c->data[at + i]);

      if (digit < 0)
        return FALSE;
      *unit = *unit * 16 + digit;
    }
  return TRUE;
}

/* A \u escape at the backslash: one character, or a surrogate pair. */
static gboolean
check_unicode_escape (Checker  *c,
                      gunichar *ch)
{
  gsize start = c->pos;
  gunichar high, low;

  if (!read_unit (c, start + 2, &high))
    return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "not a JSON escape sequence");
  c->pos = start + 6;

  if (high >= 0xDC00 && high <= 0xDFFF)
    return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "not a JSON escape sequence (a lone surrogate)");
  if (high >= 0xD800 && high <= 0xDBFF)
    {
      if (c->size - c->pos < 6 || c->data[c->pos] != '\\' || c->data[c->pos + 1] != 'u' ||
          !read_unit (c, c->pos + 2, &low) || low < 0xDC00 || low > 0xDFFF)
        return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "not a JSON escape sequence (a lone surrogate)");
      c->pos += 6;
      high = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    }
  if (high == 0)
    return fail_at (c, start, TS_CATALOG_ERROR_ENCODING, "\\u0000 in a string");

  *ch = high;
  return TRUE;
}

/* A string at its opening quote; with @out, its decoded text. */
static gboolean
check_string (Checker *c,
              GString *out)
{
  static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";

  c->pos++;
  for (;;)
    {
      const char *escape;
      gunichar ch = 0;
      guchar byte;

      if (at_end (c))
        return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "the file ends inside a string");

      byte = c->data[c->pos];
      if (byte == '"')
        {
          c->pos++;
          return TRUE;
        }
      if (byte < 0x20)
        return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX,
                        "a control character inside a string (JSON needs an escape such as \\n)");
      if (byte != '\\')
        {
          if (out != NULL)
            g_string_append_c (out, byte);
          c->pos++;
          continue;
        }

      if (c->pos + 1 < c->size && c->data[c->pos + 1] == 'u')
        {
          if (!check_unicode_escape (c, &ch))
            return FALSE;
          if (out != NULL)
            g_string_append_unichar (out, ch);
          continue;
        }

      for (escape = escapes; *escape != '\0'; escape += 2)
        if (c->pos + 1 < c->size && c->data[c->pos + 1] == escape[0])
          break;
      if (*escape == '\0')
        return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX, "not a JSON escape sequence");
      if (out != NULL)
        g_string_append_c (out, escape[1]);
      c->pos += 2;
    }
}

static gboolean
is_digit (Checker *c)
{
  return g_ascii_isdigit (peek (c));
}

/* A number as the grammar has it; an integer must fit in 32 bits, signed or
 * not (json-glib would wrap one past 64 bits without a word). */
static gboolean
check_number (Checker *c)
{
  gsize start = c->pos;
  gboolean integer = TRUE;
  gint64 value = 0;

  if (peek (c) == '-')
    c->pos++;
  if (!is_digit (c))
    return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "not a JSON number");
  if (peek (c) == '0')
    {
      c->pos++;
      if (is_digit (c))
        return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "JSON numbers have no leading zeros");
    }
  while (is_digit (c))
    {
      if (value <= G_MAXUINT32)
        value = value * 10 + (c->data[c->pos] - '0');
      c->pos++;
    }

  if (peek (c) == '.')
    {
      integer = FALSE;
      c->pos++;
      if (!is_digit (c))
        return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "not a JSON number: digits must follow the point");
      while (is_digit (c))
        c->pos++;
    }
  if (peek (c) == 'e' || peek (c) == 'E')
    {
      integer = FALSE;
      c->pos++;
      if (peek (c) == '+' || peek (c) == '-')
        c->pos++;
      if (!is_digit (c))
        return fail_at (c, start, TS_CATALOG_ERROR_SYNTAX, "not a JSON number: digits must follow the exponent");
      while (is_digit (c))
        c->pos++;
    }

  if (integer && (c->data[start] == '-' ? value > -(gint64) G_MININT32 : value > G_MAXUINT32))
    return fail_at (c, start, TS_CATALOG_ERROR_RANGE, "integer out of range (32 bits)");
  return TRUE;
}

static gboolean
check_literal (Checker    *c,
               const char *word)
{
  gsize length = strlen (word);

  if (c->size - c->pos < length || memcmp (c->data + c->pos, word, length) != 0)
    return unexpected (c, "a value");
  c->pos += length;
  return TRUE;
}

/* Opens an array or object at the position. */
static gboolean
enter (Checker *c)
{
  if (c->depth == TS_JSON_MAX_DEPTH)
    return fail_at (c, c->pos, TS_CATALOG_ERROR_SYNTAX,
                    "nested more than " G_STRINGIFY (TS_JSON_MAX_DEPTH) " levels deep");
  if (c->depth == 1)
    c->root_containers++;
  c->depth++;
  c->pos++;
  return TRUE;
}

static gboolean
check_array (Checker *c)
{
  gboolean errors;

  if (!enter (c))
    return FALSE;
  errors = c->depth == 2 && c->layout->errors == (int) c->root_containers - 1;

  skip_space (c);
  if (peek (c) != ']')
    {
      for (;;)
        {
          if (!check_value (c))
            return FALSE;
          if (errors)
            c->layout->n_errors++;
          skip_space (c);
          if (peek (c) != ',')
            break;
          c->pos++;
        }
      if (peek (c) != ']')
        return unexpected (c, "“,” or “]”");
    }

  c->pos++;
  c->depth--;
  return TRUE;
}

/* A member of the root: is it one of the arrays the loader takes? */
static void
note_root_member (Checker *c)
{
  int *slot = NULL;

  if (strcmp (c->name->str, "categories") == 0)
    slot = &c->layout->categories;
  else if (strcmp (c->name->str, "errors") == 0)
    slot = &c->layout->errors;

  if (slot != NULL && peek (c) == '[')
    *slot = c->root_containers;
}

static gboolean
check_object (Checker *c)
{
  GHashTable *names;

  if (!enter (c))
    return FALSE;

  if (c->names[c->depth] == NULL)
    c->names[c->depth] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names = c->names[c->depth];
  g_hash_table_remove_all (names);

  skip_space (c);
  if (peek (c) != '}')
    {
      for (;;)
        {
          gsize start;

          skip_space (c);
          start = c->pos;
          if (peek (c) != '"')
            return unexpected (c, "a member name in double quotes");

          g_string_truncate (c->name, 0);
          if (!check_string (c, c->name))
            return FALSE;
          if (!g_hash_table_add (names, g_strndup (c->name->str, c->name->len)))
            return fail_at (c, start, TS_CATALOG_ERROR_DUPLICATE, "the member “%s” appears twice in this object",
                            c->name->str);

          skip_space (c);
          if (peek (c) != ':')
            return unexpected (c, "“:”");
          c->pos++;

          skip_space (c);
          if (c->depth == 1)
            note_root_member (c);
          if (!check_value (c))
            return FALSE;

          skip_space (c);
          if (peek (c) != ',')
            break;
          c->pos++;
        }
      if (peek (c) != '}')
        return unexpected (c, "“,” or “}”");
    }

  c->pos++;
  c->depth--;
  return TRUE;
}

static gboolean
check_value (Checker *c)
{
  skip_space (c);
  switch (peek (c))
    {
    case '{':
      return check_object (c);
    case '[':
      return check_array (c);
    case '"':
      return check_string (c, NULL);
    case 't':
      return check_literal (c, "true");
    case 'f':
      return check_literal (c, "false");
    case 'n':
      return check_literal (c, "null");
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return check_number (c);
    default:
      return unexpected (c, "a value");
    }
}

static gboolean
check_encoding (Checker *c)
{
  const char *end = NULL;

  if (g_utf8_validate_len (c->data, c->size, &end))
    return TRUE;
  return fail_at (c, end - c->data, TS_CATALOG_ERROR_ENCODING,
                  "%s", *end == '\0' ? "NUL byte in text" : "invalid UTF-8");
}

/**
 * ts_json_check:
 * @data: the text
 * @size: its length in bytes
 * @layout: (out): where the root's "categories" and "errors" are
 * @error: return location for a #GError in %TS_CATALOG_ERROR
 *
 * Accepts valid UTF-8 text that is one JSON value as RFC 8259 defines it,
 * nested at most %TS_JSON_MAX_DEPTH levels, with no object naming a member
 * twice, no "\u0000" and no integer outside 32 bits.
 *
 * Returns: whether it is such text
 */
gboolean
ts_json_check (const char    *data,
               gsize          size,
               TsJsonLayout  *layout,
               GError       **error)
{
  Checker c = {
    .data = data,
    .size = size,
    .layout = layout,
    .name = g_string_new (NULL),
    .error = error,
  };
  gboolean valid;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (layout != NULL, FALSE);

  layout->categories = -1;
  layout->errors = -1;
  layout->n_errors = 0;

  valid = check_encoding (&c) && check_value (&c);
  if (valid)
    {
      skip_space (&c);
      if (!at_end (&c))
        valid = fail_at (&c, c.pos, TS_CATALOG_ERROR_SYNTAX, "content after the JSON value");
    }

  g_string_free (c.name, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (c.names); i++)
    g_clear_pointer (&c.names[i], g_hash_table_unref);
  return valid;
}
