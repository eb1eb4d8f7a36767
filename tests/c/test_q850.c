/* The Q.850 part of include/sipstatus.h, checked from C: both RFC 3398
 * mappings and the cause classes at every int of -1000 to 2000 and the
 * edges of int against what the Rust API answers (a facts file the harness
 * writes from the library: tests/native/fixtures.rs; the RFC tables are
 * transcribed once, by src/q850.rs's tests), the cause names and class
 * names of every locale against the Rust API too (the same file), and the
 * Reason header both ways (formatting with every buffer size that matters,
 * parsing the RFC examples and malformed input).
 * Usage: test_q850 <facts file> */
#include "sipstatus.h"
#include "check.h"
#include "fixture.h"

#include <limits.h>
#include <stdlib.h>

#define ROWS(t) (sizeof t / sizeof t[0])

/* The facts, from the library's Rust API: tests/native/fixtures.rs writes
 * them for each trial (one row a line, the last `end N`). Every int of LO
 * to HI must have one row of each mapping; the edges of int come too. */
#define LO (-1000)
#define HI 2000

enum { FROM_Q850, TO_Q850, CLASS, MAPPINGS };
static const char *mapping_names[MAPPINGS] = {"from_q850", "to_q850", "class"};
static unsigned char seen[MAPPINGS][HI - LO + 1];

/* The values Q.850 assigns (all of 1 to 127); how many rows name each
 * cause (-1 to 128) and each class in each locale (sip_lang_at's index). */
#define LANGS 64
static unsigned char assigned_flag[128];
static int assigned[128];
static size_t n_assigned;
static unsigned char name_rows[LANGS][130];
static unsigned char class_name_rows[LANGS][8];

static int is_assigned(int n) {
    return n >= 0 && n <= 127 && assigned_flag[n];
}

static int c_answer(int mapping, int n) {
    switch (mapping) {
    case FROM_Q850: return sip_from_q850(n);
    case TO_Q850: return sip_to_q850(n);
    default: return (int)sip_q850_class(n);
    }
}

static int mapping_of(const char *word) {
    int m;
    for (m = 0; m < MAPPINGS; m++)
        if (strcmp(word, mapping_names[m]) == 0) return m;
    return -1;
}

/* Reads the facts file and checks every row as it comes: the C ABI must
 * answer what the Rust API answers. A missing, empty, cut or short file
 * fails. */
static void facts(const char *path) {
    struct fixture fx;
    char line[1024], word[32], tag[32], *row;
    size_t missing = 0;
    int n, value, m, li, off;
    if (!fixture_open(&fx, path, "test_q850 FACTS")) return;
    while ((row = fixture_row(&fx, line, sizeof line))) {
        off = -1;
        if (sscanf(row, "%31s %d %d", word, &n, &value) == 3 && (m = mapping_of(word)) >= 0) {
            int got = c_answer(m, n);
            CHECK(got == value, "%s(%d): the C ABI gives %d, the Rust API %d", word, n, got, value);
            if (n >= LO && n <= HI) seen[m][n - LO]++;
        } else if (sscanf(row, "assigned %d", &n) == 1 && n >= 1 && n <= 127 && !assigned_flag[n]) {
            assigned_flag[n] = 1;
            assigned[n_assigned++] = n;
        } else if (sscanf(row, "cause_name %31s %d %n", tag, &n, &off) == 2 && off > 0 && n >= -1 && n <= 128 &&
                   (li = fixture_lang(tag)) >= 0 && li < LANGS) {
            CHECK_STR(sip_q850_name(n, tag), row + off);
            name_rows[li][n + 1]++;
        } else if (sscanf(row, "cause_class_name %31s %d %n", tag, &n, &off) == 2 && off > 0 && n >= 1 &&
                   n <= 7 && (li = fixture_lang(tag)) >= 0 && li < LANGS) {
            CHECK_STR(sip_q850_class_name(n, tag), row + off);
            class_name_rows[li][n]++;
        } else {
            CHECK(0, "%s: a row this test does not read (or an unknown locale): %s", path, row);
        }
    }
    fixture_close(&fx);
    for (m = 0; m < MAPPINGS; m++)
        for (n = LO; n <= HI; n++)
            if (seen[m][n - LO] != 1) {
                missing++;
                if (missing <= 5) fprintf(stderr, "%s %d: %d rows, want 1\n", mapping_names[m], n, seen[m][n - LO]);
            }
    CHECK(missing == 0, "%zu of %d ints without exactly one row per mapping", missing, 3 * (HI - LO + 1));
    CHECK(n_assigned > 0, "%s lists no assigned cause", path);
}

