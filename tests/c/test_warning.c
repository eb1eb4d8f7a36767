/* The Warning header, the SIP and STIR Reason protocols and received text,
 * checked from C: every registered warn-code in every locale against the
 * library's Rust API, Warning and Reason values formatted with every buffer size
 * that matters and parsed back, malformed input rejected with the structs
 * zeroed, bounded reads (blocks of exactly their size, for valgrind and
 * AddressSanitizer), sip_sanitize_text and sip_is_valid_reason_phrase.
 * The registered codes and their texts come from the library's Rust API (a
 * file the harness writes: tests/native/fixtures.rs), not a copy here.
 * Usage: test_warning <registry file> */
#include "sipstatus.h"
#include "check.h"
#include "fixture.h"

#include <limits.h>
#include <stdlib.h>

#define ROWS(t) (sizeof t / sizeof t[0])

/* The registered warn-codes, their English texts and their texts in every
 * locale, from the library's Rust API (sipstatus::WARN_CODES, WarnCode::text):
 * tests/native/fixtures.rs writes them for each trial, `warn_code N TEXT`
 * and `warning LANG N TEXT` rows, the last line `end N`. A missing, empty
 * or cut file fails. */
#define LANGS 64
static unsigned char registry[1000];
static int registry_count;
/* How many `warning` rows each locale (sip_lang_at's index) has per code. */
static unsigned char text_rows[LANGS][1000];

static int registered(int n) {
    return n >= 0 && n < (int)sizeof registry && registry[n];
}

static void read_registry(const char *path) {
    struct fixture fx;
    char line[1024], tag[32], *row;
    int n, li, off;
    if (!fixture_open(&fx, path, "test_warning REGISTRY")) return;
    while ((row = fixture_row(&fx, line, sizeof line))) {
        off = -1;
        if (sscanf(row, "warn_code %d %n", &n, &off) == 1 && off > 0 && n >= 0 && n < (int)sizeof registry &&
            !registry[n]) {
            registry[n] = 1;
            registry_count++;
            /* The English text is the registry's. */
            CHECK_STR(sip_warning_text(n, "en"), row + off);
        } else if (sscanf(row, "warning %31s %d %n", tag, &n, &off) == 2 && off > 0 && n >= 0 &&
                   n < (int)sizeof registry && (li = fixture_lang(tag)) >= 0 && li < LANGS) {
            CHECK_STR(sip_warning_text(n, tag), row + off);
            text_rows[li][n]++;
        } else {
            CHECK(0, "%s: a row this test does not read (or an unknown locale): %s", path, row);
        }
    }
    fixture_close(&fx);
    CHECK(registry_count > 0, "%s lists no warn-code", path);
}

static int all_zero(const void *p, size_t size) {
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < size; i++)
        if (b[i]) return 0;
    return 1;
}

/* `text` as a quoted-string: `"` and `\` escaped (the shipped texts have
 * no control characters). */
static size_t quote(const char *text, char *out, size_t len) {
    size_t n = 0;
    out[n++] = '"';
    for (; *text && n + 3 < len; text++) {
        if (*text == '"' || *text == '\\') out[n++] = '\\';
        out[n++] = *text;
    }
    out[n++] = '"';
    out[n] = '\0';
    return n;
}

/* Every registered code has its one text row in each locale (checked
 * against the C ABI as the registry file was read); no other code has one. */
