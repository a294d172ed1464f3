/* test-log-scanner.c: which tokens of a log name which errors, and that a
 * log read in any pieces, across any boundary, compressed or not, gives the
 * same findings
 *
 * Findings are compared as "LINE:COLUMN:MATCH:TITLE" strings (the title is
 * the entry's key, else its message, else its code), all of them: no more,
 * no fewer. The logs of tests/data/logs are browser consoles of the TRTC Web
 * SDK v4, with traps: dates, stack traces, request ids, numbers in prose,
 * roomId and userId values, CRLF, NUL bytes and bytes that are not UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ts-catalog.h"
#include "ts-catalog-builder.h"
#include "ts-log-scanner.h"

/* The scanner moves its buffer every 64 KiB of the log: a finding across
 * such a place must be found all the same. */
#define CHUNK 65536

/* The v4 catalog as committed: the rules are checked against facts that
 * stay put, whatever else the built-in catalog comes to hold */
static TsCatalog *v4;
static TsLogScanner *v4_scanner;

static void
collect (const TsLogFinding *finding,
         gpointer            user_data)
{
  GPtrArray *found = user_data;

  g_assert_cmpuint (strlen (finding->match), ==, finding->match_length);
  g_assert_cmpuint (finding->column, >=, 1);
  g_ptr_array_add (found, g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%s:%s",
                                           finding->line, finding->column, finding->match,
                                           ts_entry_get_title (finding->entry)));
}

