/* test-search.c: what the search finds, and in which order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-search.h"
#include "ts-text.h"
#include "ts-test-utils.h"

typedef enum
{
  FIRST,        /* the entry is the best match */
  FOUND,        /* the entry is among the matches */
  NOT_FIRST,    /* there are matches, but not this entry first */
  NOT_FOUND,    /* the entry is not among the matches */
  NOTHING,      /* nothing matches */
  EVERYTHING,   /* every entry, in catalog order */
} Expect;

typedef struct
{
  const char *query;
  Expect expect;
  const char *entry;        /* key, message, or code for entries with neither */
  TsMatchKind kind;         /* with FIRST, unless -1 */
} Case;

#define ANY_KIND ((TsMatchKind) -1)

static const Case cases[] = {
  /* decimal codes, signed or not */
  { "4096", FIRST, "INVALID_PARAMETER", TS_MATCH_EXACT },
  { "16451", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_EXACT },
  { "65535", FIRST, "UNKOWN", TS_MATCH_EXACT },
  { "-10012", FIRST, "-10012", TS_MATCH_EXACT },
  { "10012", FIRST, "-10012", TS_MATCH_EXACT },
  { "70001", FIRST, "70001", TS_MATCH_EXACT },
  { "-8", FIRST, "-8", TS_MATCH_EXACT },
  { "10006", FIRST, "10006", ANY_KIND },
  { "16459", FIRST, "API_CALL_TIMEOUT", TS_MATCH_EXACT },
  { "164", FIRST, "REMOTE_STREAM_NOT_EXIST", TS_MATCH_WORDS },   /* a prefix: 16400, 16448… */
  /* hex codes in any case, with or without 0x */
  { "0x4043", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_EXACT },
  { "0X4043", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_EXACT },
  { "404A", FIRST, "SWITCH_ROLE_FAILED", TS_MATCH_EXACT },
  { "0x404a", FIRST, "SWITCH_ROLE_FAILED", TS_MATCH_EXACT },
  { "0xffff", FIRST, "UNKOWN", TS_MATCH_EXACT },
  { "0x1000", FIRST, "INVALID_PARAMETER", TS_MATCH_EXACT },
  /* keys: case, separators and run-together words */
  { "PLAY_NOT_ALLOWED", FIRST, "PLAY_NOT_ALLOWED", ANY_KIND },
  { "play not allowed", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_EXACT },
  { "playnotallowed", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_EXACT },
  { "Play-Not-Allowed", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_EXACT },
  { "play_not", FIRST, "PLAY_NOT_ALLOWED", ANY_KIND },
  { "ＰＬＡＹ＿ＮＯＴ＿ＡＬＬＯＷＥＤ", FIRST, "PLAY_NOT_ALLOWED", ANY_KIND },
  { "join", FIRST, "JOIN_ROOM_FAILED", TS_MATCH_WORDS },
  /* the page's spellings and the SDK's later ones */
  { "SIGNAL_CAHNNEL_SETUP_FAILED", FIRST, "SIGNAL_CAHNNEL_SETUP_FAILED", ANY_KIND },
  { "SIGNAL_CHANNEL_SETUP_FAILED", FIRST, "SIGNAL_CAHNNEL_SETUP_FAILED", ANY_KIND },
  { "UNKOWN", FIRST, "UNKOWN", ANY_KIND },
  { "UNKNOWN", FIRST, "UNKOWN", ANY_KIND },
  /* misspelt keys, after real matches */
  { "SIGNAL_CHANNEL_SETUP_FAILE", FIRST, "SIGNAL_CAHNNEL_SETUP_FAILED", ANY_KIND },
  { "PLAY_NOT_ALOWED", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_TYPO },
  { "JOIN_ROM_FAILED", FIRST, "JOIN_ROOM_FAILED", TS_MATCH_TYPO },
  { "INVALID_PARAMTER", FIRST, "INVALID_PARAMETER", TS_MATCH_TYPO },
  { "DEVICE_NOT_FUOND", FIRST, "DEVICE_NOT_FOUND", TS_MATCH_TYPO },
  { "XXXX_NOT_ALLOWED_ZZZZ", NOTHING, NULL, ANY_KIND },
  /* common-error messages */
  { "NotAllowedError", FIRST, "NotAllowedError", TS_MATCH_EXACT },
  { "notallowederror", FIRST, "NotAllowedError", TS_MATCH_EXACT },
  { "join room timeout", FIRST, "join room timeout", TS_MATCH_EXACT },
  { "publish timeout", FIRST, "publish timeout", TS_MATCH_EXACT },
  { "RtcError: no valid ice candidate found", FIRST, "RtcError: no valid ice candidate found", ANY_KIND },
  { "DTLS Transport connection timeout (10s)", FIRST, "DTLS Transport connection timeout (10s)", ANY_KIND },
  /* English words of summaries and fixes */
  { "autoplay", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_WORDS },
  { "userSig expired", FIRST, "70001", TS_MATCH_WORDS },
  { "firewall", FOUND, "ICE/DTLS Transport connection failed", ANY_KIND },
  { "firewall", FOUND, "ICE_TRANSPORT_ERROR", ANY_KIND },
  { "deprecated", FOUND, "SIGNAL_CHANNEL_ERROR", ANY_KIND },
  { "websocket", FOUND, "SIGNAL_CHANNEL_RECONNECTION_FAILED", ANY_KIND },
  { "customer service", FOUND, "70051", ANY_KIND },
  { "timeout", FOUND, "join room timeout", ANY_KIND },
  { "camera microphone", FOUND, "DEVICE_AUTO_RECOVER_FAILED", ANY_KIND },
  { "useStringRoomId", FIRST, "-10012", ANY_KIND },
  /* Korean words, whatever the UI language */
  { "만료", FIRST, "70001", TS_MATCH_WORDS },
  { "자동 재생", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_WORDS },
  { "방화벽", FOUND, "ICE_TRANSPORT_ERROR", ANY_KIND },
  { "고객센터", FOUND, "70051", ANY_KIND },
  { "시간 초과", FOUND, "publish timeout", ANY_KIND },
  { "연체", FIRST, "10006", ANY_KIND },
  { "userSig가", FOUND, "70001", ANY_KIND },
  /* initial consonants */
  { "ㅁㄹ", FIRST, "70001", TS_MATCH_WORDS },
  { "ㄱㄱㅅㅌ", FOUND, "70051", ANY_KIND },
  { "ㅇㅊ", FOUND, "10006", ANY_KIND },
  /* pasted log lines */
  { "client.join failed: RtcError: JOIN_ROOM_FAILED <0x4004> code: 16388", FIRST, "JOIN_ROOM_FAILED", TS_MATCH_LOG_TOKEN },
  { "[2024-05-01 10:00:00] req-4096113 RtcError: PLAY_NOT_ALLOWED", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_LOG_TOKEN },
  { "[2024-05-01 10:00:00] req-4096113 RtcError: PLAY_NOT_ALLOWED", NOT_FOUND, "INVALID_PARAMETER", ANY_KIND },
  { "req-4096113", NOT_FOUND, "INVALID_PARAMETER", ANY_KIND },
  { "DOMException NotAllowedError: Permission denied", FIRST, "NotAllowedError", TS_MATCH_LOG_TOKEN },
  { "error 2024 (join room timeout) while joining", FIRST, "join room timeout", TS_MATCH_LOG_TOKEN },
  { "TRTC: code: -10012 message: invalid roomId", FIRST, "-10012", TS_MATCH_LOG_TOKEN },
  { "WARN signal reconnect: SIGNAL_CHANNEL_RECONNECTION_FAILED (16390)", FIRST, "SIGNAL_CHANNEL_RECONNECTION_FAILED", TS_MATCH_LOG_TOKEN },
  { "ERROR RtcError: PLAY_NOT_ALOWED", FIRST, "PLAY_NOT_ALLOWED", TS_MATCH_TYPO },
  /* nothing, everything, and odd input */
  { "xyzzy", NOTHING, NULL, ANY_KIND },
  { "4096 xyzzy", FIRST, "INVALID_PARAMETER", TS_MATCH_LOG_TOKEN },
  { "", EVERYTHING, NULL, ANY_KIND },
  { "   \t ", EVERYTHING, NULL, ANY_KIND },
  { "!!! ... ???", EVERYTHING, NULL, ANY_KIND },
  { "\xff\xfe" "4096", FIRST, "INVALID_PARAMETER", ANY_KIND },
  { "🙂", EVERYTHING, NULL, ANY_KIND },
  { "4096🙂", FIRST, "INVALID_PARAMETER", ANY_KIND },
};

