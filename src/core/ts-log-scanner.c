/* ts-log-scanner.c: the tables that find a catalog's errors in logs
 *
 * A scanner is built once for a catalog, from the texts that name its
 * errors (keys and aliases in their case, messages in any ASCII case) and
 * the words decimal codes follow, and from its hex and decimal codes. The
 * scans of ts-log-tokens.c read it; it never changes, so scans on several
 * threads may share it.
 *
 * It holds a class per byte that occurs in a pattern (capitals as small
 * letters), flags per byte (word bytes, the first bytes of patterns, the
 * separators before a code's number, the start of an escape sequence), a
 * bit per pair of bytes that can start a pattern, and a trie of the
 * lowercased patterns over byte classes: nodes breadth first, the shallow
 * ones in dense rows of children by class, the rest as sorted siblings.
 * Codes are in tables sorted by value, one value possibly naming several
 * entries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ts-log-scanner"

#include "config.h"

#include <string.h>

#include "ts-log-scanner-private.h"

/* Dense trie rows, at most (4 bytes each) */
#define MAX_DENSE_CELLS (1024u * 1024u)
#define NO_ENTRY G_MAXUINT32

/* The words a decimal code may follow, lowercase */
static const char * const code_words[] = {
  "code", "errcode", "errorcode", "error_code", "err", "error", "result", "extracode",
};

/* A pattern being collected: its bytes as classes, in an arena */
typedef struct
{
  gsize offset;
  guint32 length;
  guint32 entry;            /* NO_ENTRY for a word before decimal codes */
  const char *exact;
  gboolean word_end;
} Item;

static gboolean
is_word_byte (guint8 c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static void
add_pair (TsLogScanner *self,
          guint8        first,
          guint8        second)
{
  self->pairs[(first << 8 | second) >> 3] |= 1 << (second & 7);
}

/* Marks the first two bytes of @text as a possible start, in its case if
 * @exact, else in any ASCII case */
static void
add_pairs (TsLogScanner *self,
           const char   *text,
           gboolean      exact)
{
  guint8 firsts[2] = { text[0], text[0] };

  if (!exact)
    {
      firsts[0] = g_ascii_tolower (text[0]);
      firsts[1] = g_ascii_toupper (text[0]);
    }
  for (guint f = 0; f < 2; f++)
    {
      self->byte_flags[firsts[f]] |= TS_LOG_BYTE_FIRST;
      for (guint second = 0; second < 256; second++)
        if (text[1] == '\0' ||
            second == (guint8) text[1] ||
            (!exact && g_ascii_tolower (second) == g_ascii_tolower (text[1])))
          add_pair (self, firsts[f], second);
    }
}

static void
add_item (TsLogScanner *self,
          GArray       *items,
          GByteArray   *arena,
          const char   *text,
          guint32       entry,
          gboolean      exact)
{
  gsize length = text != NULL ? strlen (text) : 0;
  Item item;

  /* a pattern with a line break can never match inside a line */
  if (length == 0 || length > G_MAXUINT32 / 2 || strpbrk (text, "\r\n") != NULL)
    return;

  item.offset = arena->len;
  item.length = length;
  item.entry = entry;
  item.exact = exact ? text : NULL;
  item.word_end = is_word_byte (text[length - 1]);

  for (gsize i = 0; i < length; i++)
    {
      guint8 c = g_ascii_tolower (text[i]);

      /* at most 229 distinct bytes (no NUL, line break or capital): fits */
      if (self->byte_class[c] == 0)
        self->byte_class[c] = self->n_classes++;
      g_byte_array_append (arena, &self->byte_class[c], 1);
    }
  add_pairs (self, text, exact);
  if (!is_word_byte (text[0]))
    self->byte_flags[(guint8) text[0]] |= TS_LOG_BYTE_STARTER;

  g_array_append_val (items, item);
}

static gint
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      arena)
{
  const Item *x = a, *y = b;
  const guint8 *bytes = arena;
  int order = memcmp (bytes + x->offset, bytes + y->offset, MIN (x->length, y->length));

  if (order != 0)
    return order;
  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

static gint
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const TsLogCode *x = a, *y = b;

  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

static void
init_byte_flags (TsLogScanner *self)
{
  for (guint c = 0; c < 256; c++)
    {
      if (is_word_byte (c))
        self->byte_flags[c] |= TS_LOG_BYTE_WORD;
      if (g_ascii_isdigit (c))
        self->byte_flags[c] |= TS_LOG_BYTE_DIGIT;
      if (g_ascii_isxdigit (c))
        self->byte_flags[c] |= TS_LOG_BYTE_HEX;
    }
  add_pairs (self, "0x", FALSE);
  self->byte_flags[0x1b] |= TS_LOG_BYTE_ESCAPE;
  for (const char *s = " \t:=(\"'"; *s != '\0'; s++)
    self->byte_flags[(guint8) *s] |= TS_LOG_BYTE_SEPARATOR;
}

/* Unique patterns from the sorted items; @pattern_offsets gets where each
 * one's classes are in the arena. */
static void
collect_patterns (TsLogScanner *self,
                  GArray       *items,
                  const guint8 *arena,
                  GArray       *pattern_offsets)
{
  g_autoptr(GArray) patterns = g_array_new (FALSE, TRUE, sizeof (TsLogPattern));
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (TsLogTarget));

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      const Item *previous = i > 0 ? &g_array_index (items, Item, i - 1) : NULL;
      TsLogPattern *pattern;

      if (previous == NULL || previous->length != item->length ||
          memcmp (arena + previous->offset, arena + item->offset, item->length) != 0)
        {
          TsLogPattern added = { item->length, targets->len, 0, FALSE, item->word_end };

          g_array_append_val (patterns, added);
          g_array_append_val (pattern_offsets, item->offset);
        }

      pattern = &g_array_index (patterns, TsLogPattern, patterns->len - 1);
      if (item->entry == NO_ENTRY)
        {
          pattern->keyword = TRUE;
        }
      else
        {
          TsLogTarget target = { item->entry, item->exact };

          g_array_append_val (targets, target);
          pattern->n_targets++;
        }
    }

  self->n_patterns = patterns->len;
  self->patterns = (TsLogPattern *) g_array_free (g_steal_pointer (&patterns), FALSE);
  self->targets = (TsLogTarget *) g_array_free (g_steal_pointer (&targets), FALSE);
}

