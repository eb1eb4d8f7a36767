/* The C contract of include/sipstatus.h, checked from C: every known code,
 * its phrase in every form, its description and the class names in every
 * shipped locale against what the library's Rust API gives (a fixture the
 * harness writes: tests/native/fixtures.rs), the rules for unknown and
 * out-of-range codes, and every form of the lang argument.
 * Usage: test_api <fixture> */
#include "sipstatus.h"
#include "check.h"
#include "fixture.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

/* What the fixture holds, counted per locale (sip_lang_at's index) and per
 * known code (sip_known_at's index): one reason, one description, one row
 * of each of the 4 forms; one name per class. */
#define LANGS 64
#define CODES 128
enum { REASON, DESCRIPTION, FORM0, KINDS = FORM0 + 4 };
static unsigned char seen[LANGS][CODES][KINDS];
static unsigned char class_seen[LANGS][7];
static int known_rows[CODES];
static size_t n_known_rows;

static int known_index(int code) {
    size_t i, n = sip_known_count();
    for (i = 0; i < n && i < CODES; i++)
        if (sip_known_at(i) == code) return (int)i;
    return -1;
}

/* Reads the fixture and checks each text as it comes: the C ABI must give
 * what the Rust API gives. */
static void read_fixture(const char *path) {
    struct fixture fx;
    char line[2048], tag[32], *row;
    int code, k, li, ci, off;
    unsigned bits;
    if (!fixture_open(&fx, path, "test_api FIXTURE")) return;
    while ((row = fixture_row(&fx, line, sizeof line))) {
        off = -1;
        if (sscanf(row, "known %d%n", &code, &off) == 1 && row[off] == '\0' && n_known_rows < CODES) {
            known_rows[n_known_rows++] = code;
            continue;
        }
        if (sscanf(row, "class_name %31s %d %n", tag, &k, &off) == 2 && off > 0 && k >= 1 && k <= 6 &&
            (li = fixture_lang(tag)) >= 0 && li < LANGS) {
            CHECK_STR(sip_class_name(k, tag), row + off);
            class_seen[li][k]++;
            continue;
        }
        if (sscanf(row, "reason %31s %d %n", tag, &code, &off) == 2 && off > 0 &&
            (li = fixture_lang(tag)) >= 0 && li < LANGS && (ci = known_index(code)) >= 0) {
            CHECK_STR(sip_reason(code, tag), row + off);
            seen[li][ci][REASON]++;
            continue;
        }
        if (sscanf(row, "description %31s %d %n", tag, &code, &off) == 2 && off > 0 &&
            (li = fixture_lang(tag)) >= 0 && li < LANGS && (ci = known_index(code)) >= 0) {
            CHECK_STR(sip_description(code, tag), row + off);
            seen[li][ci][DESCRIPTION]++;
            continue;
        }
        if (sscanf(row, "form %31s %d %u %n", tag, &code, &bits, &off) == 3 && off > 0 && bits < 4 &&
            (li = fixture_lang(tag)) >= 0 && li < LANGS && (ci = known_index(code)) >= 0) {
            CHECK_STR(sip_reason_as(code, tag, bits), row + off);
            seen[li][ci][FORM0 + bits]++;
            continue;
        }
        CHECK(0, "%s: a row this test does not read (or an unknown locale or code): %s", path, row);
    }
    fixture_close(&fx);
}

/* Every known code, in every locale, has its row of each kind in the
 * fixture: a fixture cut or short of a locale fails. */
