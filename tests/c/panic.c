/* Panic containment: linked against a library built with the test-only
 * feature `panic-test`, where SIPSTATUS_PANIC_AT=<site> makes an internal
 * function panic (src/fault.rs). Each guarded function must return its
 * documented error value, the process must keep running, and once the
 * variable is gone the library must answer normally again: a panic while a
 * locale is being built or reloaded leaves nothing half-done or locked.
 *
 * Usage: panic LOCALE_DIR   (a valid override folder: tests/c/stress/a). */
#define _POSIX_C_SOURCE 200112L /* setenv */
#include "sipstatus.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

static void inject(const char *site) {
    if (site) setenv("SIPSTATUS_PANIC_AT", site, 1);
    else unsetenv("SIPSTATUS_PANIC_AT");
}

/* The Warning, Reason and text functions return their error values:
 * NULL, 0 and "", false with the struct zeroed. */
static void warning_and_text_fail(void) {
    char buf[64];
    SipWarning w;
    SipReasonValue v;
    CHECK(sip_warning_text(370, "de") == NULL, "sip_warning_text");
    memset(buf, 'x', sizeof buf);
    CHECK(sip_format_warning(370, "gw", "de", buf, sizeof buf) == 0 && buf[0] == '\0', "sip_format_warning");
    memset(buf, 'x', sizeof buf);
    CHECK(sip_format_reason_sip(486, "de", buf, sizeof buf) == 0 && buf[0] == '\0', "sip_format_reason_sip");
    memset(buf, 'x', sizeof buf);
    CHECK(sip_sanitize_text("abc", 3, buf, sizeof buf) == 0 && buf[0] == '\0', "sip_sanitize_text");
    memset(&w, 0xaa, sizeof w);
    CHECK(!sip_parse_warning("370 gw \"x\"", &w) && w.code == 0 && w.agent[0] == '\0', "sip_parse_warning");
    CHECK(sip_parse_warnings("370 gw \"x\"", NULL, 0) == 0, "sip_parse_warnings");
    memset(&v, 0xaa, sizeof v);
    CHECK(!sip_parse_reason_value("STIR;cause=436", &v) && v.protocol == 0 && v.cause == 0, "sip_parse_reason_value");
    CHECK(sip_parse_reason_values("SIP", NULL, 0) == 0, "sip_parse_reason_values");
    CHECK(!sip_is_valid_reason_phrase("OK"), "sip_is_valid_reason_phrase");
}

/* ... and their answers once nothing panics. */
static void warning_and_text_work(void) {
    char buf[64];
    SipWarning w;
    SipReasonValue v;
    CHECK_STR(sip_warning_text(370, NULL), "Insufficient bandwidth");
    CHECK(sip_format_warning(399, "gw", NULL, buf, sizeof buf) > 0, "sip_format_warning");
    CHECK_STR(buf, "399 gw \"Miscellaneous warning\"");
    CHECK(sip_format_reason_sip(486, NULL, buf, sizeof buf) > 0, "sip_format_reason_sip");
    CHECK_STR(buf, "SIP;cause=486;text=\"Busy Here\"");
    CHECK(sip_sanitize_text("a\r\nb", 4, buf, sizeof buf) == 3, "sip_sanitize_text");
    CHECK_STR(buf, "a b");
    CHECK(sip_parse_warning("370 gw \"x\"", &w) && w.code == 370, "sip_parse_warning");
    CHECK(sip_parse_reason_value("STIR;cause=436", &v) && v.protocol == SIP_REASON_PROTOCOL_STIR, "sip_parse_reason_value");
    CHECK(sip_is_valid_reason_phrase("OK"), "sip_is_valid_reason_phrase");
}

/* Every guarded function returns its error value. */
static void all_fail(const char *dir) {
    char err[64] = "unchanged";
    char buf[64];
    SipReason r;
    CHECK(sip_class(486) == SIP_CLASS_INVALID, "sip_class");
    CHECK(sip_to_q850(486) == 0, "sip_to_q850");
    CHECK(sip_from_q850(17) == 0, "sip_from_q850");
    CHECK(sip_q850_class(17) == SIP_Q850_CLASS_INVALID, "sip_q850_class");
    CHECK(sip_q850_name(17, "de") == NULL, "sip_q850_name");
    CHECK(sip_q850_class_name(1, "de") == NULL, "sip_q850_class_name");
    CHECK_STR(sip_lang_from_accept_language("de, fr;q=0.5"), "en");
    memset(buf, 'x', sizeof buf);
    CHECK(sip_format_reason(17, "de", buf, sizeof buf) == 0 && buf[0] == '\0', "sip_format_reason");
    memset(&r, 0xaa, sizeof r);
    CHECK(!sip_parse_reason("Q.850;cause=17", &r) && r.cause == 0 && r.text[0] == '\0', "sip_parse_reason");
    CHECK(sip_parse_reasons("Q.850;cause=17", NULL, 0) == 0, "sip_parse_reasons");
    CHECK(sip_reason(486, "de") == NULL, "sip_reason");
    CHECK(sip_reason(486, NULL) == NULL, "sip_reason NULL lang");
    CHECK(sip_reason_as(486, "de", SIP_FORM_SHORT) == NULL, "sip_reason_as");
    CHECK(sip_reason_as(486, "de", 0) == NULL, "sip_reason_as, form 0");
    CHECK(sip_description(486, "de") == NULL, "sip_description");
    CHECK(sip_class_name(4, "de") == NULL, "sip_class_name");
    CHECK(!sip_is_known(486), "sip_is_known");
    CHECK_STR(sip_negotiated_lang("de"), "en");
    CHECK(sip_lang_count() == 0, "sip_lang_count");
    CHECK(sip_lang_at(0) == NULL, "sip_lang_at");
    CHECK(sip_known_count() == 0, "sip_known_count");
    CHECK(sip_known_at(0) == 0, "sip_known_at");
    CHECK(sip_code_name(486) == NULL, "sip_code_name");
    CHECK(sip_lang_id("de") == 0, "sip_lang_id");
    CHECK(sip_reason_by_id(486, 0) == NULL, "sip_reason_by_id");
    CHECK(!sip_load_locale_dir(dir, err, sizeof err), "sip_load_locale_dir");
    CHECK_STR(err, "internal error");
    CHECK_STR(sip_version(), "0.1.0"); /* a constant: nothing to guard */
    warning_and_text_fail();
}

