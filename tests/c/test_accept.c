/* sip_lang_from_accept_language from C: weights, "*", q=0, malformed parts,
 * NULL, invalid UTF-8, the 1,024-byte rule (on exactly sized heap buffers,
 * so valgrind sees any read past it), and that the result is the same static
 * tag as sip_negotiated_lang and works as `lang`. */
#include "sipstatus.h"
#include "check.h"

#include <stdlib.h>

#define ACCEPT(value, want) CHECK_STR(sip_lang_from_accept_language(value), want)

static void weights_star_and_refusals(void) {
    ACCEPT("de-CH, fr;q=0.5", "de");
    ACCEPT("fr;q=0.5, de", "de");
    ACCEPT("qaa, en-gb;q=0.8, en;q=0.7", "en");
    ACCEPT("da, en-gb;q=0.8, en;q=0.7", "da");
    ACCEPT("xx, pt-BR;q=0.2, ja;q=0.3", "ja");
    ACCEPT("de;q=0, fr;q=0.1", "fr");
    ACCEPT("de-AT, de;q=0, it;q=0.5", "it");
    ACCEPT("de;q=0", "en");
    ACCEPT("*", "en");
    ACCEPT("*, de", "de");
    ACCEPT("*;q=0.9, de;q=0.8", "en");
    ACCEPT("*, en;q=0", sip_lang_at(1));
    ACCEPT(" de ; Q = 0.5 ,\tfr;q=0.6 ", "fr");
    ACCEPT("fr;q=0.1,\r\n ja", "ja");
    ACCEPT("de;level=1;q=0.9, fr;q=0.8", "de");
}

static void malformed_parts_are_skipped(void) {
    static const char *bad[] = {"de;q=abc", "de;q=1.5", "de;q=0.0001", "de;q=", "de;q=0.5;q=0.6",
                                "de_DE", "d e", "toolongtag", "1de", "de;", "\xc3\xbc"};
    size_t i;
    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        char value[64];
        snprintf(value, sizeof value, "%s, fr;q=0.1", bad[i]);
        ACCEPT(value, "fr");
        ACCEPT(bad[i], "en");
    }
    ACCEPT(NULL, "en");
    ACCEPT("", "en");
    ACCEPT(" , ;", "en");
    ACCEPT("xx-YY", "en");
    /* Invalid UTF-8 spoils only its own part. */
    ACCEPT("\xff\xfe, fr;q=0.1", "fr");
    ACCEPT("de\x80, fr;q=0.1", "fr");
    ACCEPT("fr;q=0.1, de", "de");
}

static void every_locale_and_the_same_pointers(void) {
    size_t i, n = sip_lang_count();
    CHECK(n >= 16, "only %zu locales", n);
    for (i = 0; i < n; i++) {
        const char *tag = sip_lang_at(i);
        char value[96];
        CHECK(sip_lang_from_accept_language(tag) == tag, "%s: not the same pointer", tag);
        snprintf(value, sizeof value, "en;q=0.5, %s", tag);
        CHECK(sip_lang_from_accept_language(value) == sip_negotiated_lang(tag), "%s", value);
    }
    CHECK(sip_lang_from_accept_language(NULL) == sip_negotiated_lang(NULL), "NULL");
    CHECK_STR(sip_reason(486, sip_lang_from_accept_language("de-CH, fr;q=0.5")), "Besetzt");
    CHECK_STR(sip_reason(486, sip_lang_from_accept_language("fr;q=0.5, en")), "Busy Here");
}

/* A heap buffer of exactly `size` bytes: `len` bytes of a value padded on
 * the left with ", " list separators, then a NUL if it fits. */
static char *padded(size_t size, const char *value, int with_nul) {
    char *buf = malloc(size);
    size_t len = strlen(value), body = with_nul ? size - 1 : size, i;
    if (!buf) return NULL;
    for (i = 0; i + len < body; i++) buf[i] = (i % 2) ? ' ' : ',';
    memcpy(buf + body - len, value, len);
    if (with_nul) buf[size - 1] = '\0';
    return buf;
}

static void at_most_1024_bytes_are_read(void) {
    char *fits = padded(1024, "fr", 1);          /* 1,023 bytes and a NUL */
    char *no_nul = padded(1024, "fr", 0);        /* 1,024 bytes, no NUL */
    char *longer = padded(4096, "fr", 1);        /* NUL far past 1,024 */
    CHECK(fits && no_nul && longer, "malloc");
    if (fits && no_nul && longer) {
        CHECK(strlen(fits) == 1023, "test setup");
        ACCEPT(fits, "fr");
        ACCEPT(no_nul, "en");
        ACCEPT(longer, "en");
    }
    free(fits);
    free(no_nul);
    free(longer);
}

int main(void) {
    weights_star_and_refusals();
    malformed_parts_are_skipped();
    every_locale_and_the_same_pointers();
    at_most_1024_bytes_are_read();
    return check_summary("test_accept");
}