static GPtrArray *
new_findings (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
assert_findings (GPtrArray          *found,
                 const char * const *expected,
                 const char         *what)
{
  guint n = expected != NULL ? g_strv_length ((GStrv) expected) : 0;
  gboolean same = found->len == n;

  for (guint i = 0; same && i < n; i++)
    same = strcmp (g_ptr_array_index (found, i), expected[i]) == 0;

  if (!same)
    {
      g_autoptr(GString) message = g_string_new (NULL);

      g_string_append_printf (message, "%s: expected", what);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (message, "\n  %s", expected[i]);
      g_string_append (message, "\nfound");
      for (guint i = 0; i < found->len; i++)
        g_string_append_printf (message, "\n  %s", (const char *) g_ptr_array_index (found, i));
      g_error ("%s", message->str);
    }
}

static void
assert_same_findings (GPtrArray  *found,
                      GPtrArray  *expected,
                      const char *what)
{
  g_ptr_array_add (expected, NULL);
  assert_findings (found, (const char * const *) expected->pdata, what);
  g_ptr_array_remove_index (expected, expected->len - 1);
}

/* The findings of @data pushed @piece bytes at a time (all at once if 0) */
static GPtrArray *
scan_pieces (TsLogScanner *scanner,
             const void   *data,
             gsize         length,
             gsize         piece,
             guint64      *n_lines)
{
  GPtrArray *found = new_findings ();
  g_autoptr(TsLogScan) scan = ts_log_scan_new (scanner, collect, found);
  g_autoptr(GError) error = NULL;
  const guint8 *bytes = data;

  for (gsize done = 0; done < length;)
    {
      gsize n = piece == 0 ? length : MIN (piece, length - done);

      g_assert_true (ts_log_scan_push (scan, bytes + done, n, &error));
      g_assert_no_error (error);
      done += n;
    }
  g_assert_true (ts_log_scan_finish (scan, &error));
  g_assert_no_error (error);
  if (n_lines != NULL)
    *n_lines = ts_log_scan_get_n_lines (scan);

  return found;
}

static GPtrArray *
scan_text (TsLogScanner *scanner,
           const char   *text)
{
  return scan_pieces (scanner, text, strlen (text), 0, NULL);
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "logs", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The token rules, one line each, over the v4 catalog:
 * "COLUMN:MATCH:TITLE" of line 1 */
typedef struct
{
  const char *line;
  const char *expected[4];
} TokenCase;

static const TokenCase token_cases[] = {
  /* keys and aliases: whole tokens, in their own case */
  { "PLAY_NOT_ALLOWED", { "1:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "xPLAY_NOT_ALLOWED", { NULL } },
  { "PLAY_NOT_ALLOWEDx", { NULL } },
  { "PLAY_NOT_ALLOWED_1", { NULL } },
  { "1PLAY_NOT_ALLOWED", { NULL } },
  { "_PLAY_NOT_ALLOWED", { NULL } },
  { "a.PLAY_NOT_ALLOWED.b", { "3:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "a-PLAY_NOT_ALLOWED-b", { "3:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "a:PLAY_NOT_ALLOWED:b", { "3:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "(PLAY_NOT_ALLOWED)", { "2:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "PLAY_NOT_ALLOWED가 발생", { "1:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "오류PLAY_NOT_ALLOWED", { "7:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "play_not_allowed Play_Not_Allowed", { NULL } },
  { "DEVICE_NOT_FOUNDATION", { NULL } },
  { "DEVICE_NOT_FOUND", { "1:DEVICE_NOT_FOUND:DEVICE_NOT_FOUND" } },
  { "NOT_SUPPORTED_H264", { "1:NOT_SUPPORTED_H264:NOT_SUPPORTED_H264" } },
  { "NOT_SUPPORTED H264", { "1:NOT_SUPPORTED:NOT_SUPPORTED" } },
  { "SIGNAL_CHANNEL_SETUP_FAILED", { "1:SIGNAL_CHANNEL_SETUP_FAILED:SIGNAL_CAHNNEL_SETUP_FAILED" } },
  { "SIGNAL_CAHNNEL_SETUP_FAILED SIGNAL_CHANNEL_SETUP_FAILED",
    { "1:SIGNAL_CAHNNEL_SETUP_FAILED:SIGNAL_CAHNNEL_SETUP_FAILED" } },
  { "UNKNOWN", { "1:UNKNOWN:UNKOWN" } },
  { "unknown error", { NULL } },
  /* hex codes: any case of x and of the digits, leading zeros */
  { "0x4043", { "1:0x4043:PLAY_NOT_ALLOWED" } },
  { "0X4043", { "1:0X4043:PLAY_NOT_ALLOWED" } },
  { "<0x4043>", { "2:0x4043:PLAY_NOT_ALLOWED" } },
  { "0x404a 0x404A", { "1:0x404a:SWITCH_ROLE_FAILED" } },
  { "0xffff", { "1:0xffff:UNKOWN" } },
  { "0x00004043", { "1:0x00004043:PLAY_NOT_ALLOWED" } },
  { "0x40430 0x4043g 0x4043_ a0x4043 x0x4043 0x 0x4043.5 0x4043:12", { NULL } },
  { "0x4043.", { "1:0x4043:PLAY_NOT_ALLOWED" } },
  { "req-0x4043", { "5:0x4043:PLAY_NOT_ALLOWED" } },
  { "0x00000000000000004043", { NULL } },
  { "4043 0xZZ 00x4043", { NULL } },
  /* decimal codes after code, errCode, errorCode, error_code, err, error, result, extraCode */
  { "code: -10012", { "7:-10012:-10012" } },
  { "errCode=70001", { "9:70001:70001" } },
  { "result -10012", { "8:-10012:-10012" } },
  { "\"code\":4096", { "8:4096:INVALID_PARAMETER" } },
  { "{\"result\":-10012}", { "11:-10012:-10012" } },
  { "result: \"-10012\"", { "10:-10012:-10012" } },
  { "code (70052)", { "7:70052:70052" } },
  { "code = '4096'", { "9:4096:INVALID_PARAMETER" } },
  { "code:\t\t4096", { "8:4096:INVALID_PARAMETER" } },
  { "CODE: 4096", { "7:4096:INVALID_PARAMETER" } },
  { "ERRORCODE=4096", { "11:4096:INVALID_PARAMETER" } },
  { "Error_Code (4096)", { "13:4096:INVALID_PARAMETER" } },
  { "ERR_CODE 4096", { NULL } },
  { "err 4096", { "5:4096:INVALID_PARAMETER" } },
  { "error: -8,", { "8:-8:-8" } },
  { "extraCode: 70001", { "12:70001:70001" } },
  { "EXTRACODE=70001", { "11:70001:70001" } },
  { "my.code: 4096", { "10:4096:INVALID_PARAMETER" } },
  { "data-code: 4096", { "12:4096:INVALID_PARAMETER" } },
  { "code: 16388.", { "7:16388:JOIN_ROOM_FAILED" } },
  { "code: 0x4043", { "7:0x4043:PLAY_NOT_ALLOWED" } },
  /* numbers that are no codes */
  { "retry count 4099", { NULL } },
  { "took 16385 ms", { NULL } },
  { "roomId: 4096 userId: 16451", { NULL } },
  { "at Object.join (https://web.sdk.qcloud.com/trtc/webrtc/v4/trtc.js:16388:12)", { NULL } },
  { "req-4096113", { NULL } },
  { "2026-03-08", { NULL } },
  { "error 2026-03-08", { NULL } },
  { "result 4096-1 code 4096:12 code: 16388.5 code 4096ms", { NULL } },
  { "mycode: 4096 my_code: 4096 errors: 4096 errcodes 4096 codex 4096", { NULL } },
  { "code4096 code-4096 code.4096 code, 4096 code; 4096", { NULL } },
  { "code:" "                           " "4096", { "33:4096:INVALID_PARAMETER" } },  /* 28 bytes between */
  { "code:" "                                " "4096", { NULL } },                       /* 33 */
  { "code: 4096000000000000000000000", { NULL } },
  { "code: - 4096 code: --4096 code: +4096", { NULL } },
  { "extraCode: 5302", { NULL } },                   /* v5's, not v4's */
  /* messages: any case, their spaces as they are */
  { "join room timeout", { "1:join room timeout:join room timeout" } },
  { "JOIN ROOM TIMEOUT!", { "1:JOIN ROOM TIMEOUT:join room timeout" } },
  { "join  room timeout xjoin room timeout join room timeouts", { NULL } },
  { "[ERROR] DTLS Transport connection timeout (10s)x",
    { "9:DTLS Transport connection timeout (10s):DTLS Transport connection timeout (10s)" } },
  { "RtcError: no valid ice candidate found",
    { "1:RtcError: no valid ice candidate found:RtcError: no valid ice candidate found" } },
  { "getUserMedia: NotAllowedError: Permission denied", { "15:NotAllowedError:NotAllowedError" } },
  { "NotAllowedErrors", { NULL } },
  /* one finding per line and entry, at its first place; the rest in column order */
  { "PLAY_NOT_ALLOWED <0x4043> code: 16451 PLAY_NOT_ALLOWED", { "1:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "<0x4043> PLAY_NOT_ALLOWED", { "2:0x4043:PLAY_NOT_ALLOWED" } },
  { "code: 16451 <0x4043>", { "7:16451:PLAY_NOT_ALLOWED" } },
  { "code: -10012 PLAY_NOT_ALLOWED join room timeout",
    { "7:-10012:-10012", "14:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED", "31:join room timeout:join room timeout" } },
  { "join room timeout: JOIN_ROOM_FAILED code: -10012",
    { "1:join room timeout:join room timeout", "20:JOIN_ROOM_FAILED:JOIN_ROOM_FAILED", "43:-10012:-10012" } },
  /* line ends */
  { "PLAY_NOT_ALLOWED\r", { "1:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "code: 4096\r", { "7:4096:INVALID_PARAMETER" } },
  /* bytes that are not text */
  { "\xff" "PLAY_NOT_ALLOWED\xfe", { "2:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "\xc3PLAY_NOT_ALLOWED", { "2:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "\x01PLAY_NOT_ALLOWED\x7f", { "2:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  /* a terminal's escape sequences are invisible */
  { "\x1b[31mPLAY_NOT_ALLOWED\x1b[0m", { "6:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "PLAY_NOT_ALLOWED\x1b[0m x", { "1:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "x\x1b[1mPLAY_NOT_ALLOWED PLAY_NOT_ALLOWED\x1b[0mx PLAY_NOT_ALLOWED\x1b[0m\x1b[1m_1", { NULL } },
  { "code: \x1b[33m16451\x1b[39m", { "12:16451:PLAY_NOT_ALLOWED" } },
  { "code\x1b[0m:\x1b[33m-10012", { "15:-10012:-10012" } },
  { "code\x1b[33m16451 code: \x1b[33m4096\x1b[39mms", { NULL } },
  { "<\x1b[1m0x4043\x1b[22m>", { "6:0x4043:PLAY_NOT_ALLOWED" } },
  { "\x1b[1mjoin room timeout\x1b[0m", { "5:join room timeout:join room timeout" } },
  { "\x1bPLAY_NOT_ALLOWED", { "2:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED" } },
  { "\x1b[PLAY_NOT_ALLOWED", { NULL } },   /* ESC [ P deletes a character: P is its end */
  { "\x1b[1;31;1;31;1;31;1;31;1;31;1;31;1;31mPLAY_NOT_ALLOWED", { NULL } },   /* too long: "m" glues */
};

static void
test_tokens (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      const TokenCase *c = &token_cases[i];
      g_autoptr(GPtrArray) found = scan_text (v4_scanner, c->line);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *what = g_strescape (c->line, NULL);

      for (guint e = 0; c->expected[e] != NULL; e++)
        g_ptr_array_add (expected, g_strconcat ("1:", c->expected[e], NULL));
      assert_same_findings (found, expected, what);
    }
}

/* A catalog of our own: one code in two categories (and its hex in one),
 * v5's extraCode, a message that starts with punctuation, a key with dots,
 * a message that is also a word before codes */
static const char own_catalog[] =
  "{\"format_version\": 1, \"metadata\": {\"product\": \"Test\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
  " \"categories\": [{\"id\": \"a\", \"name\": \"A\", \"hex_codes\": true}, {\"id\": \"b\", \"name\": \"B\"}],"
  " \"errors\": ["
  "  {\"category\": \"a\", \"code\": 4096, \"key\": \"TEAM_PROXY\", \"summary\": \"Our proxy\"},"
  "  {\"category\": \"b\", \"code\": 4096, \"key\": \"OTHER_PROXY\", \"summary\": \"Their proxy\"},"
  "  {\"category\": \"b\", \"code\": 5302, \"key\": \"V5_EXTRA\", \"summary\": \"An extra code\"},"
  "  {\"category\": \"b\", \"message\": \"[ws] closed (1006)\", \"summary\": \"Socket closed\"},"
  "  {\"category\": \"b\", \"key\": \"Mixed.Case-Key\", \"summary\": \"A key with dots\"},"
  "  {\"category\": \"b\", \"message\": \"error\", \"summary\": \"The word error\"}"
  " ]}";

static TsCatalog *
load_own_catalog (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (own_catalog, strlen (own_catalog));
  g_autoptr(GError) error = NULL;
  TsCatalog *catalog = ts_catalog_new_from_bytes (bytes, "own", NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

static void
test_own_catalog (void)
{
  static const TokenCase cases[] = {
    { "code: 4096", { "7:4096:TEAM_PROXY", "7:4096:OTHER_PROXY" } },
    { "0x1000", { "1:0x1000:TEAM_PROXY" } },
    { "0x1000 code: 4096", { "1:0x1000:TEAM_PROXY", "14:4096:OTHER_PROXY" } },
    { "extraCode: 5302", { "12:5302:V5_EXTRA" } },
    { "[ws] closed (1006)", { "1:[ws] closed (1006):[ws] closed (1006)" } },
    { "x[ws] closed (1006)x", { "2:[ws] closed (1006):[ws] closed (1006)" } },
    { "[WS] CLOSED (1006)", { "1:[WS] CLOSED (1006):[ws] closed (1006)" } },
    { "a Mixed.Case-Key b", { "3:Mixed.Case-Key:Mixed.Case-Key" } },
    { "mixed.case-key Mixed.Case-Keys", { NULL } },
    { "error: 5302", { "1:error:error", "8:5302:V5_EXTRA" } },
    { "Error", { "1:Error:error" } },
    { "PLAY_NOT_ALLOWED 0x4043 code: 16451", { NULL } },
  };
  g_autoptr(TsCatalog) catalog = load_own_catalog ();
  g_autoptr(TsLogScanner) scanner = ts_log_scanner_new (catalog);

  g_assert_true (ts_log_scanner_get_catalog (scanner) == catalog);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = scan_text (scanner, cases[i].line);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);

      for (guint e = 0; cases[i].expected[e] != NULL; e++)
        g_ptr_array_add (expected, g_strconcat ("1:", cases[i].expected[e], NULL));
      assert_same_findings (found, expected, cases[i].line);
    }
}

typedef struct
{
  const char *name;
  guint64 n_lines;
  const char *expected[12];
} Fixture;

static const Fixture fixtures[] = {
  { "join-failure.log", 12, {
    "4:45:failed to connect to remote server via websocket:failed to connect to remote server via websocket",
    "6:45:join room timeout:join room timeout",
    "7:75:JOIN_ROOM_FAILED:JOIN_ROOM_FAILED",
    "10:90:-10012:-10012",
    "11:71:-10012:-10012",
  } },
  { "autoplay-crlf.log", 11, {
    "2:58:NotAllowedError:NotAllowedError",
    "3:73:DEVICE_NOT_FOUND:DEVICE_NOT_FOUND",
    "5:52:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED",
    "8:47:SIGNAL_CHANNEL_SETUP_FAILED:SIGNAL_CAHNNEL_SETUP_FAILED",
    "9:37:DTLS Transport connection timeout (10s):DTLS Transport connection timeout (10s)",
    "10:53:previous publishing is ongoing, please avoid re-publishing:previous publishing is ongoing, please avoid re-publishing",
  } },
  { "binary.log", 5, {
    "1:65:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED",
    "2:3:NotReadableError:NotReadableError",
    "3:43:DEVICE_NOT_FOUND:DEVICE_NOT_FOUND",
    "4:11:-8:-8",
    "5:75:0x1000:INVALID_PARAMETER",
  } },
  { "account.log", 8, {
    "1:77:70001:70001",
    "2:81:70013:70013",
    "3:30:70009:70009",
    "3:48:70010:70010",
    "4:22:70052:70052",
    "4:38:70003:70003",
    "4:50:70004:70004",
    "6:12:70020:70020",
    "7:66:70015:70015",
  } },
  { "terminal.log", 7, {
    "2:51:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED",
    "3:63:-10012:-10012",
    "4:51:join room timeout:join room timeout",
    "5:61:0x4004:JOIN_ROOM_FAILED",
  } },
  { "quiet.log", 4, { NULL } },
};

/* Each fixture read as a file, and pushed whole and in pieces of many sizes */
static void
test_fixtures (void)
{
  static const gsize pieces[] = { 0, 1, 2, 3, 7, 64, 4093 };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      const Fixture *f = &fixtures[i];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "logs", f->name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) found = new_findings ();
      g_autoptr(TsLogScan) scan = ts_log_scan_new (v4_scanner, collect, found);
      g_autoptr(GError) error = NULL;
      gsize length;
      g_autofree char *contents = read_fixture (f->name, &length);

      g_assert_true (ts_log_scan_read_file (scan, file, NULL, &error));
      g_assert_no_error (error);
      assert_findings (found, f->expected, f->name);
      g_assert_cmpuint (ts_log_scan_get_n_lines (scan), ==, f->n_lines);
      g_assert_cmpuint (ts_log_scan_get_n_bytes (scan), ==, length);
      g_assert_cmpuint (ts_log_scan_get_n_findings (scan), ==, found->len);
      g_assert_false (ts_log_scan_is_compressed (scan));

      for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
        {
          guint64 n_lines;
          g_autoptr(GPtrArray) again = scan_pieces (v4_scanner, contents, length, pieces[p], &n_lines);
          g_autofree char *what = g_strdup_printf ("%s in pieces of %zu", f->name, pieces[p]);

          assert_findings (again, f->expected, what);
          g_assert_cmpuint (n_lines, ==, f->n_lines);
        }
    }
}

/* Each error once, in the order it first appears, with its lines */
static void
test_tallies (void)
{
  static const struct
  {
    const char *title;
    guint64 n_lines, first, last;
  } expected[] = {
    { "failed to connect to remote server via websocket", 1, 4, 4 },
    { "join room timeout", 1, 6, 6 },
    { "JOIN_ROOM_FAILED", 1, 7, 7 },
    { "-10012", 2, 10, 11 },
  };
  gsize length;
  g_autofree char *contents = read_fixture ("join-failure.log", &length);
  g_autoptr(TsLogScan) scan = ts_log_scan_new (v4_scanner, NULL, NULL);
  g_autoptr(GError) error = NULL;

  /* twice: lines that name an error again add to its tally */
  g_assert_true (ts_log_scan_push (scan, contents, length, &error));
  g_assert_true (ts_log_scan_push (scan, contents, length, &error));
  g_assert_true (ts_log_scan_finish (scan, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (ts_log_scan_get_n_lines (scan), ==, 24);
  g_assert_cmpuint (ts_log_scan_get_n_findings (scan), ==, 10);
  g_assert_cmpuint (ts_log_scan_get_n_tallies (scan), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const TsLogTally *tally = ts_log_scan_get_tally (scan, i);

      g_assert_cmpstr (ts_entry_get_title (tally->entry), ==, expected[i].title);
      g_assert_cmpuint (tally->n_lines, ==, expected[i].n_lines * 2);
      g_assert_cmpuint (tally->first_line, ==, expected[i].first);
      g_assert_cmpuint (tally->last_line, ==, expected[i].last + 12);
    }
}

/* Every byte of @contents, in turn, is the first after a move of the
 * buffer (a padding line before it takes the rest of the first 64 KiB):
 * the findings are those of @contents alone, a line down. */
static void
sweep_boundary (TsLogScanner *scanner,
                const char   *contents,
                gsize         length,
                const char   *name)
{
  g_autofree char *padding = g_malloc (CHUNK);
  g_autoptr(GPtrArray) alone = scan_pieces (scanner, contents, length, 0, NULL);
  g_autoptr(GPtrArray) expected = new_findings ();

  /* words, numbers and punctuation, with nothing to find */
  for (gsize i = 0; i < CHUNK; i++)
    padding[i] = "took 16385 ms, retry count 4099; "[i % 33];
  padding[CHUNK - 1] = '\n';

  for (guint i = 0; i < alone->len; i++)
    {
      const char *finding = g_ptr_array_index (alone, i);
      char *rest;
      guint64 line = g_ascii_strtoull (finding, &rest, 10);

      g_ptr_array_add (expected, g_strdup_printf ("%" G_GUINT64_FORMAT "%s", line + 1, rest));
    }

  for (gsize shift = 0; shift < length; shift++)
    {
      g_autoptr(GPtrArray) found = new_findings ();
      g_autoptr(TsLogScan) scan = ts_log_scan_new (scanner, collect, found);
      gboolean same;

      g_assert_true (ts_log_scan_push (scan, padding + shift, CHUNK - shift, NULL));
      g_assert_true (ts_log_scan_push (scan, contents, length, NULL));
      g_assert_true (ts_log_scan_finish (scan, NULL));

      same = found->len == expected->len;
      for (guint i = 0; same && i < found->len; i++)
        same = strcmp (g_ptr_array_index (found, i), g_ptr_array_index (expected, i)) == 0;
      if (!same)
        {
          g_autofree char *what = g_strdup_printf ("%s, byte %zu at the boundary", name, shift);

          assert_same_findings (found, expected, what);
        }
    }
}

static void
test_chunk_boundaries (void)
{
  static const char * const names[] = {
    "join-failure.log", "autoplay-crlf.log", "binary.log", "account.log", "terminal.log",
  };
  /* with short patterns, what follows a word before codes reads furthest */
  static const char own_log[] =
    "error:\x1b[33m                      \x1b[1m5302\x1b[0m\x1b[0m\x1b[0m\x1b[0m.\n"
    "error:\x1b[33m                      \x1b[1m5302\x1b[0m\x1b[0m\x1b[0m\x1b[0mx\n"
    "x[ws] closed (1006) <0x0001000> Mixed.Case-Key\n";
  g_autoptr(TsCatalog) own = load_own_catalog ();
  g_autoptr(TsLogScanner) own_scanner = ts_log_scanner_new (own);
  g_autoptr(GPtrArray) own_found = scan_text (own_scanner, own_log);
  const char * const own_expected[] = {
    "1:1:error:error", "1:38:5302:V5_EXTRA", "2:1:error:error", "3:2:[ws] closed (1006):[ws] closed (1006)",
    "3:22:0x0001000:TEAM_PROXY", "3:33:Mixed.Case-Key:Mixed.Case-Key", NULL,
  };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      gsize length;
      g_autofree char *contents = read_fixture (names[n], &length);

      sweep_boundary (v4_scanner, contents, length, names[n]);
    }

  assert_findings (own_found, own_expected, "own log");
  sweep_boundary (own_scanner, own_log, strlen (own_log), "own log");
}

/* A line of 10 MiB with a token of a different entry across every 64 KiB
 * boundary it can have one at, then a short line */
static void
test_long_line (void)
{
  enum { LENGTH = 10 * 1024 * 1024 };
  static const char filler[] = "2026-03-08 took 16385 ms req-4096113 roomId: 4096 retry count 4099, ";
  g_autoptr(GString) log = g_string_sized_new (LENGTH + 64);
  g_autoptr(GPtrArray) expected = new_findings ();
  g_autoptr(GPtrArray) found = NULL;
  guint64 n_lines;
  guint n_tokens = 0;

  while (log->len < LENGTH)
    g_string_append (log, filler);
  g_string_truncate (log, LENGTH);

  for (guint i = 0; i < ts_catalog_get_n_entries (v4); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (v4, i);
      const char *name = ts_entry_get_name (entry);
      g_autofree char *token = NULL;
      gsize match_offset = 0;
      const char *match;
      gsize position;

      /* keys, hex codes, messages and decimal codes after "code:" */
      if (ts_entry_get_hex (entry) != NULL && i % 2 == 1)
        token = g_strdup_printf ("<%s>", ts_entry_get_hex (entry)), match_offset = 1;
      else if (name != NULL)
        token = g_strdup (name);
      else
        token = g_strdup_printf ("code: %s", ts_entry_get_code_text (entry)), match_offset = 6;
      match = token + match_offset;

      /* from wholly before the boundary to wholly after it */
      position = (gsize) (n_tokens + 1) * CHUNK - strlen (token) - 2 + (n_tokens * 7) % (strlen (token) + 4);
      g_assert_cmpuint (position + strlen (token) + 2, <, LENGTH);
      log->str[position] = ' ';
      memcpy (log->str + position + 1, token, strlen (token));
      log->str[position + 1 + strlen (token)] = ' ';
      n_tokens++;

      {
        g_autofree char *text = g_strndup (match, strcspn (match, ">"));

        g_ptr_array_add (expected, g_strdup_printf ("1:%zu:%s:%s", position + 2 + match_offset, text,
                                                    ts_entry_get_title (entry)));
      }
    }
  g_assert_cmpuint (n_tokens, ==, ts_catalog_get_n_entries (v4));
  g_string_append (log, "\nerrCode: 4096\n");
  g_ptr_array_add (expected, g_strdup ("2:10:4096:INVALID_PARAMETER"));

  /* a word longer than the buffer glues a key to its end */
  for (guint i = 0; i < 3 * CHUNK; i++)
    g_string_append_c (log, "abc"[i % 3]);
  g_string_append (log, "PLAY_NOT_ALLOWED\n");

  found = scan_pieces (v4_scanner, log->str, log->len, 1024 * 1024 + 3, &n_lines);
  assert_same_findings (found, expected, "a line of 10 MiB");
  g_assert_cmpuint (n_lines, ==, 3);
}

typedef struct
{
  const char *text;
  gsize length;
  guint64 n_lines;
} LineCase;

static void
test_lines (void)
{
  static const LineCase cases[] = {
    { "", 0, 0 },
    { "\n", 1, 1 },
    { "\n\n", 2, 2 },
    { "a", 1, 1 },
    { "a\n", 2, 1 },
    { "a\nb", 3, 2 },
    { "a\r\nb\r\n", 6, 2 },
    { "\r", 1, 1 },
    { "\0", 1, 1 },
    { "\0\n\0", 3, 2 },
    { "\x1f", 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TsLogScan) scan = ts_log_scan_new (v4_scanner, NULL, NULL);

      g_assert_true (ts_log_scan_push (scan, cases[i].text, cases[i].length, NULL));
      g_assert_true (ts_log_scan_finish (scan, NULL));
      g_assert_cmpuint (ts_log_scan_get_n_lines (scan), ==, cases[i].n_lines);
      g_assert_cmpuint (ts_log_scan_get_n_bytes (scan), ==, cases[i].length);
      g_assert_cmpuint (ts_log_scan_get_n_findings (scan), ==, 0);
    }
}

static GBytes *
gzip (const void *data,
      gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GInputStream) plain = g_memory_input_stream_new_from_data (data, length, NULL);
  g_autoptr(GInputStream) compressed = g_converter_input_stream_new (plain, G_CONVERTER (compressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_splice (out, compressed, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* Checks each finding's excerpt against the whole log: its line around
 * the match, TS_LOG_EXCERPT_CONTEXT bytes either side where the line has
 * them, however the log came in. */
typedef struct
{
  const char *log;
  gsize length;
  GArray *line_starts;      /* guint64: line N starts at [N - 1] */
  guint n_checked;
} ExcerptCheck;

static void
excerpt_check_init (ExcerptCheck *check,
                    const char   *log,
                    gsize         length)
{
  guint64 start = 0;

  check->log = log;
  check->length = length;
  check->line_starts = g_array_new (FALSE, FALSE, sizeof (guint64));
  check->n_checked = 0;
  g_array_append_val (check->line_starts, start);
  for (gsize i = 0; i < length; i++)
    if (log[i] == '\n')
      {
        start = i + 1;
        g_array_append_val (check->line_starts, start);
      }
}

static void
check_excerpt (const TsLogFinding *finding,
               gpointer            user_data)
{
  ExcerptCheck *check = user_data;
  guint64 start = g_array_index (check->line_starts, guint64, finding->line - 1);
  const char *newline = memchr (check->log + start, '\n', check->length - start);
  guint64 end = newline != NULL ? (guint64) (newline - check->log) : check->length;
  guint64 match = start + finding->column - 1;
  guint64 from = match - MIN (match - start, TS_LOG_EXCERPT_CONTEXT);
  guint64 to = MIN (end, match + finding->match_length + TS_LOG_EXCERPT_CONTEXT);

  g_assert_cmpuint (finding->line_length, ==, end - start);
  g_assert_cmpuint (finding->match_offset, ==, match - from);
  g_assert_cmpuint (finding->excerpt_length, ==, to - from);
  g_assert_true (memcmp (finding->excerpt, check->log + from, to - from) == 0);
  g_assert_cmpint (finding->excerpt[finding->excerpt_length], ==, '\0');
  g_assert_true (memcmp (finding->excerpt + finding->match_offset, finding->match, finding->match_length) == 0);
  check->n_checked++;
}

/* @log pushed @piece bytes at a time (all at once if 0), compressed or not:
 * how many findings were checked */
static guint
check_excerpts (const char *log,
                gsize       length,
                gsize       piece,
                gboolean    compressed)
{
  ExcerptCheck check;
  g_autoptr(TsLogScan) scan = NULL;
  g_autoptr(GBytes) gz = compressed ? gzip (log, length) : g_bytes_new_static (log, length);
  gsize n_bytes;
  const guint8 *bytes = g_bytes_get_data (gz, &n_bytes);

  excerpt_check_init (&check, log, length);
  scan = ts_log_scan_new (v4_scanner, check_excerpt, &check);
  for (gsize done = 0; done < n_bytes;)
    {
      gsize n = piece == 0 ? n_bytes : MIN (piece, n_bytes - done);

      g_assert_true (ts_log_scan_push (scan, bytes + done, n, NULL));
      done += n;
    }
  g_assert_true (ts_log_scan_finish (scan, NULL));
  g_assert_cmpuint (check.n_checked, ==, ts_log_scan_get_n_findings (scan));
  g_array_unref (check.line_starts);
  return check.n_checked;
}

static void
test_excerpts (void)
{
  static const char * const names[] = {
    "join-failure.log", "autoplay-crlf.log", "binary.log", "account.log", "terminal.log",
  };
  static const char * const tokens[] = {
    "PLAY_NOT_ALLOWED", "join room timeout", "<0x4004>", "code: -10012", "\x1b[1mNotAllowedError\x1b[22m",
  };
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *padding = g_malloc (CHUNK);
  gsize join_length;
  g_autofree char *join = read_fixture (names[0], &join_length);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n;

  /* the fixtures, whole and in small pieces */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize length;
      g_autofree char *contents = read_fixture (names[i], &length);

      n = check_excerpts (contents, length, 0, FALSE);
      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (check_excerpts (contents, length, 7, FALSE), ==, n);
      g_assert_cmpuint (check_excerpts (contents, length, 0, TRUE), ==, n);
    }

  /* every byte of a log, in turn, the first after a move of the buffer */
  for (gsize i = 0; i < CHUNK; i++)
    padding[i] = "took 16385 ms, retry count 4099; "[i % 33];
  padding[CHUNK - 1] = '\n';
  n = check_excerpts (join, join_length, 0, FALSE);
  for (gsize shift = 0; shift < join_length; shift += 3)
    {
      g_autoptr(GString) shifted = g_string_new_len (padding + shift, CHUNK - shift);

      g_string_append_len (shifted, join, join_length);
      g_assert_cmpuint (check_excerpts (shifted->str, shifted->len, 0, FALSE), ==, n);
    }

  /* lines short and long (one of a MiB), tokens anywhere in them */
  for (guint line = 0; line < 400; line++)
    {
      guint length = line == 200 ? 1024 * 1024 : g_rand_int_range (rand, 0, line % 3 == 0 ? 600 : 4000);

      for (guint i = 0; i < length; i++)
        {
          if (g_rand_int_range (rand, 0, 300) == 0)
            g_string_append_printf (log, " %s ", tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))]);
          g_string_append_c (log, "took 16385 ms, retry 4099; é한"[i % 31]);
        }
      g_string_append (log, line % 5 == 0 ? "\r\n" : "\n");
    }
  n = check_excerpts (log->str, log->len, 0, FALSE);
  g_assert_cmpuint (n, >, 1000);
  g_assert_cmpuint (check_excerpts (log->str, log->len, 1000, FALSE), ==, n);
  g_assert_cmpuint (check_excerpts (log->str, log->len, CHUNK + 3, FALSE), ==, n);
  g_assert_cmpuint (check_excerpts (log->str, log->len, 4096, TRUE), ==, n);
}

/* The findings of @data pushed @piece bytes at a time, and whether and how
 * it failed */
static GPtrArray *
scan_failing (const void  *data,
              gsize        length,
              gsize        piece,
              GError     **error)
{
  GPtrArray *found = new_findings ();
  g_autoptr(TsLogScan) scan = ts_log_scan_new (v4_scanner, collect, found);
  const guint8 *bytes = data;

  for (gsize done = 0; done < length;)
    {
      gsize n = piece == 0 ? length : MIN (piece, length - done);

      if (!ts_log_scan_push (scan, bytes + done, n, error))
        return found;
      done += n;
    }
  ts_log_scan_finish (scan, error);
  return found;
}

/* Compressed logs, known by their first bytes, not their names */
static void
test_gzip (void)
{
  const Fixture *join = &fixtures[0], *autoplay = &fixtures[1];
  gsize join_length, autoplay_length;
  g_autofree char *join_text = read_fixture (join->name, &join_length);
  g_autofree char *autoplay_text = read_fixture (autoplay->name, &autoplay_length);
  g_autoptr(GBytes) join_gz = gzip (join_text, join_length);
  g_autoptr(GBytes) autoplay_gz = gzip (autoplay_text, autoplay_length);
  gsize gz_length;
  const guint8 *gz = g_bytes_get_data (join_gz, &gz_length);
  g_autoptr(GByteArray) two = g_byte_array_new ();
  g_autoptr(GPtrArray) both = new_findings ();
  g_autofree char *dir = g_dir_make_tmp ("ts-scan-XXXXXX", NULL);
  g_autofree char *named_log = g_build_filename (dir, "compressed.log", NULL);
  g_autofree char *named_gz = g_build_filename (dir, "plain.log.gz", NULL);

  g_assert_cmpuint (gz[0], ==, 0x1f);
  g_assert_cmpuint (gz[1], ==, 0x8b);

  /* whole and in pieces, down to single bytes */
  for (gsize piece = 0; piece < 20; piece = piece == 0 ? 1 : piece * 3)
    {
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(TsLogScan) scan = NULL;
      g_autoptr(GError) error = NULL;

      found = new_findings ();
      scan = ts_log_scan_new (v4_scanner, collect, found);
      for (gsize done = 0; done < gz_length;)
        {
          gsize n = piece == 0 ? gz_length : MIN (piece, gz_length - done);

          g_assert_true (ts_log_scan_push (scan, gz + done, n, &error));
          done += n;
        }
      g_assert_true (ts_log_scan_finish (scan, &error));
      g_assert_no_error (error);
      assert_findings (found, join->expected, "join-failure.log compressed");
      g_assert_true (ts_log_scan_is_compressed (scan));
      g_assert_cmpuint (ts_log_scan_get_n_lines (scan), ==, join->n_lines);
      g_assert_cmpuint (ts_log_scan_get_n_bytes (scan), ==, join_length);
    }

  /* a file whose name does not say it is compressed, and one whose name lies */
  {
    g_autoptr(GFile) compressed = g_file_new_for_path (named_log);
    g_autoptr(GFile) plain = g_file_new_for_path (named_gz);
    g_autoptr(GPtrArray) found_compressed = new_findings ();
    g_autoptr(GPtrArray) found_plain = new_findings ();
    g_autoptr(TsLogScan) scan_compressed = ts_log_scan_new (v4_scanner, collect, found_compressed);
    g_autoptr(TsLogScan) scan_plain = ts_log_scan_new (v4_scanner, collect, found_plain);
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (named_log, (const char *) gz, gz_length, NULL));
    g_assert_true (g_file_set_contents (named_gz, join_text, join_length, NULL));
    g_assert_true (ts_log_scan_read_file (scan_compressed, compressed, NULL, &error));
    g_assert_true (ts_log_scan_read_file (scan_plain, plain, NULL, &error));
    g_assert_no_error (error);
    assert_findings (found_compressed, join->expected, "compressed.log");
    assert_findings (found_plain, join->expected, "plain.log.gz");
    g_assert_true (ts_log_scan_is_compressed (scan_compressed));
    g_assert_false (ts_log_scan_is_compressed (scan_plain));
    g_unlink (named_log);
    g_unlink (named_gz);
    g_rmdir (dir);
  }

  /* two members one after the other, as cat a.gz b.gz makes: one log */
  g_byte_array_append (two, gz, gz_length);
  g_byte_array_append (two, g_bytes_get_data (autoplay_gz, NULL), g_bytes_get_size (autoplay_gz));
  for (guint i = 0; join->expected[i] != NULL; i++)
    g_ptr_array_add (both, g_strdup (join->expected[i]));
  for (guint i = 0; autoplay->expected[i] != NULL; i++)
    {
      char *rest;
      guint64 line = g_ascii_strtoull (autoplay->expected[i], &rest, 10);

      g_ptr_array_add (both, g_strdup_printf ("%" G_GUINT64_FORMAT "%s", line + join->n_lines, rest));
    }
  for (gsize piece = 0; piece < 200; piece = piece == 0 ? 1 : piece * 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = scan_failing (two->data, two->len, piece, &error);

      g_assert_no_error (error);
      assert_same_findings (found, both, "two members");
    }

  /* bytes after the last member are ignored, as gzip -d does */
  {
    g_autoptr(GByteArray) trailing = g_byte_array_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) found = NULL;

    g_byte_array_append (trailing, gz, gz_length);
    g_byte_array_append (trailing, (const guint8 *) "PLAY_NOT_ALLOWED\n", 17);
    found = scan_failing (trailing->data, trailing->len, 0, &error);
    g_assert_no_error (error);
    assert_findings (found, join->expected, "trailing bytes");
  }

  /* without its last 8 bytes (the checksum and size): all the text is
   * there and scanned, but the scan says the log ends early */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) found = scan_failing (gz, gz_length - 8, 0, &error);

    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
    assert_findings (found, join->expected, "without the checksum");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) found = scan_failing (gz, gz_length / 2, 0, &error);

    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
  }

  /* corrupt: its checksum, or the compressed data itself */
  {
    g_autofree guint8 *bad = g_memdup2 (gz, gz_length);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) found = NULL;

    bad[gz_length - 6] ^= 0x55;
    found = scan_failing (bad, gz_length, 0, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  }
  for (gsize at = 10; at < gz_length - 8; at += 37)
    {
      g_autofree guint8 *bad = g_memdup2 (gz, gz_length);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = NULL;

      bad[at] ^= 0xff;
      found = scan_failing (bad, gz_length, 7, &error);
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
    }

  /* 0x1f without 0x8b is text */
  {
    g_autoptr(GPtrArray) found = scan_text (v4_scanner, "\x1fPLAY_NOT_ALLOWED");
    const char * const expected[] = { "1:2:PLAY_NOT_ALLOWED:PLAY_NOT_ALLOWED", NULL };

    assert_findings (found, expected, "0x1f, then text");
  }
}

static void
cancel_after_first_read (guint64  bytes_read,
                         gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
note_progress (guint64  bytes_read,
               gpointer user_data)
{
  GArray *progress = user_data;

  g_array_append_val (progress, bytes_read);
}

/* Progress as the bytes read, and a scan that stops when cancelled */
static void
test_progress_and_cancel (void)
{
  enum { SIZE = 1024 * 1024 };
  g_autofree char *log = g_malloc (SIZE);
  g_autoptr(GArray) progress = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (gsize i = 0; i < SIZE; i++)
    log[i] = "PLAY_NOT_ALLOWED\n"[i % 17];

  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (log, SIZE, NULL);
    g_autoptr(TsLogScan) scan = ts_log_scan_new (v4_scanner, NULL, NULL);
    g_autoptr(GError) error = NULL;

    ts_log_scan_set_progress_func (scan, note_progress, progress);
    g_assert_true (ts_log_scan_read_stream (scan, stream, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (progress->len, >, 1);
    for (guint i = 1; i < progress->len; i++)
      g_assert_cmpuint (g_array_index (progress, guint64, i), >, g_array_index (progress, guint64, i - 1));
    g_assert_cmpuint (g_array_index (progress, guint64, progress->len - 1), ==, SIZE);
    g_assert_cmpuint (ts_log_scan_get_n_findings (scan), ==, (SIZE + 16) / 17);
  }

  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (log, SIZE, NULL);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(TsLogScan) scan = ts_log_scan_new (v4_scanner, NULL, NULL);
    g_autoptr(GError) error = NULL;

    ts_log_scan_set_progress_func (scan, cancel_after_first_read, cancellable);
    g_assert_false (ts_log_scan_read_stream (scan, stream, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (ts_log_scan_get_n_bytes (scan), <, SIZE);
  }

  /* a file that is not there, a folder */
  {
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/trtc.log");
    g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
    g_autoptr(TsLogScan) scan_missing = ts_log_scan_new (v4_scanner, NULL, NULL);
    g_autoptr(TsLogScan) scan_folder = ts_log_scan_new (v4_scanner, NULL, NULL);
    g_autoptr(GError) missing_error = NULL;
    g_autoptr(GError) folder_error = NULL;

    g_assert_false (ts_log_scan_read_file (scan_missing, missing, NULL, &missing_error));
    g_assert_error (missing_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_false (ts_log_scan_read_file (scan_folder, folder, NULL, &folder_error));
    g_assert_error (folder_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  }
}

/* A catalog too large for dense rows only: deep nodes are looked up sparse */
static void
test_big_catalog (void)
{
  enum { N = 20000 };
  g_autoptr(GString) json = g_string_new (
    "{\"format_version\": 1, \"metadata\": {\"product\": \"Big\", \"sdk_version\": \"1\", \"source_language\": \"en\"},"
    " \"categories\": [{\"id\": \"big\", \"name\": \"Big\", \"hex_codes\": true}], \"errors\": [");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TsCatalog) catalog = NULL;
  g_autoptr(TsLogScanner) scanner = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *near = NULL;

  for (guint i = 0; i < N; i++)
    {
      char *key = g_strdup_printf ("K%c%c_%05u_%c%c%c%c%c", 'A' + g_rand_int_range (rand, 0, 26),
                                   'A' + g_rand_int_range (rand, 0, 26), i,
                                   'A' + g_rand_int_range (rand, 0, 26), 'A' + g_rand_int_range (rand, 0, 26),
                                   'A' + g_rand_int_range (rand, 0, 26), 'A' + g_rand_int_range (rand, 0, 26),
                                   'A' + g_rand_int_range (rand, 0, 26));

      g_string_append_printf (json, "%s{\"category\": \"big\", \"code\": %u, \"key\": \"%s\", \"summary\": \"S\"}",
                              i > 0 ? "," : "", 100000 + i, key);
      g_ptr_array_add (keys, key);
    }
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  catalog = ts_catalog_new_from_bytes (bytes, "big", NULL, &error);
  g_assert_no_error (error);
  scanner = ts_log_scanner_new (catalog);
  g_assert_cmpuint (ts_log_scanner_get_n_patterns (scanner), ==, N + 8);

  near = g_strdup (g_ptr_array_index (keys, 19999));
  near[strlen (near) - 1] = near[strlen (near) - 1] == 'A' ? 'B' : 'A';
  log = g_strdup_printf ("first %s\ncode: 119998 and 0x1ADB1 and %s\n%s",
                         (const char *) g_ptr_array_index (keys, 0), near,
                         (const char *) g_ptr_array_index (keys, 12345));
  found = scan_text (scanner, log);
  {
    g_autofree char *first = g_strdup_printf ("1:7:%s:%s", (char *) g_ptr_array_index (keys, 0),
                                              (char *) g_ptr_array_index (keys, 0));
    g_autofree char *by_code = g_strdup_printf ("2:7:119998:%s", (char *) g_ptr_array_index (keys, 19998));
    g_autofree char *by_hex = g_strdup_printf ("2:18:0x1ADB1:%s", (char *) g_ptr_array_index (keys, 10001));
    g_autofree char *last = g_strdup_printf ("3:1:%s:%s", (char *) g_ptr_array_index (keys, 12345),
                                             (char *) g_ptr_array_index (keys, 12345));
    const char * const expected[] = { first, by_code, by_hex, last, NULL };

    /* 0x1ADB1 is 110001 */
    assert_findings (found, expected, "a catalog of 20000 keys");
  }
}

static void
collect_entries (const TsLogFinding *finding,
                 gpointer            user_data)
{
  g_ptr_array_add (user_data, finding->entry);
}

static gboolean
has_text (TsEntry    *entry,
          const char *text,
          gboolean    any_case)
{
  const char * const *aliases = ts_entry_get_aliases (entry);

  if (g_strcmp0 (ts_entry_get_key (entry), text) == 0 ||
      (ts_entry_get_message (entry) != NULL &&
       (any_case ? g_ascii_strcasecmp : strcmp) (ts_entry_get_message (entry), text) == 0))
    return TRUE;
  for (guint a = 0; aliases[a] != NULL; a++)
    if (strcmp (aliases[a], text) == 0)
      return TRUE;
  return FALSE;
}

/* Every key, alias, message, hex code and code of the catalog the program
 * uses, alone on a line, names the entries that have it: all of them, in
 * catalog order, at column 1 (after "code: " for codes), and no other. */
static void
test_every_entry (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsCatalog) catalog = ts_catalog_new_builtin (NULL, &error);
  g_autoptr(TsLogScanner) scanner = NULL;
  guint n = 0;

  g_assert_no_error (error);
  scanner = ts_log_scanner_new (catalog);

  for (guint i = 0; i < ts_catalog_get_n_entries (catalog); i++)
    {
      TsEntry *entry = ts_catalog_get_entry (catalog, i);
      const char * const *aliases = ts_entry_get_aliases (entry);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      if (ts_entry_get_key (entry) != NULL)
        g_ptr_array_add (texts, g_strdup (ts_entry_get_key (entry)));
      for (guint a = 0; aliases[a] != NULL; a++)
        g_ptr_array_add (texts, g_strdup (aliases[a]));
      if (ts_entry_get_message (entry) != NULL)
        {
          g_ptr_array_add (texts, g_strdup (ts_entry_get_message (entry)));
          g_ptr_array_add (texts, g_ascii_strup (ts_entry_get_message (entry), -1));
        }
      if (ts_entry_get_hex (entry) != NULL)
        g_ptr_array_add (texts, g_ascii_strdown (ts_entry_get_hex (entry), -1));
      if (ts_entry_has_code (entry))
        g_ptr_array_add (texts, g_strdup_printf ("code: %s", ts_entry_get_code_text (entry)));

      for (guint t = 0; t < texts->len; t++)
        {
          const char *text = g_ptr_array_index (texts, t);
          gboolean is_code = g_str_has_prefix (text, "code: ");
          g_autoptr(GPtrArray) found = g_ptr_array_new ();
          g_autoptr(GPtrArray) expected = g_ptr_array_new ();
          g_autoptr(TsLogScan) scan = ts_log_scan_new (scanner, collect_entries, found);

          g_assert_true (ts_log_scan_push (scan, text, strlen (text), NULL));
          g_assert_true (ts_log_scan_finish (scan, NULL));

          for (guint j = 0; j < ts_catalog_get_n_entries (catalog); j++)
            {
              TsEntry *other = ts_catalog_get_entry (catalog, j);
              gboolean names_it;

              if (is_code)
                names_it = ts_entry_has_code (other) && ts_entry_get_code (other) == ts_entry_get_code (entry);
              else if (text[0] == '0' && text[1] == 'x')
                names_it = ts_entry_get_hex (other) != NULL && g_ascii_strcasecmp (ts_entry_get_hex (other), text) == 0;
              else
                names_it = has_text (other, text, TRUE);
              if (names_it)
                g_ptr_array_add (expected, other);
            }

          g_assert_cmpuint (found->len, ==, expected->len);
          for (guint j = 0; j < found->len; j++)
            g_assert_true (g_ptr_array_index (found, j) == g_ptr_array_index (expected, j));
          g_assert_true (g_ptr_array_find (found, entry, NULL));
          n++;
        }
    }
  g_assert_cmpuint (n, >, ts_catalog_get_n_entries (catalog));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *v4_file = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  v4_file = g_test_build_filename (G_TEST_DIST, "..", "data", "trtc-web-sdk-v4.json", NULL);
  v4 = ts_catalog_new_from_file (v4_file, NULL, &error);
  g_assert_no_error (error);
  v4_scanner = ts_log_scanner_new (v4);

  g_test_add_func ("/log-scanner/tokens", test_tokens);
  g_test_add_func ("/log-scanner/own-catalog", test_own_catalog);
  g_test_add_func ("/log-scanner/fixtures", test_fixtures);
  g_test_add_func ("/log-scanner/tallies", test_tallies);
  g_test_add_func ("/log-scanner/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/log-scanner/long-line", test_long_line);
  g_test_add_func ("/log-scanner/lines", test_lines);
  g_test_add_func ("/log-scanner/excerpts", test_excerpts);
  g_test_add_func ("/log-scanner/gzip", test_gzip);
  g_test_add_func ("/log-scanner/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/log-scanner/big-catalog", test_big_catalog);
  g_test_add_func ("/log-scanner/every-entry", test_every_entry);

  status = g_test_run ();

  ts_log_scanner_unref (v4_scanner);
  g_object_unref (v4);
  return status;
}
