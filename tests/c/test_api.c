/* The C contract of include/sipstatus.h, checked from C: every known code in
 * English and German against the Fluent files themselves, the rules for
 * unknown and out-of-range codes, and every form of the lang argument.
 * Usage: test_api <path to locales/> */
#include "sipstatus.h"
#include "check.h"
#include "ftl.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

static void every_known_code_matches_the_locale_files(const char *locales) {
    static const char *langs[] = {"en", "de"};
    size_t n = sip_known_count(), i, l;
    CHECK(n >= 78, "only %zu known codes", n);
    CHECK(sip_known_at(n) == 0, "past the end");
    for (l = 0; l < 2; l++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/sip.ftl", locales, langs[l]);
        for (i = 0; i < n; i++) {
            int code = sip_known_at(i);
            char id[32], want[512];
            const char *got = sip_reason(code, langs[l]);
            snprintf(id, sizeof id, "sip-%d", code);
            CHECK(sip_is_known(code), "%d", code);
            CHECK(i == 0 || code > sip_known_at(i - 1), "table order at %zu", i);
            CHECK(ftl_value(path, id, NULL, want, sizeof want), "%s missing in %s", id, path);
            CHECK_STR(got, want);
            CHECK(ftl_value(path, id, "description", want, sizeof want), "%s.description", id);
            CHECK_STR(sip_description(code, langs[l]), want);
            CHECK(got && valid_utf8(got, 1), "%d %s", code, langs[l]);
            CHECK(sip_code_name(code) != NULL, "%d has no name", code);
        }
    }
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
 * nothing; the short forms of en and de are the files' `.short` (or the
 * phrase where there is none). */
static int printable_ascii(const char *s) {
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e) return 0;
    return 1;
}

static void forms(const char *locales) {
    static const unsigned all[] = {0, SIP_FORM_SHORT, SIP_FORM_ASCII, SIP_FORM_SHORT | SIP_FORM_ASCII};
    static const int invalid[] = {INT_MIN, -1, 0, 99, 700, 702, 1000, INT_MAX};
    size_t n = sip_known_count(), langs = sip_lang_count(), l, i, j, f;
    static const char *files[] = {"en", "de"};
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
    for (l = 0; l < 2; l++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/sip.ftl", locales, files[l]);
        for (i = 0; i < n; i++) {
            int code = sip_known_at(i);
            char id[32], want[512];
            snprintf(id, sizeof id, "sip-%d", code);
            if (!ftl_value(path, id, "short", want, sizeof want))
                CHECK(ftl_value(path, id, NULL, want, sizeof want), "%s", id);
            CHECK_STR(sip_reason_as(code, files[l], SIP_FORM_SHORT), want);
        }
    }
    CHECK_STR(sip_reason_as(487, NULL, SIP_FORM_SHORT), "Call Cancelled");
    CHECK_STR(sip_reason_as(486, NULL, SIP_FORM_SHORT), "Busy Here");
    CHECK_STR(sip_reason_as(486, "xx-unshipped", SIP_FORM_SHORT | SIP_FORM_ASCII), "Busy Here");
    CHECK_STR(sip_reason_as(499, NULL, SIP_FORM_SHORT), "Client Failure");
    CHECK(sip_reason_as(499, "de", 0) == sip_class_name(4, "de"), "499 de");
}

int main(int argc, char **argv) {
    const char *locales = argc > 1 ? argv[1] : "locales";
    every_known_code_matches_the_locale_files(locales);
    known_phrases();
    classes_and_ranges();
    lang_forms();
    stable_pointers_and_lists();
    runtime_locale_errors();
    forms(locales);
    return check_summary("test_api");
}