static void every_known_code_matches_the_rust_api(void) {
    size_t n = sip_known_count(), langs = sip_lang_count(), i, l;
    int kind, k;
    CHECK(n >= 78, "only %zu known codes", n);
    CHECK(n <= CODES && langs <= LANGS, "%zu codes, %zu locales: raise CODES or LANGS", n, langs);
    CHECK(sip_known_at(n) == 0, "past the end");
    CHECK(n_known_rows == n, "the Rust API knows %zu codes, the C ABI %zu", n_known_rows, n);
    for (i = 0; i < n && i < CODES; i++) {
        int code = sip_known_at(i);
        CHECK(code == known_rows[i], "known code %zu: the C ABI gives %d, the Rust API %d", i, code,
              known_rows[i]);
        CHECK(sip_is_known(code), "%d", code);
        CHECK(i == 0 || code > sip_known_at(i - 1), "table order at %zu", i);
        CHECK(sip_code_name(code) != NULL, "%d has no name", code);
        for (l = 0; l < langs && l < LANGS; l++) {
            const char *lang = sip_lang_at(l);
            const char *got = sip_reason(code, lang);
            for (kind = 0; kind < KINDS; kind++)
                CHECK(seen[l][i][kind] == 1, "%d %s: %d rows of kind %d in the fixture, want 1", code, lang,
                      seen[l][i][kind], kind);
            CHECK(got && valid_utf8(got, 1), "%d %s", code, lang);
            CHECK(sip_description(code, lang) && valid_utf8(sip_description(code, lang), 1), "%d %s", code,
                  lang);
        }
    }
    for (l = 0; l < langs && l < LANGS; l++)
        for (k = 1; k <= 6; k++)
            CHECK(class_seen[l][k] == 1, "%s: %d class_name rows for class %d, want 1", sip_lang_at(l),
                  class_seen[l][k], k);
}

static void known_phrases(void) {
    CHECK_STR(sip_reason(486, "de"), "Besetzt");
    CHECK_STR(sip_reason(404, "de"), "Rufnummer unbekannt");
    CHECK_STR(sip_reason(486, NULL), "Busy Here");
    CHECK_STR(sip_reason(200, "en"), "OK");
    CHECK_STR(sip_reason(701, NULL), "Party Hangs Up");
    CHECK_STR(sip_reason(409, NULL), "Conflict");
    CHECK_STR(sip_reason(202, NULL), "Accepted");
    CHECK_STR(sip_code_name(486), "BUSY_HERE");
    CHECK_STR(sip_code_name(606), "NOT_ACCEPTABLE_GLOBAL");
    CHECK_STR(sip_code_name(499), NULL);
}

static void classes_and_ranges(void) {
    static const int invalid[] = {INT_MIN, -486, -1, 0, 1, 99, 700, 701, 702, 999, 1000, 1486, INT_MAX};
    size_t i;
    int code;
    CHECK(sip_class(100) == SIP_CLASS_PROVISIONAL, "100");
    CHECK(sip_class(199) == SIP_CLASS_PROVISIONAL, "199");
    CHECK(sip_class(200) == SIP_CLASS_SUCCESS, "200");
    CHECK(sip_class(302) == SIP_CLASS_REDIRECTION, "302");
    CHECK(sip_class(486) == SIP_CLASS_CLIENT_FAILURE, "486");
    CHECK(sip_class(599) == SIP_CLASS_SERVER_FAILURE, "599");
    CHECK(sip_class(699) == SIP_CLASS_GLOBAL_FAILURE, "699");
    for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        code = invalid[i];
        CHECK(sip_class(code) == SIP_CLASS_INVALID, "%d", code);
        CHECK(!sip_is_known(code) || code == 701, "%d", code);
        CHECK(sip_description(code, NULL) == NULL || code == 701, "%d", code);
        CHECK((sip_reason(code, "de") == NULL) == (code != 701), "%d", code);
    }
    CHECK(sip_is_known(701), "701 is known");
    /* Every code of 100..699 has a phrase; unknown ones give their class. */
    for (code = 100; code <= 699; code++) {
        const char *r = sip_reason(code, "de");
        CHECK(r != NULL, "%d", code);
        if (!sip_is_known(code)) {
            CHECK_STR(r, sip_class_name(code / 100, "de"));
            CHECK(sip_description(code, "de") == NULL, "%d", code);
        }
    }
    CHECK_STR(sip_reason(499, NULL), "Client Failure");
    CHECK_STR(sip_reason(299, "de"), "Erfolg");
    CHECK_STR(sip_class_name(SIP_CLASS_CLIENT_FAILURE, NULL), "Client Failure");
    CHECK_STR(sip_class_name(SIP_CLASS_GLOBAL_FAILURE, "de"), "Globaler Fehler");
    CHECK(sip_class_name(0, NULL) == NULL, "0");
    CHECK(sip_class_name(7, NULL) == NULL, "7");
    CHECK(sip_class_name(-1, "de") == NULL, "-1");
    CHECK(sip_class_name(INT_MIN, NULL) == NULL, "INT_MIN");
    CHECK(sip_class_name(INT_MAX, NULL) == NULL, "INT_MAX");
}