/* A few round trips (the spec's list): 480 -> 18 -> 408, 600 -> 17 -> 486,
 * and the edges. */
static void examples(void) {
    CHECK(sip_to_q850(99) == 0 && sip_to_q850(700) == 0 && sip_to_q850(701) == 0, "edges");
    CHECK(sip_from_q850(sip_to_q850(480)) == 408, "480");
    CHECK(sip_from_q850(sip_to_q850(600)) == 486, "600");
    CHECK(sip_from_q850(sip_to_q850(405)) == 500, "405 via the default");
    CHECK(sip_from_q850(sip_to_q850(505)) == 500, "505");
}

/* Every assigned cause and every class has its one name row in each
 * locale (checked against the C ABI as the facts were read), and no other
 * value has one. */
static void names_and_classes_in_every_locale(void) {
    size_t l, nlangs = sip_lang_count();
    int n, cls;
    CHECK(nlangs >= 16, "%zu locales", nlangs);
    CHECK(nlangs <= LANGS, "%zu locales: raise LANGS", nlangs);
    for (l = 0; l < nlangs && l < LANGS; l++) {
        const char *lang = sip_lang_at(l);
        for (n = -1; n <= 128; n++) {
            const char *name = sip_q850_name(n, lang);
            if (is_assigned(n)) {
                CHECK(name_rows[l][n + 1] == 1, "%s %d: %d name rows in the facts, want 1", lang, n,
                      name_rows[l][n + 1]);
                CHECK(name && valid_utf8(name, 0), "%s %d", lang, n);
            } else {
                CHECK(name == NULL, "%s: %d is unassigned but named %s", lang, n, or_null(name));
                CHECK(name_rows[l][n + 1] == 0, "%s: %d is unassigned but the facts name it", lang, n);
            }
        }
        for (cls = 1; cls <= 7; cls++) {
            const char *name = sip_q850_class_name(cls, lang);
            CHECK(class_name_rows[l][cls] == 1, "%s class %d: %d name rows in the facts, want 1", lang, cls,
                  class_name_rows[l][cls]);
            CHECK(name && valid_utf8(name, 0), "%s class %d", lang, cls);
        }
    }
    CHECK(sip_q850_class(17) == SIP_Q850_CLASS_NORMAL_EVENT, "17");
    CHECK(sip_q850_class(34) == SIP_Q850_CLASS_RESOURCE_UNAVAILABLE, "34");
    CHECK(sip_q850_class(63) == SIP_Q850_CLASS_SERVICE_NOT_AVAILABLE, "63");
    CHECK(sip_q850_class(65) == SIP_Q850_CLASS_SERVICE_NOT_IMPLEMENTED, "65");
    CHECK(sip_q850_class(95) == SIP_Q850_CLASS_INVALID_MESSAGE, "95");
    CHECK(sip_q850_class(102) == SIP_Q850_CLASS_PROTOCOL_ERROR, "102");
    CHECK(sip_q850_class(127) == SIP_Q850_CLASS_INTERWORKING, "127");
    CHECK(sip_q850_class(0) == SIP_Q850_CLASS_INVALID, "0");
    CHECK(sip_q850_class(128) == SIP_Q850_CLASS_INVALID, "128");
    CHECK(sip_q850_class(INT_MIN) == SIP_Q850_CLASS_INVALID, "INT_MIN");
    CHECK(sip_q850_class(INT_MAX) == SIP_Q850_CLASS_INVALID, "INT_MAX");
    CHECK(sip_q850_class_name(0, NULL) == NULL, "0");
    CHECK(sip_q850_class_name(8, NULL) == NULL, "8");
    CHECK(sip_q850_class_name(-1, "de") == NULL, "-1");
    CHECK(sip_q850_class_name(INT_MIN, NULL) == NULL, "INT_MIN");
    CHECK_STR(sip_q850_class_name(SIP_Q850_CLASS_INTERWORKING, NULL), "Interworking");
    CHECK_STR(sip_q850_name(17, NULL), "User busy");
    CHECK_STR(sip_q850_name(17, "de_DE.UTF-8"), "Teilnehmer besetzt");
    CHECK(sip_q850_name(17, "de") == sip_q850_name(17, "DE-at"), "same pointer");
    CHECK(sip_q850_name(INT_MAX, "de") == NULL, "INT_MAX");
}