static TsCatalog *catalog;

static const char *
label (TsEntry *entry)
{
  if (ts_entry_get_key (entry) != NULL)
    return ts_entry_get_key (entry);
  if (ts_entry_get_message (entry) != NULL)
    return ts_entry_get_message (entry);
  return ts_entry_get_code_text (entry);
}

static guint
find (TsSearchResult *result,
      const char     *entry)
{
  for (guint i = 0; i < ts_search_result_get_n_matches (result); i++)
    if (g_str_equal (label (ts_catalog_get_entry (catalog, ts_search_result_get_position (result, i))), entry))
      return i;
  return G_MAXUINT;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(TsSearchResult) result = ts_catalog_search (catalog, c->query);
  guint n = ts_search_result_get_n_matches (result);
  const char *first = n > 0 ? label (ts_catalog_get_entry (catalog, ts_search_result_get_position (result, 0))) : "(nothing)";

  switch (c->expect)
    {
    case FIRST:
      if (n == 0 || !g_str_equal (first, c->entry))
        g_test_fail_printf ("“%s”: expected %s first, got %s (%u matches)", c->query, c->entry, first, n);
      else if (c->kind != ANY_KIND && ts_search_result_get_kind (result, 0) != c->kind)
        g_test_fail_printf ("“%s”: %s matched as kind %d, expected %d", c->query, first,
                            ts_search_result_get_kind (result, 0), c->kind);
      break;
    case FOUND:
      if (find (result, c->entry) == G_MAXUINT)
        g_test_fail_printf ("“%s”: expected %s among %u matches", c->query, c->entry, n);
      break;
    case NOT_FIRST:
      g_assert_cmpuint (n, >, 0);
      g_assert_cmpstr (first, !=, c->entry);
      break;
    case NOT_FOUND:
      if (find (result, c->entry) != G_MAXUINT)
        g_test_fail_printf ("“%s”: %s should not match", c->query, c->entry);
      break;
    case NOTHING:
      if (n != 0)
        g_test_fail_printf ("“%s”: expected nothing, got %s and %u more", c->query, first, n - 1);
      break;
    case EVERYTHING:
      g_assert_true (ts_search_result_is_everything (result));
      g_assert_cmpuint (n, ==, ts_catalog_get_n_entries (catalog));
      for (guint i = 0; i < n; i++)
        g_assert_cmpuint (ts_search_result_get_position (result, i), ==, i);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Equal ranks keep catalog order: category, then code. */
static void
test_tie_order (void)
{
  g_autoptr(TsSearchResult) result = ts_catalog_search (catalog, "internal error");
  guint previous = 0;

  g_assert_cmpuint (ts_search_result_get_n_matches (result), >=, 10);
  for (guint i = 0; i < ts_search_result_get_n_matches (result); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, ts_search_result_get_position (result, i));

      if (!g_str_equal (ts_entry_get_summary (entry, TS_LANGUAGE_ENGLISH), "Internal error"))
        continue;
      g_assert_cmpuint (ts_entry_get_position (entry), >, previous);
      previous = ts_entry_get_position (entry);
    }
}

static void
test_find (void)
{
  g_autoptr(TsSearchResult) result = ts_catalog_search (catalog, "timeout");
  guint position = ts_search_result_get_position (result, 1);

  g_assert_cmpuint (ts_search_result_find (result, position), ==, 1);
  g_assert_cmpuint (ts_search_result_find (result, 0), ==, G_MAXUINT);   /* INVALID_PARAMETER */
  g_assert_cmpuint (ts_search_result_find (result, 100000), ==, G_MAXUINT);
  g_assert_cmpstr (ts_search_result_get_words (result)[0], ==, "timeout");
}

static void
test_huge_query (void)
{
  /* 1 MiB of pasted text with a key in the middle, then junk past the limit */
  GString *query = g_string_new (NULL);
  g_autoptr(TsSearchResult) result = NULL;
  g_autofree char *text = NULL;

  while (query->len < 512 * 1024)
    g_string_append (query, "lorem ipsum dolor sit amet 12345 ");
  g_string_append (query, " PLAY_NOT_ALLOWED ");
  while (query->len < TS_SEARCH_MAX_QUERY_BYTES + 4096)
    g_string_append (query, "\xff\x01<>%s%n ");
  text = g_string_free (query, FALSE);

  result = ts_catalog_search (catalog, text);
  g_assert_cmpuint (ts_search_result_get_n_matches (result), >=, 1);
  g_assert_cmpstr (label (ts_catalog_get_entry (catalog, ts_search_result_get_position (result, 0))), ==,
                   "PLAY_NOT_ALLOWED");
}

static void
test_text_fold (void)
{
  static const struct { const char *in; const char *out; } cases_fold[] = {
    { "PLAY_NOT_ALLOWED", "play_not_allowed" },
    { "ＰＬＡＹ", "play" },
    { "Straße", "strasse" },
    { "ㅁㄹ", "\u1106\u1105" },
    { "\xff" "a", "\uFFFD" "a" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases_fold); i++)
    {
      g_autofree char *folded = ts_text_fold (cases_fold[i].in, -1);

      g_assert_cmpstr (folded, ==, cases_fold[i].out);
    }
}

/* Long text is folded in pieces (GLib's normalization is quadratic): the
 * same as folding it whole, at every kind of seam. */
static void
test_text_fold_long (void)
{
  static const char * const patterns[] = {
    "PLAY_NOT_ALLOWED ",
    "가나다라마바사 ",
    "가나다",                                       /* one long word of syllables */
    "Cafe\u0301 e\u0301te\u0301 ",                  /* combining marks after ASCII */
    "\uAC00\u11A8\uB098",                           /* a syllable and a final jamo: 각 */
    "\u1100\u1161\u11A8",                           /* conjoining jamo: 각 */
    "\u3131\u314F",                                  /* compatibility jamo: ㄱㅏ */
    "ＡＢＣ①ﬁ Straße İ ",
    "\xff\xfe mixed 한글 and \u0391\u0301 ",
  };

  /* each after 0 to 3 "é", so that the pieces' seams fall everywhere */
  for (guint i = 0; i < G_N_ELEMENTS (patterns) * 4; i++)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *folded = NULL;
      g_autofree char *valid = NULL;
      g_autofree char *normalized = NULL;
      g_autofree char *expected = NULL;

      for (guint e = 0; e < i % 4; e++)
        g_string_append (text, "é");
      while (text->len < 20000)
        g_string_append (text, patterns[i / 4]);
      folded = ts_text_fold (text->str, text->len);
      valid = g_utf8_make_valid (text->str, text->len);
      normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
      expected = g_utf8_casefold (normalized, -1);
      g_assert_cmpstr (folded, ==, expected);
      g_string_free (text, TRUE);
    }
}

