/* The Q.850 part of include/sipstatus.h, checked from C: both RFC 3398
 * tables row by row, the cause names and classes of every locale against
 * the Fluent files, and the Reason header both ways (formatting with every
 * buffer size that matters, parsing the RFC examples and malformed input).
 * Usage: test_q850 <path to locales/> */
#include "sipstatus.h"
#include "check.h"
#include "ftl.h"

#include <limits.h>
#include <stdlib.h>

/* RFC 3398 §7.2.4.1, row by row (cause, SIP response; 0 = no response). */
static const int rfc3398_7_2_4_1[][2] = {
    {1, 404},   {2, 404},   {3, 404},   {16, 0},    {17, 486},  {18, 408},  {19, 480},
    {20, 480},  {21, 403},  {22, 410},  {23, 410},  {26, 404},  {27, 502},  {28, 484},
    {29, 501},  {31, 480},  {34, 503},  {38, 503},  {41, 503},  {42, 503},  {47, 503},
    {55, 403},  {57, 403},  {58, 503},  {65, 488},  {70, 488},  {79, 501},  {87, 403},
    {88, 503},  {102, 504}, {111, 500}, {127, 500},
    {44, 0}, /* untranslatable, from the section's text */
};

/* RFC 3398 §8.2.6.1, row by row (SIP response, cause; 0 = no mapping).
 * 488/606 ("by Warning header") give the default 31; the RFC's misprinted
 * second "504" row is 505. */
static const int rfc3398_8_2_6_1[][2] = {
    {400, 41},  {401, 21},  {402, 21},  {403, 21},  {404, 1},   {405, 63},  {406, 79},
    {407, 21},  {408, 102}, {410, 22},  {413, 127}, {414, 127}, {415, 79},  {416, 127},
    {420, 127}, {421, 127}, {423, 127}, {480, 18},  {481, 41},  {482, 25},  {483, 25},
    {484, 28},  {485, 1},   {486, 17},  {487, 0},   {488, 31},  {500, 41},  {501, 79},
    {502, 38},  {503, 41},  {504, 102}, {505, 127}, {513, 127}, {600, 17},  {603, 21},
    {604, 1},   {606, 31},
};

#define ROWS(t) (sizeof t / sizeof t[0])

static void both_rfc_tables(void) {
    static const int out_of_range[] = {INT_MIN, -1, 0, 128, 255, 256, 1000, INT_MAX};
    size_t i;
    int n;
    for (i = 0; i < ROWS(rfc3398_7_2_4_1); i++)
        CHECK(sip_from_q850(rfc3398_7_2_4_1[i][0]) == rfc3398_7_2_4_1[i][1], "cause %d gave %d",
              rfc3398_7_2_4_1[i][0], sip_from_q850(rfc3398_7_2_4_1[i][0]));
    for (n = 1; n <= 127; n++) {
        int listed = 0;
        for (i = 0; i < ROWS(rfc3398_7_2_4_1); i++) listed |= rfc3398_7_2_4_1[i][0] == n;
        if (!listed) CHECK(sip_from_q850(n) == 500, "cause %d: default 500, got %d", n, sip_from_q850(n));
    }
    for (i = 0; i < ROWS(out_of_range); i++)
        CHECK(sip_from_q850(out_of_range[i]) == 0, "%d", out_of_range[i]);

    for (i = 0; i < ROWS(rfc3398_8_2_6_1); i++)
        CHECK(sip_to_q850(rfc3398_8_2_6_1[i][0]) == rfc3398_8_2_6_1[i][1], "%d gave %d",
              rfc3398_8_2_6_1[i][0], sip_to_q850(rfc3398_8_2_6_1[i][0]));
    for (n = 100; n <= 699; n++) {
        int listed = 0, want;
        for (i = 0; i < ROWS(rfc3398_8_2_6_1); i++) listed |= rfc3398_8_2_6_1[i][0] == n;
        want = n < 400 ? 0 : 31;
        if (!listed) CHECK(sip_to_q850(n) == want, "%d: want %d, got %d", n, want, sip_to_q850(n));
    }
    for (i = 0; i < ROWS(out_of_range); i++)
        CHECK(sip_to_q850(out_of_range[i]) == 0, "%d", out_of_range[i]);
    CHECK(sip_to_q850(99) == 0 && sip_to_q850(700) == 0 && sip_to_q850(701) == 0, "edges");
    /* A few round trips (the spec's list): 480 -> 18 -> 408, 600 -> 17 -> 486. */
    CHECK(sip_from_q850(sip_to_q850(480)) == 408, "480");
    CHECK(sip_from_q850(sip_to_q850(600)) == 486, "600");
    CHECK(sip_from_q850(sip_to_q850(405)) == 500, "405 via the default");
    CHECK(sip_from_q850(sip_to_q850(505)) == 500, "505");
}