/* `Q.850;cause=N;text="name"` with `"` and `\` escaped, as the RFC 3261
 * quoted-string wants it. */
static void expected_reason(int cause, const char *name, char *out, size_t len) {
    size_t n = (size_t)snprintf(out, len, "Q.850;cause=%d;text=\"", cause);
    for (; *name && n + 3 < len; name++) {
        if (*name == '"' || *name == '\\') out[n++] = '\\';
        out[n++] = *name;
    }
    out[n++] = '"';
    out[n] = '\0';
}

static void format_and_parse_every_cause_in_every_locale(void) {
    size_t l, i, nlangs = sip_lang_count();
    for (l = 0; l < nlangs; l++) {
        const char *lang = sip_lang_at(l);
        for (i = 0; i < n_assigned; i++) {
            int cause = assigned[i];
            const char *name = sip_q850_name(cause, lang);
            char want[1024], buf[1024];
            SipReason r;
            size_t need, got;
            CHECK(name != NULL, "%s: assigned cause %d has no name", lang, cause);
            if (name == NULL) continue;
            need = sip_format_reason(cause, lang, NULL, 0);
            expected_reason(cause, name, want, sizeof want);
            CHECK(need == strlen(want), "%s %d: %zu vs %zu", lang, cause, need, strlen(want));
            got = sip_format_reason(cause, lang, buf, need + 1);
            CHECK(got == need, "%s %d", lang, cause);
            CHECK_STR(buf, want);
            /* ... and back. */
            memset(&r, 0xaa, sizeof r);
            CHECK(sip_parse_reason(buf, &r), "%s", buf);
            CHECK(r.protocol == SIP_REASON_PROTOCOL_Q850, "%s", buf);
            CHECK(r.cause == cause, "%s", buf);
            CHECK(r.location == -1, "%s", buf);
            CHECK(r.has_text, "%s", buf);
            CHECK_STR(r.protocol_name, "Q.850");
            if (strlen(name) < SIP_REASON_TEXT_SIZE) {
                CHECK(!r.text_truncated, "%s", buf);
                CHECK_STR(r.text, name);
            } else {
                CHECK(r.text_truncated, "%s", buf);
                CHECK(strncmp(r.text, name, strlen(r.text)) == 0 && valid_utf8(r.text, 0), "%s", buf);
            }
        }
    }
}

static void format_truncation(void) {
    char buf[256], want[256];
    size_t need, len;
    int i;
    /* len 0: nothing written, the length still told. */
    memset(buf, 'x', sizeof buf);
    need = sip_format_reason(17, NULL, buf, 0);
    CHECK(need == strlen("Q.850;cause=17;text=\"User busy\""), "%zu", need);
    CHECK(buf[0] == 'x', "len 0 writes nothing");
    /* len 1: just the NUL. */
    CHECK(sip_format_reason(17, NULL, buf, 1) == need, "len 1");
    CHECK(buf[0] == '\0' && buf[1] == 'x', "len 1 writes one NUL");
    /* len == need: one byte short, cut and terminated. */
    memset(buf, 'x', sizeof buf);
    CHECK(sip_format_reason(17, NULL, buf, need) == need, "len need");
    CHECK(strlen(buf) == need - 1 && buf[need] == 'x', "cut to %zu", need - 1);
    CHECK(strncmp(buf, "Q.850;cause=17;text=\"User busy", need - 1) == 0, "%s", buf);
    /* len == need + 1: whole. */
    memset(buf, 'x', sizeof buf);
    CHECK(sip_format_reason(17, NULL, buf, need + 1) == need, "exact");
    CHECK_STR(buf, "Q.850;cause=17;text=\"User busy\"");
    CHECK(buf[need + 1] == 'x', "nothing past the NUL");
    /* NULL buf with a length: nothing written, length told. */
    CHECK(sip_format_reason(17, NULL, NULL, 100) == need, "NULL buf");
    /* Every length with a non-ASCII name: always a NUL within len, always
     * valid UTF-8, never more than len bytes written. */
    need = sip_format_reason(17, "zh-CN", NULL, 0);
    expected_reason(17, sip_q850_name(17, "zh-CN"), want, sizeof want);
    CHECK(need == strlen(want), "zh-CN");
    for (len = 1; len <= need + 1; len++) {
        memset(buf, 'x', sizeof buf);
        CHECK(sip_format_reason(17, "zh-CN", buf, len) == need, "%zu", len);
        CHECK(strlen(buf) < len && strlen(buf) + 4 >= len, "len %zu wrote %zu", len, strlen(buf));
        CHECK(buf[len] == 'x', "wrote past %zu", len);
        CHECK(valid_utf8(buf, 0) && strncmp(buf, want, strlen(buf)) == 0, "len %zu", len);
    }
    /* Unassigned and out-of-range causes: 0 and "". */
    {
        static const int none[] = {INT_MIN, -1, 0, 10, 45, 52, 54, 128, INT_MAX};
        for (i = 0; i < (int)ROWS(none); i++) {
            memset(buf, 'x', sizeof buf);
            CHECK(sip_format_reason(none[i], "de", buf, sizeof buf) == 0, "%d", none[i]);
            CHECK(buf[0] == '\0', "%d writes \"\"", none[i]);
        }
    }
    /* Any lang argument works; a bad one gives English. */
    CHECK(sip_format_reason(16, "\xff\xfe", buf, sizeof buf) > 0, "bad lang");
    CHECK_STR(buf, "Q.850;cause=16;text=\"Normal call clearing\"");
}