/* The trie, breadth first: a node stands for the patterns [lo, hi) of the
 * sorted unique patterns that share its first @depth classes; its children
 * split them by the next class. */
typedef struct
{
  guint32 lo;
  guint32 hi;
  guint32 depth;
} BuildNode;

static void
build_trie (TsLogScanner *self,
            const guint8 *arena,
            const gsize  *pattern_offsets)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (BuildNode));
  g_autoptr(GArray) first_child = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) n_children = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) output = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GByteArray) edge_class = g_byte_array_new ();
  BuildNode root = { 0, self->n_patterns, 0 };
  guint8 no_class = 0;

  g_array_append_val (nodes, root);
  g_byte_array_append (edge_class, &no_class, 1);

  for (guint id = 0; id < nodes->len; id++)
    {
      BuildNode node = g_array_index (nodes, BuildNode, id);
      guint32 lo = node.lo, first = nodes->len, count = 0, out = 0;

      /* sorted, a pattern as long as the node comes first of its range */
      if (lo < node.hi && self->patterns[lo].length == node.depth)
        out = ++lo;

      while (lo < node.hi)
        {
          guint8 c = arena[pattern_offsets[lo] + node.depth];
          BuildNode child = { lo, lo, node.depth + 1 };

          while (child.hi < node.hi && arena[pattern_offsets[child.hi] + node.depth] == c)
            child.hi++;
          g_array_append_val (nodes, child);
          g_byte_array_append (edge_class, &c, 1);
          count++;
          lo = child.hi;
        }

      g_array_append_val (first_child, first);
      g_array_append_val (n_children, count);
      g_array_append_val (output, out);
    }

  self->n_nodes = nodes->len;
  self->first_child = (guint32 *) g_array_free (g_steal_pointer (&first_child), FALSE);
  self->n_children = (guint32 *) g_array_free (g_steal_pointer (&n_children), FALSE);
  self->output = (guint32 *) g_array_free (g_steal_pointer (&output), FALSE);
  self->edge_class = g_byte_array_free (g_steal_pointer (&edge_class), FALSE);

  while ((1u << self->row_shift) < self->n_classes)
    self->row_shift++;
  self->n_dense = MIN (self->n_nodes, MAX_DENSE_CELLS >> self->row_shift);
  self->dense = g_new0 (guint32, (gsize) self->n_dense << self->row_shift);
  for (guint node = 0; node < self->n_dense; node++)
    for (guint32 c = 0; c < self->n_children[node]; c++)
      {
        guint32 child = self->first_child[node] + c;

        self->dense[((gsize) node << self->row_shift) + self->edge_class[child]] = child;
      }
}