static void
assert_spans (const char         *folded,
              GArray             *spans,
              const char * const *expected)
{
  g_assert_cmpuint (spans->len, ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; i < spans->len; i++)
    {
      const TsSpan *span = &g_array_index (spans, TsSpan, i);
      g_autofree char *text = g_strndup (folded + span->start, span->length);

      g_assert_cmpstr (text, ==, expected[i]);
    }
}

static void
test_text_split (void)
{
  static const char words_text[] = "usersig가 0x4043 play_not-allowed";
  static const char tokens_text[] = "<0x4004> join_room_failed req-4096113 -10012";
  static const char * const words[] = { "usersig", "가", "0x4043", "play", "not", "allowed", NULL };
  static const char * const tokens[] = { "0x4004", "join_room_failed", "req", "4096113", "10012", NULL };
  g_autoptr(GArray) word_spans = ts_text_split_words (words_text);
  g_autoptr(GArray) token_spans = ts_text_split_tokens (tokens_text);
  g_autofree char *compact = ts_text_compact ("play not_allowed-x");
  g_autofree char *initials = ts_text_choseong ("만료");
  g_autofree char *none = ts_text_choseong ("usersig");
  g_autoptr(GString) appended = g_string_new ("a");

  assert_spans (words_text, word_spans, words);
  assert_spans (tokens_text, token_spans, tokens);

  g_assert_cmpstr (compact, ==, "playnotallowedx");
  ts_text_append_compact (appended, "b_c-d e", 5);
  g_assert_cmpstr (appended->str, ==, "abcd");
  g_assert_cmpstr (initials, ==, "\u1106\u1105");
  g_assert_null (none);
  g_assert_true (ts_text_is_choseong_only ("\u1106\u1105"));
  g_assert_false (ts_text_is_choseong_only ("만"));
  g_assert_false (ts_text_is_choseong_only (""));
}