/* Every value Q.850 assigns (1..127), as the spec lists them. */
static const int assigned[] = {
    1,  2,  3,  4,  5,  6,  7,  8,  9,  14, 16, 17, 18, 19, 20, 21, 22, 23,  24,  25,  26,  27,  28,
    29, 30, 31, 34, 38, 39, 40, 41, 42, 43, 44, 46, 47, 49, 50, 53, 55, 57, 58,  62,  63,  65,  66,
    69, 70, 79, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110,
    111, 127,
};

static int is_assigned(int n) {
    size_t i;
    for (i = 0; i < ROWS(assigned); i++)
        if (assigned[i] == n) return 1;
    return 0;
}

static const char *class_ids[] = {
    NULL,
    "q850-class-normal-event",
    "q850-class-resource-unavailable",
    "q850-class-service-not-available",
    "q850-class-service-not-implemented",
    "q850-class-invalid-message",
    "q850-class-protocol-error",
    "q850-class-interworking",
};

static void names_and_classes_in_every_locale(const char *locales) {
    size_t l, nlangs = sip_lang_count();
    int n, cls;
    CHECK(nlangs >= 16, "%zu locales", nlangs);
    for (l = 0; l < nlangs; l++) {
        const char *lang = sip_lang_at(l);
        char path[4096], id[64], want[512];
        snprintf(path, sizeof path, "%s/%s/q850.ftl", locales, lang);
        for (n = -1; n <= 128; n++) {
            const char *name = sip_q850_name(n, lang);
            snprintf(id, sizeof id, "q850-%d", n);
            if (is_assigned(n)) {
                CHECK(ftl_value(path, id, NULL, want, sizeof want), "%s missing in %s", id, path);
                CHECK_STR(name, want);
                CHECK(name && valid_utf8(name, 0), "%s %d", lang, n);
            } else {
                CHECK(name == NULL, "%s: %d is unassigned but named %s", lang, n, or_null(name));
                CHECK(!ftl_value(path, id, NULL, want, sizeof want), "%s has %s", path, id);
            }
        }
        for (cls = 1; cls <= 7; cls++) {
            CHECK(ftl_value(path, class_ids[cls], NULL, want, sizeof want), "%s in %s", class_ids[cls], path);
            CHECK_STR(sip_q850_class_name(cls, lang), want);
        }
    }
    for (n = 1; n <= 127; n++) {
        int want_cls = n < 32 ? 1 : n >> 4;
        CHECK((int)sip_q850_class(n) == want_cls, "class of %d", n);
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
        for (i = 0; i < ROWS(assigned); i++) {
            int cause = assigned[i];
            const char *name = sip_q850_name(cause, lang);
            char want[1024], buf[1024];
            SipReason r;
            size_t need = sip_format_reason(cause, lang, NULL, 0), got;
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
    const char *locales = argc > 1 ? argv[1] : "locales";
    both_rfc_tables();
    names_and_classes_in_every_locale(locales);
    format_and_parse_every_cause_in_every_locale();
    format_truncation();
    parse_examples();
    parse_rejects();
    return check_summary("test_q850");
}