static void lang_forms(void) {
    static const char *as_german[] = {"de", "DE", "De", "de-AT", "de_at", "DE-de", "de_DE.UTF-8",
                                      "de_CH@euro", "de_AT.ISO-8859-1", "de-Latn-DE"};
    static const char *as_english[] = {"", "C", "POSIX", "C.UTF-8", "en", "EN_us", "xx-unknown",
                                       "-", "_", "@", ".", "de--", "not a tag at all", "\xff\xfe",
                                       "d\xc3", "\xc3\x28", "de\x80"};
    char exactly_64[65], long_de[200], no_nul[64];
    size_t i;
    for (i = 0; i < sizeof as_german / sizeof as_german[0]; i++) {
        CHECK_STR(sip_reason(486, as_german[i]), "Besetzt");
        CHECK_STR(sip_negotiated_lang(as_german[i]), "de");
    }
    for (i = 0; i < sizeof as_english / sizeof as_english[0]; i++) {
        CHECK_STR(sip_reason(486, as_english[i]), "Busy Here");
        CHECK_STR(sip_negotiated_lang(as_english[i]), "en");
    }
    CHECK_STR(sip_reason(486, NULL), "Busy Here");
    CHECK_STR(sip_negotiated_lang(NULL), "en");

    /* 63 bytes + NUL is read; with no NUL in the first 64 bytes it is not. */
    memset(exactly_64, 0, sizeof exactly_64);
    memcpy(exactly_64, "de", 2);
    memset(exactly_64 + 2, '@', 61);
    CHECK(strlen(exactly_64) == 63, "setup");
    CHECK_STR(sip_reason(486, exactly_64), "Besetzt");
    exactly_64[63] = '@';
    CHECK_STR(sip_reason(486, exactly_64), "Busy Here");
    memset(long_de, 'x', sizeof long_de - 1);
    memcpy(long_de, "de@", 3);
    long_de[sizeof long_de - 1] = '\0';
    CHECK_STR(sip_reason(486, long_de), "Busy Here");
    /* A buffer of exactly 64 bytes with no NUL at all: valgrind and ASan
     * prove that nothing past it is read. */
    memset(no_nul, 'd', sizeof no_nul);
    CHECK_STR(sip_reason(486, no_nul), "Busy Here");
    CHECK_STR(sip_negotiated_lang(no_nul), "en");
}

static void stable_pointers_and_lists(void) {
    size_t i, n = sip_lang_count();
    int id;
    CHECK(sip_reason(486, "de") == sip_reason(486, "de_DE.UTF-8"), "same pointer");
    CHECK(sip_reason(486, NULL) == sip_reason(486, "en"), "same pointer");
    CHECK(n >= 2, "%zu locales", n);
    CHECK_STR(sip_lang_at(0), "en");
    CHECK(sip_lang_at(n) == NULL, "past the end");
    CHECK(sip_lang_at((size_t)-1) == NULL, "SIZE_MAX");
    for (i = 0; i < n; i++) {
        CHECK_STR(sip_negotiated_lang(sip_lang_at(i)), sip_lang_at(i));
        CHECK(sip_lang_id(sip_lang_at(i)) == (int)i, "%zu", i);
    }
    id = sip_lang_id("de_AT.UTF-8");
    CHECK(id > 0, "de has an id");
    CHECK(sip_reason_by_id(486, id) == sip_reason(486, "de"), "by id");
    CHECK(sip_reason_by_id(486, -1) == sip_reason(486, NULL), "invalid id is English");
    CHECK(sip_reason_by_id(486, INT_MAX) == sip_reason(486, NULL), "invalid id is English");
    CHECK(sip_reason_by_id(1000, id) == NULL, "out of range");
    CHECK(sip_lang_id(NULL) == 0, "NULL is English");
    CHECK(strcmp(sip_version(), "0.0.0") > 0, "version %s", sip_version());
}