static void
test_edit_distance (void)
{
  static const struct { const char *a; const char *b; guint max; guint expected; } distances[] = {
    { "playnotallowed", "playnotallowed", 2, 0 },
    { "playnotalowed", "playnotallowed", 2, 1 },
    { "joinromfailed", "joinroomfailed", 2, 1 },
    { "ab", "ba", 2, 2 },
    { "kitten", "sitting", 3, 3 },
    { "kitten", "sitting", 2, 3 },        /* more than max: max + 1 */
    { "abc", "abcdef", 2, 3 },
    { "", "ab", 2, 2 },
    { "abcdefgh", "hgfedcba", 2, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    g_assert_cmpuint (ts_text_edit_distance (distances[i].a, strlen (distances[i].a),
                                             distances[i].b, strlen (distances[i].b),
                                             distances[i].max), ==, distances[i].expected);

  g_assert_true (ts_text_is_transposition ("expierd", "expired"));
  g_assert_true (ts_text_is_transposition ("ba", "ab"));
  g_assert_false (ts_text_is_transposition ("expired", "expired"));
  g_assert_true (ts_text_is_transposition ("exipred", "expired"));
  g_assert_false (ts_text_is_transposition ("eipxred", "expired"));    /* not neighbours */
  g_assert_false (ts_text_is_transposition ("expierdx", "expired"));
  g_assert_false (ts_text_is_transposition ("", ""));
}

/* A test's name says what it checks: "/search/first/PLAY_NOT_ALLOWED/0x4043",
 * the query made printable, shortened, and unique. */
static char *
case_path (const Case *c)
{
  static const char * const expectations[] = {
    [FIRST] = "first", [FOUND] = "found", [NOT_FIRST] = "not-first",
    [NOT_FOUND] = "not-found", [NOTHING] = "nothing", [EVERYTHING] = "everything",
  };
  static GHashTable *seen;
  g_autofree char *valid = g_utf8_make_valid (c->query, -1);
  g_autoptr(GString) query = g_string_new (NULL);
  char *path;

  for (const char *p = valid; *p != '\0' && g_utf8_strlen (query->str, -1) < 32; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isgraph (ch) && ch != '/')
        g_string_append_unichar (query, ch);
      else if (query->len > 0 && query->str[query->len - 1] != '_')
        g_string_append_c (query, '_');
    }
  if (query->len == 0)
    g_string_append (query, "(blank)");

  if (seen == NULL)
    seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  path = g_strdup_printf ("/search/%s/%s/%s", expectations[c->expect],
                          c->entry != NULL ? c->entry : "-", query->str);
  for (guint n = 2; g_hash_table_contains (seen, path); n++)
    {
      g_free (path);
      path = g_strdup_printf ("/search/%s/%s/%s-%u", expectations[c->expect],
                              c->entry != NULL ? c->entry : "-", query->str, n);
    }
  g_hash_table_add (seen, g_strdup (path));
  return path;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ts_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  catalog = ts_catalog_new_builtin (NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = case_path (&cases[i]);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/search/tie-order", test_tie_order);
  g_test_add_func ("/search/find", test_find);
  g_test_add_func ("/search/huge-query", test_huge_query);
  g_test_add_func ("/text/fold", test_text_fold);
  g_test_add_func ("/text/fold-long", test_text_fold_long);
  g_test_add_func ("/text/split", test_text_split);
  g_test_add_func ("/text/edit-distance", test_edit_distance);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