static int all_zero(const SipReason *r) {
    const unsigned char *p = (const unsigned char *)r;
    size_t i;
    for (i = 0; i < sizeof *r; i++)
        if (p[i]) return 0;
    return 1;
}

static void parse_examples(void) {
    SipReason r, many[4];
    size_t i;
    /* RFC 3326 §2 */
    CHECK(sip_parse_reason("SIP ;cause=200 ;text=\"Call completed elsewhere\"", &r), "RFC 3326");
    CHECK(r.protocol == SIP_REASON_PROTOCOL_SIP && r.cause == 200 && r.location == -1, "SIP");
    CHECK_STR(r.text, "Call completed elsewhere");
    CHECK_STR(r.protocol_name, "SIP");
    CHECK(sip_parse_reason("Q.850 ;cause=16 ;text=\"Terminated\"", &r), "RFC 3326");
    CHECK(r.protocol == SIP_REASON_PROTOCOL_Q850 && r.cause == 16, "Q.850");
    CHECK_STR(r.text, "Terminated");
    /* RFC 8606 §5 */
    CHECK(sip_parse_reason("Q.850;cause=1;text=\"Unallocated (unassigned) number\";location=LN", &r), "8606");
    CHECK(r.cause == 1 && r.location == 2, "location %d", r.location);
    CHECK_STR(r.text, "Unallocated (unassigned) number");
    /* Whitespace, case, folding, escapes, no text. */
    CHECK(sip_parse_reason("  q.850\t;\r\n CAUSE = 0017 ; LOCATION=bi ;TEXT=\"a \\\"b\\\" \\\\\"  ", &r), "ws");
    CHECK(r.protocol == SIP_REASON_PROTOCOL_Q850 && r.cause == 17 && r.location == 10, "ws");
    CHECK_STR(r.text, "a \"b\" \\");
    CHECK(sip_parse_reason("preemption;cause=1", &r), "other");
    CHECK(r.protocol == SIP_REASON_PROTOCOL_OTHER && r.cause == 1 && !r.has_text, "other");
    CHECK_STR(r.protocol_name, "preemption");
    CHECK_STR(r.text, "");
    CHECK(sip_parse_reason("SIP;location=LN", &r) && r.location == -1 && r.cause == -1, "SIP location ignored");
    /* Several values: the first one, or all of them. */
    CHECK(sip_parse_reason("SIP;cause=487, Q.850;cause=16;location=U", &r), "two");
    CHECK(r.protocol == SIP_REASON_PROTOCOL_SIP && r.cause == 487, "first");
    memset(many, 0xaa, sizeof many);
    CHECK(sip_parse_reasons("SIP;cause=487, Q.850;cause=16;location=U", many, 4) == 2, "count");
    CHECK(many[1].protocol == SIP_REASON_PROTOCOL_Q850 && many[1].cause == 16 && many[1].location == 0, "second");
    CHECK(((unsigned char *)&many[2])[0] == 0xaa, "entries past the count untouched");
    CHECK(sip_parse_reasons("SIP,Q.850,X,Y,Z", many, 2) == 5, "count more than n");
    CHECK_STR(many[1].protocol_name, "Q.850");
    CHECK(sip_parse_reasons("SIP,Q.850", NULL, 0) == 2, "count only");
    CHECK(sip_parse_reasons("SIP,Q.850", NULL, 7) == 2, "NULL out");
    CHECK(sip_parse_reason("SIP", NULL), "NULL out");
    CHECK(!sip_parse_reason("SIP;", NULL), "NULL out, malformed");
    /* A long text is cut at a character boundary, and says so. */
    {
        char value[600];
        int n = snprintf(value, sizeof value, "Q.850;cause=17;text=\"");
        for (i = 0; i < 100; i++) n += snprintf(value + n, sizeof value - (size_t)n, "\xe5\xbf\x99"); /* 忙 */
        snprintf(value + n, sizeof value - (size_t)n, "\"");
        CHECK(sip_parse_reason(value, &r), "long");
        CHECK(r.text_truncated && strlen(r.text) == 126 && valid_utf8(r.text, 0), "%zu", strlen(r.text));
    }
}