static void runtime_locale_errors(void) {
    char err[256];
    CHECK(!sip_load_locale_dir(NULL, err, sizeof err), "NULL dir");
    CHECK(strlen(err) > 0, "message for NULL");
    CHECK(!sip_load_locale_dir("/nonexistent/sipstatus", err, sizeof err), "missing dir");
    CHECK(strstr(err, "/nonexistent/sipstatus") != NULL, "%s", err);
    CHECK(!sip_load_locale_dir("/nonexistent", NULL, 0), "NULL err");
    memset(err, 'x', sizeof err);
    CHECK(!sip_load_locale_dir("/nonexistent", err, 4), "tiny err");
    CHECK(strlen(err) == 3, "truncated to fit");
    CHECK_STR(sip_reason(486, "de"), "Besetzt");
}

/* sip_reason_as: every form of every code in every locale is one clean
 * line; ASCII forms are printable ASCII, ASCII short forms fit 16 columns
 * and tell the codes of a locale apart; 0 and unknown flag bits change
 * nothing (every form of every code in every locale against the Rust API:
 * read_fixture). */
static int printable_ascii(const char *s) {
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e) return 0;
    return 1;
}

static void forms(void) {
    static const unsigned all[] = {0, SIP_FORM_SHORT, SIP_FORM_ASCII, SIP_FORM_SHORT | SIP_FORM_ASCII};
    static const int invalid[] = {INT_MIN, -1, 0, 99, 700, 702, 1000, INT_MAX};
    size_t n = sip_known_count(), langs = sip_lang_count(), l, i, j, f;
    for (l = 0; l < langs; l++) {
        const char *lang = sip_lang_at(l);
        const char *ascii_short[128] = {0};
        CHECK(n <= 128, "%zu codes", n);
        for (i = 0; i < n && i < 128; i++) {
            int code = sip_known_at(i);
            CHECK(sip_reason_as(code, lang, 0) == sip_reason(code, lang), "%d %s", code, lang);
            CHECK(sip_reason_as(code, lang, ~0u) == sip_reason_as(code, lang, 3u), "%d %s", code, lang);
            CHECK(sip_reason_as(code, lang, ~3u) == sip_reason(code, lang), "unknown bits %d %s", code, lang);
            for (f = 0; f < 4; f++) {
                const char *got = sip_reason_as(code, lang, all[f]);
                CHECK(got && valid_utf8(got, 1) && *got, "%d %s form %u", code, lang, all[f]);
                if (got && (all[f] & SIP_FORM_ASCII))
                    CHECK(printable_ascii(got), "%d %s form %u: \"%s\"", code, lang, all[f], got);
            }
            ascii_short[i] = sip_reason_as(code, lang, SIP_FORM_SHORT | SIP_FORM_ASCII);
            CHECK(ascii_short[i] && strlen(ascii_short[i]) <= 16, "%d %s: \"%s\"", code, lang,
                  or_null(ascii_short[i]));
            for (j = 0; j < i && ascii_short[i]; j++)
                CHECK(!same_str(ascii_short[i], ascii_short[j]), "%s: %d and %d share \"%s\"", lang,
                      code, sip_known_at(j), ascii_short[i]);
        }
        for (f = 0; f < 4; f++) {
            const char *cls = sip_reason_as(499, lang, all[f]);
            CHECK(cls && cls == sip_reason_as(450, lang, all[f]), "class name, %s", lang);
            for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++)
                CHECK(sip_reason_as(invalid[i], lang, all[f]) == NULL, "%d %s", invalid[i], lang);
        }
    }
    CHECK_STR(sip_reason_as(487, NULL, SIP_FORM_SHORT), "Call Cancelled");
    CHECK_STR(sip_reason_as(486, NULL, SIP_FORM_SHORT), "Busy Here");
    CHECK_STR(sip_reason_as(486, "xx-unshipped", SIP_FORM_SHORT | SIP_FORM_ASCII), "Busy Here");
    CHECK_STR(sip_reason_as(499, NULL, SIP_FORM_SHORT), "Client Failure");
    CHECK(sip_reason_as(499, "de", 0) == sip_class_name(4, "de"), "499 de");
}

int main(int argc, char **argv) {
    read_fixture(argc > 1 ? argv[1] : NULL);
    every_known_code_matches_the_rust_api();
    known_phrases();
    classes_and_ranges();
    lang_forms();
    stable_pointers_and_lists();
    runtime_locale_errors();
    forms();
    return check_summary("test_api");
}