static void every_code_in_every_locale(void) {
    size_t l, nlangs = sip_lang_count();
    int n;
    CHECK(nlangs >= 30, "%zu locales", nlangs);
    CHECK(nlangs <= LANGS, "%zu locales: raise LANGS", nlangs);
    for (l = 0; l < nlangs && l < LANGS; l++) {
        const char *lang = sip_lang_at(l);
        for (n = -1; n <= 1000; n++) {
            const char *text = sip_warning_text(n, lang);
            int rows = n >= 0 && n < 1000 ? text_rows[l][n] : 0;
            if (registered(n)) {
                CHECK(rows == 1, "%s %d: %d text rows in the registry file, want 1", lang, n, rows);
                CHECK(text && valid_utf8(text, 1) && sip_is_valid_reason_phrase(text), "%s %d", lang, n);
                CHECK(text == sip_warning_text(n, lang), "%s %d: the same pointer", lang, n);
            } else {
                CHECK(text == NULL, "%s: %d is not registered but has %s", lang, n, or_null(text));
                CHECK(rows == 0, "%s: %d is not registered but the registry file has its text", lang, n);
            }
        }
    }
    CHECK(sip_warning_text(INT_MIN, NULL) == NULL && sip_warning_text(INT_MAX, "de") == NULL, "edges");
    CHECK_STR(sip_warning_text(370, NULL), "Insufficient bandwidth");
    CHECK_STR(sip_warning_text(370, "xx"), "Insufficient bandwidth");
    CHECK_STR(sip_warning_text(370, "de_AT.UTF-8"), "Unzureichende Bandbreite");
    CHECK_STR(sip_warning_text(380, NULL), "SIPS Not Allowed");
}

static void format_and_parse_every_warning(void) {
    static const char *agents[] = {"sip.example.com:5060", "[2001:db8::1]", "gw-1", "-", "192.0.2.1:5061"};
    size_t l, a, nlangs = sip_lang_count();
    int n;
    for (l = 0; l < nlangs; l++) {
        const char *lang = sip_lang_at(l);
        for (n = 300; n <= 399; n++) {
            const char *text = sip_warning_text(n, lang);
            if (!text) {
                CHECK(sip_format_warning(n, "gw", lang, NULL, 0) == 0, "%d is not registered", n);
                continue;
            }
            for (a = 0; a < ROWS(agents); a++) {
                char want[1024], buf[1024];
                SipWarning w;
                size_t need = sip_format_warning(n, agents[a], lang, NULL, 0);
                int k = snprintf(want, sizeof want, "%03d %s ", n, agents[a]);
                quote(text, want + k, sizeof want - (size_t)k);
                CHECK(need == strlen(want), "%s %d: %zu vs %zu", lang, n, need, strlen(want));
                CHECK(sip_format_warning(n, agents[a], lang, buf, need + 1) == need, "%s %d", lang, n);
                CHECK_STR(buf, want);
                memset(&w, 0xaa, sizeof w);
                CHECK(sip_parse_warning(buf, &w), "%s", buf);
                CHECK(w.code == n && w.known && !w.agent_truncated && !w.text_truncated, "%s", buf);
                CHECK_STR(w.agent, agents[a]);
                CHECK_STR(w.text, text);
            }
        }
    }
}

static void format_buffer_sizes(void) {
    char buf[512], want[512];
    size_t need, len;
    const char *text = sip_warning_text(307, "ja");
    int k;
    /* len 0 and NULL: nothing written, the length told. */
    memset(buf, 'x', sizeof buf);
    need = sip_format_warning(307, "isi.edu", "ja", buf, 0);
    k = snprintf(want, sizeof want, "307 isi.edu ");
    quote(text, want + k, sizeof want - (size_t)k);
    CHECK(need == strlen(want), "%zu", need);
    CHECK(buf[0] == 'x', "len 0 writes nothing");
    CHECK(sip_format_warning(307, "isi.edu", "ja", NULL, 100) == need, "NULL buf");
    /* Every length: a NUL within len, valid UTF-8, a prefix, cut by at most
     * a character, nothing past len. */
    for (len = 1; len <= need + 2; len++) {
        memset(buf, 'x', sizeof buf);
        CHECK(sip_format_warning(307, "isi.edu", "ja", buf, len) == need, "%zu", len);
        CHECK(strlen(buf) < len, "len %zu wrote %zu", len, strlen(buf));
        CHECK(strlen(buf) == need || strlen(buf) + 4 >= len, "len %zu: cut early to %zu", len, strlen(buf));
        CHECK(buf[len] == 'x', "wrote past %zu", len);
        CHECK(valid_utf8(buf, 0) && strncmp(buf, want, strlen(buf)) == 0, "len %zu", len);
    }
    /* The same for the SIP Reason value. */
    need = sip_format_reason_sip(600, "zh-CN", NULL, 0);
    snprintf(want, sizeof want, "SIP;cause=600;text=\"%s\"", sip_reason(600, "zh-CN"));
    CHECK(need == strlen(want), "%zu", need);
    for (len = 0; len <= need + 2; len++) {
        memset(buf, 'x', sizeof buf);
        CHECK(sip_format_reason_sip(600, "zh-CN", buf, len) == need, "%zu", len);
        CHECK(buf[len] == 'x', "wrote past %zu", len);
        if (len == 0) {
            CHECK(buf[0] == 'x', "len 0 writes nothing");
            continue;
        }
        CHECK(strlen(buf) < len && (strlen(buf) == need || strlen(buf) + 4 >= len), "len %zu", len);
        CHECK(valid_utf8(buf, 0) && strncmp(buf, want, strlen(buf)) == 0, "len %zu", len);
    }
}

