/* The firmware profile: a library built with only some locales
 * (SIPSTATUS_LOCALES=en,de) and without runtime loading
 * (--no-default-features). Only those locales exist, every other language
 * gets English, and sip_load_locale_dir exists and says why it fails.
 * Usage: test_firmware */
#include "sipstatus.h"
#include "check.h"

int main(void) {
    char err[128] = "unchanged";
    CHECK(sip_lang_count() == 2, "%zu locales", sip_lang_count());
    CHECK_STR(sip_lang_at(0), "en");
    CHECK_STR(sip_lang_at(1), "de");
    CHECK_STR(sip_lang_at(2), NULL);
    CHECK_STR(sip_reason(486, "de_AT.UTF-8"), "Besetzt");
    CHECK_STR(sip_reason(486, "fr"), "Busy Here");
    CHECK_STR(sip_negotiated_lang("fr_FR.UTF-8"), "en");
    CHECK_STR(sip_reason_as(487, NULL, SIP_FORM_SHORT), "Call Cancelled");
    CHECK(sip_description(486, "de") != NULL, "description");
    CHECK(!sip_load_locale_dir(".", err, sizeof err), "sip_load_locale_dir");
    CHECK_STR(err, "loading locales at run time is not built in (cargo feature runtime-load)");
    CHECK(sip_lang_count() == 2, "still 2 locales");
    return check_summary("test_firmware");
}