/* Normal answers, English and German. */
static void all_work(const char *busy_de) {
    CHECK(sip_class(486) == SIP_CLASS_CLIENT_FAILURE, "sip_class");
    CHECK_STR(sip_reason(486, NULL), "Busy Here");
    CHECK_STR(sip_reason(486, "de"), busy_de);
    CHECK(sip_description(486, "de") != NULL, "sip_description");
    CHECK_STR(sip_class_name(4, "de"), "Anfragefehler");
    CHECK(sip_is_known(486), "sip_is_known");
    CHECK_STR(sip_negotiated_lang("de_AT.UTF-8"), "de");
    CHECK(sip_lang_count() >= 2, "sip_lang_count");
    CHECK_STR(sip_lang_at(0), "en");
    CHECK(sip_known_count() > 50, "sip_known_count");
    CHECK(sip_known_at(0) == 100, "sip_known_at");
    CHECK_STR(sip_code_name(486), "BUSY_HERE");
    CHECK(sip_lang_id("de") > 0, "sip_lang_id");
    CHECK_STR(sip_reason_by_id(486, sip_lang_id("de")), busy_de);
    warning_and_text_work();
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: panic LOCALE_DIR\n");
        return 2;
    }
    const char *dir = argv[1];
    char err[256];

    /* A panic inside every guarded function, before anything was built. */
    inject("boundary");
    all_fail(dir);

    /* A panic while the locales are first put in place: every call that
     * needs them gives its error value, and the next call after that works
     * (nothing half-built stays, nothing waits). */
    inject("registry");
    CHECK(sip_reason(486, "de") == NULL, "registry: sip_reason");
    CHECK(sip_reason_as(486, "de", SIP_FORM_SHORT) == NULL, "registry: sip_reason_as");
    CHECK(sip_reason_by_id(486, 1) == NULL, "registry: sip_reason_by_id");
    CHECK(sip_lang_count() == 0, "registry: sip_lang_count");
    CHECK(sip_class(486) == SIP_CLASS_CLIENT_FAILURE, "registry: sip_class needs no locale");
    inject(NULL);
    all_work("Besetzt");

    /* Negotiation panics: every call with a tag that must be negotiated
     * fails (a tag the negotiation cache holds, such as a locale's own "de",
     * is not negotiated again and still works); NULL lang works. */
    inject("negotiate");
    CHECK(sip_reason(486, "de_LU.UTF-8") == NULL, "negotiate: sip_reason");
    CHECK(sip_description(486, "de_LU.UTF-8") == NULL, "negotiate: sip_description");
    CHECK(sip_class_name(4, "de_LU.UTF-8") == NULL, "negotiate: sip_class_name");
    CHECK_STR(sip_negotiated_lang("de_LU.UTF-8"), "en");
    CHECK(sip_lang_id("de_LU.UTF-8") == 0, "negotiate: sip_lang_id");
    CHECK_STR(sip_reason(486, "de"), "Besetzt");
    CHECK_STR(sip_reason(486, NULL), "Busy Here");
    inject(NULL);
    CHECK_STR(sip_negotiated_lang("de_LU.UTF-8"), "de");
    all_work("Besetzt");

    /* Every locale's table is compiled in: the first use of the last one
     * builds nothing, so it cannot fail. */
    size_t last = sip_lang_count() - 1;
    const char *phrase = sip_reason_by_id(486, (int)last);
    CHECK(phrase != NULL && *phrase != '\0', "the last locale answers at once");

    /* A panic during a reload, with the reload lock held: refused, nothing
     * changed, and the next reload works (the lock is not left poisoned). */
    inject("load");
    CHECK(!sip_load_locale_dir(dir, err, sizeof err), "load: refused");
    CHECK_STR(err, "internal error");
    inject(NULL);
    all_work("Besetzt");
    CHECK(sip_load_locale_dir(dir, err, sizeof err), "load after a panic: %s", err);
    all_work("Stress A");

    /* Many panics in a row: nothing accumulates, nothing breaks. */
    inject("all");
    for (int i = 0; i < 200; i++) all_fail(dir);
    inject(NULL);
    all_work("Stress A");

    return check_summary("panic");
}