static void format_refusals(void) {
    static const int codes[] = {INT_MIN, -1, 0, 299, 309, 382, 383, 390, 400, 999, INT_MAX};
    static const char *bad_agents[] = {"", " ", "a b", "a@b", "host:", "host:5a", ":5060", "[::1",
                                       "[fe80::1%eth0]", "[::1]5060", "a\"b", "\xc3\xa9", "a\r\nb"};
    char buf[64], *exact;
    size_t i;
    for (i = 0; i < ROWS(codes); i++) {
        memset(buf, 'x', sizeof buf);
        CHECK(sip_format_warning(codes[i], "gw", "de", buf, sizeof buf) == 0, "%d", codes[i]);
        CHECK(buf[0] == '\0', "%d writes \"\"", codes[i]);
    }
    for (i = 0; i < ROWS(bad_agents); i++) {
        memset(buf, 'x', sizeof buf);
        CHECK(sip_format_warning(399, bad_agents[i], NULL, buf, sizeof buf) == 0, "agent \"%s\"", bad_agents[i]);
        CHECK(buf[0] == '\0', "agent \"%s\" writes \"\"", bad_agents[i]);
    }
    CHECK(sip_format_warning(399, NULL, NULL, buf, sizeof buf) == 0 && buf[0] == '\0', "NULL agent");
    /* An agent with no NUL in its 256 bytes, in a block of exactly that
     * size: refused, and nothing past it read. 255 bytes and a NUL: fine. */
    exact = malloc(SIP_WARNING_AGENT_SIZE);
    if (!exact) {
        CHECK(0, "malloc");
        return;
    }
    memset(exact, 'a', SIP_WARNING_AGENT_SIZE);
    CHECK(sip_format_warning(399, exact, NULL, NULL, 0) == 0, "256 bytes without NUL");
    exact[SIP_WARNING_AGENT_SIZE - 1] = '\0';
    CHECK(sip_format_warning(399, exact, NULL, NULL, 0) == 255 + strlen("399  \"Miscellaneous warning\""),
          "255 bytes");
    free(exact);
    for (i = 0; i < ROWS(codes); i++) {
        memset(buf, 'x', sizeof buf);
        CHECK(sip_format_reason_sip(codes[i] == 400 ? 499 : codes[i], "de", buf, sizeof buf) == 0, "%d", codes[i]);
        CHECK(buf[0] == '\0', "%d", codes[i]);
    }
    CHECK(sip_format_reason_sip(701, NULL, NULL, 0) > 0, "701 is known");
    CHECK(sip_format_reason_sip(100, "\xff", buf, sizeof buf) > 0, "bad lang is English");
    CHECK_STR(buf, "SIP;cause=100;text=\"Trying\"");
}