static void
build_code_tables (TsLogScanner *self)
{
  g_autoptr(GArray) hex = g_array_new (FALSE, FALSE, sizeof (TsLogCode));
  g_autoptr(GArray) decimal = g_array_new (FALSE, FALSE, sizeof (TsLogCode));

  for (guint i = 0; i < self->n_entries; i++)
    {
      TsEntry *entry = ts_catalog_get_entry (self->catalog, i);
      const char *text = ts_entry_get_hex (entry);

      if (ts_entry_has_code (entry))
        {
          TsLogCode code = { ts_entry_get_code (entry), i };

          g_array_append_val (decimal, code);
        }
      if (text != NULL && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') && text[2] != '\0' &&
          strlen (text + 2) <= TS_LOG_MAX_HEX_DIGITS &&
          strspn (text + 2, "0123456789abcdefABCDEF") == strlen (text + 2))
        {
          TsLogCode code = { (gint64) g_ascii_strtoull (text + 2, NULL, 16), i };

          g_array_append_val (hex, code);
        }
    }

  g_array_sort (hex, compare_codes);
  g_array_sort (decimal, compare_codes);
  self->n_hex_codes = hex->len;
  self->hex_codes = (TsLogCode *) g_array_free (g_steal_pointer (&hex), FALSE);
  self->n_decimal_codes = decimal->len;
  self->decimal_codes = (TsLogCode *) g_array_free (g_steal_pointer (&decimal), FALSE);
}

static void
ts_log_scanner_clear (gpointer data)
{
  TsLogScanner *self = data;

  g_clear_object (&self->catalog);
  g_free (self->dense);
  g_free (self->first_child);
  g_free (self->n_children);
  g_free (self->edge_class);
  g_free (self->output);
  g_free (self->patterns);
  g_free (self->targets);
  g_free (self->hex_codes);
  g_free (self->decimal_codes);
}

/**
 * ts_log_scanner_new:
 * @catalog: the errors to look for
 *
 * Prepares to find @catalog's errors in logs: the keys, aliases, messages,
 * hex codes and decimal codes of its entries.
 *
 * Returns: (transfer full): a new scanner
 */
TsLogScanner *
ts_log_scanner_new (TsCatalog *catalog)
{
  TsLogScanner *self;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) pattern_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GByteArray) arena = g_byte_array_new ();
  gsize longest = 0;

  g_return_val_if_fail (TS_IS_CATALOG (catalog), NULL);

  self = g_atomic_rc_box_new0 (TsLogScanner);
  self->catalog = g_object_ref (catalog);
  self->n_entries = ts_catalog_get_n_entries (catalog);
  self->n_classes = 1;
  init_byte_flags (self);

  for (guint i = 0; i < self->n_entries; i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      const char * const *aliases = ts_entry_get_aliases (entry);

      add_item (self, items, arena, ts_entry_get_key (entry), i, TRUE);
      for (guint a = 0; aliases[a] != NULL; a++)
        add_item (self, items, arena, aliases[a], i, TRUE);
      add_item (self, items, arena, ts_entry_get_message (entry), i, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (code_words); i++)
    add_item (self, items, arena, code_words[i], NO_ENTRY, FALSE);

  for (guint c = 'A'; c <= 'Z'; c++)
    self->byte_class[c] = self->byte_class[(guint8) g_ascii_tolower (c)];

  g_array_sort_with_data (items, compare_items, arena->data);
  collect_patterns (self, items, arena->data, pattern_offsets);
  build_trie (self, arena->data, (const gsize *) (gpointer) pattern_offsets->data);
  build_code_tables (self);

  for (guint i = 0; i < self->n_patterns; i++)
    longest = MAX (longest, self->patterns[i].length);
  /* and the excerpt after a match */
  self->lookahead = longest + TS_LOG_NUMBER_LOOKAHEAD + TS_LOG_EXCERPT_CONTEXT;

  return self;
}

/**
 * ts_log_scanner_ref:
 *
 * Returns: (transfer full): @self
 */
TsLogScanner *
ts_log_scanner_ref (TsLogScanner *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
ts_log_scanner_unref (TsLogScanner *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, ts_log_scanner_clear);
}

/**
 * ts_log_scanner_get_catalog:
 *
 * Returns: (transfer none): the catalog whose errors it finds
 */
TsCatalog *
ts_log_scanner_get_catalog (TsLogScanner *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->catalog;
}

/**
 * ts_log_scanner_get_n_patterns:
 *
 * Returns: how many distinct texts it looks for (keys, aliases, messages,
 *   in lowercase, and the words before decimal codes)
 */
guint
ts_log_scanner_get_n_patterns (TsLogScanner *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_patterns;
}