static void parse_rejects(void) {
    static const char *bad[] = {
        "", " ", ";cause=16", "Q.850;", "Q.850;cause", "Q.850;cause=", "Q.850;cause=-1",
        "Q.850;cause=1x", "Q.850;cause=2147483648", "Q.850;cause=1;cause=1", "Q.850;text=abc",
        "Q.850;text=\"abc", "Q.850;text=\"a\\", "Q.850;text=\"a\rb\"", "Q.850;text=\"a\nb\"",
        "Q.850;text=\"a\x01\"", "Q.850;cause=16,", ",SIP", "SIP,,SIP", "Q.850 cause=16",
        "Q.850;cause=16\r\n", "Reason: SIP;cause=200", "Q.850;text=\"\xff\"", "\xc3\x28",
        "Q.850;text=\"a\";text=\"b\"", "Q.850;location=LN;location=U",
    };
    SipReason r, many[2];
    size_t i;
    char *exact, *ok;
    for (i = 0; i < ROWS(bad); i++) {
        memset(&r, 0xaa, sizeof r);
        CHECK(!sip_parse_reason(bad[i], &r), "accepted \"%s\"", bad[i]);
        CHECK(all_zero(&r), "\"%s\" left out non-zero", bad[i]);
        memset(many, 0xaa, sizeof many);
        CHECK(sip_parse_reasons(bad[i], many, 2) == 0, "\"%s\"", bad[i]);
        CHECK(all_zero(&many[0]) && all_zero(&many[1]), "\"%s\"", bad[i]);
    }
    memset(&r, 0xaa, sizeof r);
    CHECK(!sip_parse_reason(NULL, &r) && all_zero(&r), "NULL");
    CHECK(!sip_parse_reason(NULL, NULL), "NULL, NULL");
    CHECK(sip_parse_reasons(NULL, NULL, 0) == 0, "NULL");

    /* 1024 bytes with no NUL, in a block of exactly that size: rejected,
     * and valgrind proves nothing past it is read. */
    exact = malloc(SIP_REASON_MAX_LEN);
    ok = malloc(SIP_REASON_MAX_LEN);
    if (!exact || !ok) {
        CHECK(0, "malloc");
        free(exact);
        free(ok);
        return;
    }
    memset(exact, ' ', SIP_REASON_MAX_LEN);
    memcpy(exact, "SIP", 3);
    memset(&r, 0xaa, sizeof r);
    CHECK(!sip_parse_reason(exact, &r) && all_zero(&r), "1024 bytes without NUL");
    /* 1023 bytes and the NUL: read. */
    memcpy(ok, exact, SIP_REASON_MAX_LEN);
    ok[SIP_REASON_MAX_LEN - 1] = '\0';
    CHECK(sip_parse_reason(ok, &r) && r.protocol == SIP_REASON_PROTOCOL_SIP, "1023 bytes");
    free(exact);
    free(ok);
}

int main(int argc, char **argv) {
    facts(argc > 1 ? argv[1] : NULL);
    examples();
    names_and_classes_in_every_locale();
    format_and_parse_every_cause_in_every_locale();
    format_truncation();
    parse_examples();
    parse_rejects();
    return check_summary("test_q850");
}