static void parse_warnings(void) {
    SipWarning w, many[4];
    /* RFC 3261 §20.43 */
    CHECK(sip_parse_warning("307 isi.edu \"Session parameter 'foo' not understood\"", &w), "RFC 3261");
    CHECK(w.code == 307 && w.known, "307");
    CHECK_STR(w.agent, "isi.edu");
    CHECK_STR(w.text, "Session parameter 'foo' not understood");
    /* Whitespace, folding, escapes, UTF-8, letter case, unregistered codes. */
    CHECK(sip_parse_warning(" \t399\r\n  GW.Example.COM:5060\t\"say \\\"hi\\\" \\\\ \xe5\xbf\x99\" ", &w), "ws");
    CHECK(w.code == 399 && w.known, "399");
    CHECK_STR(w.agent, "GW.Example.COM:5060");
    CHECK_STR(w.text, "say \"hi\" \\ \xe5\xbf\x99");
    CHECK(sip_parse_warning("390 x \"unregistered\"", &w) && w.code == 390 && !w.known, "390");
    CHECK(sip_parse_warning("099 x \"\"", &w) && w.code == 99 && !w.known, "099");
    CHECK_STR(w.text, "");
    CHECK(sip_parse_warning("301 a \"x\r\n y\"", &w), "folded text");
    CHECK_STR(w.text, "x y");
    /* Several values: the first one, or all of them. */
    memset(many, 0xaa, sizeof many);
    CHECK(sip_parse_warnings("370 [2001:db8::1]:5061 \"a\", 380 b \"c\" ,381 d \"e\"", many, 4) == 3, "three");
    CHECK(many[0].code == 370 && many[1].code == 380 && many[2].code == 381, "in order");
    CHECK_STR(many[0].agent, "[2001:db8::1]:5061");
    CHECK_STR(many[2].text, "e");
    CHECK(((unsigned char *)&many[3])[0] == 0xaa, "entries past the count untouched");
    CHECK(sip_parse_warnings("300 a \"b\", 301 a \"b\", 302 a \"b\"", many, 1) == 3, "count more than n");
    CHECK(sip_parse_warnings("300 a \"b\", 301 a \"b\"", NULL, 0) == 2, "count only");
    CHECK(sip_parse_warnings("300 a \"b\", 301 a \"b\"", NULL, 5) == 2, "NULL out");
    CHECK(sip_parse_warning("300 a \"b\"", NULL), "NULL out");
    /* Long agents and texts are cut to fit, and say so. */
    {
        char value[900];
        int k = snprintf(value, sizeof value, "399 ");
        int i;
        for (i = 0; i < 300; i++) value[k++] = 'a';
        value[k++] = ' ';
        value[k++] = '"';
        for (i = 0; i < 100; i++) k += snprintf(value + k, sizeof value - (size_t)k, "\xe5\xbf\x99");
        snprintf(value + k, sizeof value - (size_t)k, "\"");
        CHECK(sip_parse_warning(value, &w), "long");
        CHECK(w.agent_truncated && strlen(w.agent) == SIP_WARNING_AGENT_SIZE - 1, "%zu", strlen(w.agent));
        CHECK(w.text_truncated && strlen(w.text) == 255 && valid_utf8(w.text, 0), "%zu", strlen(w.text));
    }
}

static void parse_warning_rejects(void) {
    static const char *bad[] = {
        "", " ", "30 a \"b\"", "3000 a \"b\"", "30a a \"b\"", "307", "307 a", "307 \"b\"", "307 a b",
        "307a \"b\"", "307 a\"b\"", "307 a \"b", "307 a \"b\\", "307 a \"b\" c", "307 a \"b\";x=1",
        "307 a \"b\",", ",307 a \"b\"", "307 a \"b\",,307 a \"b\"", "307 a@b \"c\"", "307 [::zz] \"c\"",
        "307 host: \"c\"", "307 a \"b\rc\"", "307 a \"b\nc\"", "307 a \"b\x01\"", "307\r\na \"b\"",
        "307 a \"b\"\r\n", "Warning: 307 a \"b\"", "307 a \"\xff\"", "\xc3\x28", "-307 a \"b\"",
    };
    SipWarning w, many[2];
    char *exact, *ok;
    size_t i;
    for (i = 0; i < ROWS(bad); i++) {
        memset(&w, 0xaa, sizeof w);
        CHECK(!sip_parse_warning(bad[i], &w), "accepted \"%s\"", bad[i]);
        CHECK(all_zero(&w, sizeof w), "\"%s\" left out non-zero", bad[i]);
        memset(many, 0xaa, sizeof many);
        CHECK(sip_parse_warnings(bad[i], many, 2) == 0, "\"%s\"", bad[i]);
        CHECK(all_zero(many, sizeof many), "\"%s\"", bad[i]);
    }
    memset(&w, 0xaa, sizeof w);
    CHECK(!sip_parse_warning(NULL, &w) && all_zero(&w, sizeof w), "NULL");
    CHECK(!sip_parse_warning(NULL, NULL) && sip_parse_warnings(NULL, NULL, 0) == 0, "NULL, NULL");
    /* 1024 bytes with no NUL: rejected, nothing past them read. */
    exact = malloc(SIP_WARNING_MAX_LEN);
    ok = malloc(SIP_WARNING_MAX_LEN);
    if (!exact || !ok) {
        CHECK(0, "malloc");
        free(exact);
        free(ok);
        return;
    }
    memset(exact, ' ', SIP_WARNING_MAX_LEN);
    memcpy(exact, "399 x \"y\"", 9);
    memset(&w, 0xaa, sizeof w);
    CHECK(!sip_parse_warning(exact, &w) && all_zero(&w, sizeof w), "1024 bytes without NUL");
    memcpy(ok, exact, SIP_WARNING_MAX_LEN);
    ok[SIP_WARNING_MAX_LEN - 1] = '\0';
    CHECK(sip_parse_warning(ok, &w) && w.code == 399, "1023 bytes");
    free(exact);
    free(ok);
}

static void reason_sip_and_stir(void) {
    size_t l, i, nlangs = sip_lang_count(), known = sip_known_count();
    SipReasonValue v, many[3];
    SipReason r;
    for (l = 0; l < nlangs; l++) {
        const char *lang = sip_lang_at(l);
        for (i = 0; i < known; i++) {
            int code = sip_known_at(i);
            const char *phrase = sip_reason(code, lang);
            char want[1024], buf[1024];
            size_t need = sip_format_reason_sip(code, lang, NULL, 0);
            int k = snprintf(want, sizeof want, "SIP;cause=%d;text=", code);
            quote(phrase, want + k, sizeof want - (size_t)k);
            CHECK(need == strlen(want), "%s %d", lang, code);
            CHECK(sip_format_reason_sip(code, lang, buf, sizeof buf) == need, "%s %d", lang, code);
            CHECK_STR(buf, want);
            memset(&v, 0xaa, sizeof v);
            CHECK(sip_parse_reason_value(buf, &v), "%s", buf);
            CHECK(v.protocol == SIP_REASON_PROTOCOL_SIP && v.cause == code && v.cause_known, "%s", buf);
            CHECK(v.location == -1 && v.has_text && !v.text_truncated, "%s", buf);
            CHECK_STR(v.text, phrase);
            CHECK_STR(v.protocol_name, "SIP");
            CHECK(sip_parse_reason(buf, &r) && r.protocol == SIP_REASON_PROTOCOL_SIP && r.cause == code, "%s", buf);
        }
    }
    /* RFC 9410: STIR is told apart by the new struct; SipReason keeps its
     * enum, where STIR is another protocol. */
    CHECK(sip_parse_reason_value("STIR;cause=436;text=\"Bad Identity Info\"", &v), "STIR");
    CHECK(v.protocol == SIP_REASON_PROTOCOL_STIR && v.cause == 436 && v.cause_known, "STIR");
    CHECK_STR(v.protocol_name, "STIR");
    CHECK_STR(v.text, "Bad Identity Info");
    CHECK(sip_parse_reason("stir;cause=436", &r) && r.protocol == SIP_REASON_PROTOCOL_OTHER, "old struct");
    CHECK_STR(r.protocol_name, "STIR");
    CHECK(sip_parse_reason_value("sTiR ; CAUSE = 608", &v) && v.protocol == SIP_REASON_PROTOCOL_STIR && v.cause_known, "608");
    CHECK(sip_parse_reason_value("STIR;cause=486", &v) && !v.cause_known, "486 is no STIR cause");
    CHECK(sip_parse_reason_value("SIP;cause=499", &v) && !v.cause_known, "499 is not known");
    CHECK(sip_parse_reason_value("Q.850;cause=45", &v) && !v.cause_known, "45 is unassigned");
    CHECK(sip_parse_reason_value("Q.850;cause=16;location=LN", &v) && v.cause_known && v.location == 2, "Q.850");
    CHECK(v.protocol == SIP_REASON_PROTOCOL_Q850, "Q.850");
    CHECK(sip_parse_reason_value("preemption;cause=1", &v) && v.protocol == SIP_REASON_PROTOCOL_OTHER && !v.cause_known,
          "other");
    CHECK(sip_parse_reason_value("SIP", &v) && v.cause == -1 && !v.cause_known && !v.has_text, "no cause");
    memset(many, 0xaa, sizeof many);
    CHECK(sip_parse_reason_values("SIP;cause=487, STIR;cause=438", many, 3) == 2, "two");
    CHECK(many[1].protocol == SIP_REASON_PROTOCOL_STIR && many[1].cause == 438, "second");
    CHECK(((unsigned char *)&many[2])[0] == 0xaa, "untouched");
    /* Rejections: exactly sip_parse_reason's, every entry zeroed. */
    {
        static const char *bad[] = {"", "STIR;", "STIR;cause=x", "STIR;text=abc", "STIR,,SIP", "SIP;cause=1;cause=1"};
        for (i = 0; i < ROWS(bad); i++) {
            memset(many, 0xaa, sizeof many);
            CHECK(sip_parse_reason_values(bad[i], many, 3) == 0 && all_zero(many, sizeof many), "\"%s\"", bad[i]);
            memset(&v, 0xaa, sizeof v);
            CHECK(!sip_parse_reason_value(bad[i], &v) && all_zero(&v, sizeof v), "\"%s\"", bad[i]);
        }
        memset(&v, 0xaa, sizeof v);
        CHECK(!sip_parse_reason_value(NULL, &v) && all_zero(&v, sizeof v), "NULL");
    }
}

/* sip_sanitize_text into `len` bytes of a guarded buffer; returns the length told. */
static size_t sanitize(const char *in, size_t in_len, char *buf, size_t len) {
    size_t told;
    memset(buf, 'x', len + 8);
    told = sip_sanitize_text(in, in_len, buf, len);
    CHECK(sip_sanitize_text(in, in_len, NULL, 0) == told, "size query");
    CHECK(buf[len] == 'x', "wrote past %zu", len);
    if (len > 0) CHECK(strlen(buf) < len && valid_utf8(buf, 0), "len %zu", len);
    return told;
}

static void sanitize_text(void) {
    static const struct {
        const char *in;
        size_t in_len;
        const char *want;
    } cases[] = {
        {"Busy Here", 9, "Busy Here"},
        {"  Busy\r\n\tHere  ", 15, "Busy Here"},
        {"a\0b", 3, "a b"},
        {"\x1b[31mred\x1b[0m", 12, "[31mred [0m"},
        {"a\x7f\xc2\x85" "b", 5, "a b"},                                     /* DEL, U+0085 */
        {"a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", 9, "a b c"},                  /* U+2028, U+2029 */
        {"\xe2\x80\xae" "gnp.exe\xe2\x80\xac", 13, "gnp.exe"},              /* RLO, PDF */
        {"a \xe2\x81\xa6" "b\xe2\x81\xa9 \xe2\x80\x8f" "c\xd8\x9c", 16, "a b c"}, /* LRI, PDI, RLM, ALM */
        {"a\xff" "b", 3, "a\xef\xbf\xbd" "b"},                                /* invalid byte */
        {"\xe2\x80", 2, "\xef\xbf\xbd"},                                      /* truncated sequence */
        {"\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},          /* a surrogate */
        {"\xc2\xa0 x \xe3\x80\x80", 8, "x"},                                  /* NBSP, U+3000 trimmed */
        {"\xd9\x85\xd8\xb4\xd8\xba\xd9\x88\xd9\x84", 10, "\xd9\x85\xd8\xb4\xd8\xba\xd9\x88\xd9\x84"},
        {" \t\r\n", 4, ""},
        {"", 0, ""},
    };
    char buf[128];
    size_t i, len;
    for (i = 0; i < ROWS(cases); i++) {
        size_t told = sanitize(cases[i].in, cases[i].in_len, buf, sizeof buf - 8);
        CHECK(told == strlen(cases[i].want), "case %zu: %zu", i, told);
        CHECK_STR(buf, cases[i].want);
        /* Every buffer size: a prefix, cut between characters. */
        for (len = 0; len <= told + 1; len++) {
            CHECK(sanitize(cases[i].in, cases[i].in_len, buf, len) == told, "case %zu len %zu", i, len);
            if (len > 0)
                CHECK(strncmp(buf, cases[i].want, strlen(buf)) == 0 &&
                          (strlen(buf) == told || strlen(buf) + 4 >= len),
                      "case %zu len %zu: %s", i, len, buf);
        }
    }
    CHECK(sanitize(NULL, 0, buf, 16) == 0 && buf[0] == '\0', "NULL in");
    CHECK(sanitize(NULL, 100, buf, 16) == 0 && buf[0] == '\0', "NULL in with a length");
    /* Exactly in_len bytes are read: a block of that size, no NUL. */
    {
        char *exact = malloc(5);
        if (exact) {
            memcpy(exact, "abcde", 5);
            CHECK(sanitize(exact, 5, buf, 16) == 5, "exact");
            CHECK_STR(buf, "abcde");
            CHECK(sanitize(exact, 2, buf, 16) == 2, "part");
            CHECK_STR(buf, "ab");
            free(exact);
        } else {
            CHECK(0, "malloc");
        }
    }
    /* What comes out of a received header is display-clean: the parsed
     * text of a Warning with controls, made safe. */
    {
        SipWarning w;
        CHECK(sip_parse_warning("399 x \"a\\\x01\\\x1b" "b\xe2\x80\xae" "c\"", &w), "escaped controls");
        sanitize(w.text, strlen(w.text), buf, sizeof buf - 8);
        CHECK_STR(buf, "a bc");
    }
}

static void reason_phrases(void) {
    static const char *good[] = {"", "OK", "Busy Here", "l'appel (a; b/c?) x@y & z=1 + $5, ~!*", "tab\there",
                                 "%20 %Ff", "\xd0\x9d\xd0\xb5", "\xe6\x9c\xaa", "\xf0\x9f\x93\x9e"};
    static const char *bad[] = {"a\r\nb", "a\rb", "a\nb", "\x1b[31m", "\x7f", "say \"hi\"", "<x>", "a#b", "{x}",
                                "a\\b", "a|b", "a[b]", "^`", "50%", "%4", "%zz", "\xff", "\xc0\xaf",
                                "\xed\xa0\x80", "\x80", "\xc2\x85", "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80"};
    size_t i, l, nlangs = sip_lang_count();
    char *exact;
    int code;
    for (i = 0; i < ROWS(good); i++) CHECK(sip_is_valid_reason_phrase(good[i]), "\"%s\"", good[i]);
    for (i = 0; i < ROWS(bad); i++) CHECK(!sip_is_valid_reason_phrase(bad[i]), "\"%s\"", bad[i]);
    CHECK(!sip_is_valid_reason_phrase(NULL), "NULL");
    /* Every phrase the library gives may go on a status line. */
    for (l = 0; l < nlangs; l++)
        for (code = 100; code <= 701; code++) {
            const char *p = sip_reason(code, sip_lang_at(l));
            if (p) CHECK(sip_is_valid_reason_phrase(p), "%s %d: %s", sip_lang_at(l), code, p);
        }
    /* 1024 bytes and no NUL: false, nothing past them read. */
    exact = malloc(SIP_REASON_PHRASE_MAX_LEN);
    if (!exact) {
        CHECK(0, "malloc");
        return;
    }
    memset(exact, 'a', SIP_REASON_PHRASE_MAX_LEN);
    CHECK(!sip_is_valid_reason_phrase(exact), "1024 bytes without NUL");
    exact[SIP_REASON_PHRASE_MAX_LEN - 1] = '\0';
    CHECK(sip_is_valid_reason_phrase(exact), "1023 bytes");
    free(exact);
}

int main(int argc, char **argv) {
    read_registry(argc > 1 ? argv[1] : NULL);
    every_code_in_every_locale();
    format_and_parse_every_warning();
    format_buffer_sizes();
    format_refusals();
    parse_warnings();
    parse_warning_rejects();
    reason_sip_and_stir();
    sanitize_text();
    reason_phrases();
    return check_summary("test_warning");
}
