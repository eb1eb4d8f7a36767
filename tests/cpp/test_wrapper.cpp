// The C++17 wrapper (include/sipstatus.hpp) against the C API it wraps:
// every function must give exactly what the C function gives (NULL as
// std::nullopt, the same bytes otherwise), and the constexpr status_class
// must agree with sip_class for every code. Built by
// scripts/check.d/70-packaging.sh with g++ and clang++ under
// -std=c++17 -Wall -Wextra -Werror -pedantic, against an installed prefix.
#include <sipstatus.hpp>

#include <climits>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

namespace {

int passed = 0;
int failed = 0;

void check(bool ok, const char *what, long detail) {
    if (ok) {
        ++passed;
    } else {
        ++failed;
        std::fprintf(stderr, "FAILED: %s (%ld)\n", what, detail);
    }
}

// The wrapper's answer is the C answer: nullopt for NULL, else a view of the
// very same string (same pointer, so no copy and still NUL-terminated).
bool same(std::optional<std::string_view> got, const char *want) {
    if (want == nullptr) {
        return !got.has_value();
    }
    return got.has_value() && got->data() == want && got->size() == std::strlen(want);
}

// constexpr: these are checked by the compiler, not at run time.
static_assert(sipstatus::status_class(486) == sipstatus::Class::ClientFailure);
static_assert(sipstatus::status_class(100) == sipstatus::Class::Provisional);
static_assert(sipstatus::status_class(699) == sipstatus::Class::GlobalFailure);
static_assert(sipstatus::status_class(99) == sipstatus::Class::Invalid);
static_assert(sipstatus::status_class(701) == sipstatus::Class::Invalid);
static_assert(sipstatus::status_class(INT_MIN) == sipstatus::Class::Invalid);
static_assert(static_cast<int>(sipstatus::Class::GlobalFailure) == SIP_CLASS_GLOBAL_FAILURE);

const char *const langs[] = {nullptr, "", "en", "de", "de_AT.UTF-8", "DE", "xx", "C"};

} // namespace

int main() {
    using sipstatus::Class;

    // The examples of the header's comment and of README's "C++" section.
    check(sipstatus::reason(486, "de") == std::optional<std::string_view>("Besetzt"), "reason 486 de", 486);
    check(sipstatus::reason(486).value_or("") == "Busy Here", "reason 486 default", 486);
    check(!sipstatus::reason(99).has_value(), "reason 99 is nullopt", 99);
    check(sipstatus::reason(499, "de").value_or("") == "Anfragefehler", "reason 499 de", 499);
    check(sipstatus::negotiated_lang("de_AT.UTF-8") == "de", "negotiated de_AT.UTF-8", 0);
    check(sipstatus::negotiated_lang() == "en", "negotiated default", 0);
    check(sipstatus::negotiated_lang("xx") == "en", "negotiated xx", 0);
    check(sipstatus::class_name(Class::ClientFailure).value_or("") == "Client Failure", "class_name 4", 4);
    check(sipstatus::class_name(Class::ClientFailure, "de").value_or("") == "Anfragefehler", "class_name 4 de", 4);
    check(!sipstatus::class_name(Class::Invalid).has_value(), "class_name Invalid", 0);
    check(sipstatus::code_name(486).value_or("") == "BUSY_HERE", "code_name 486", 486);
    check(sipstatus::version() == sip_version(), "version", 0);

    // Forms: the wrapper's Form is the C flags, and reason(code, lang, form)
    // is sip_reason_as.
    using sipstatus::Form;
    static_assert(static_cast<unsigned int>(Form::Short | Form::Ascii) == (SIP_FORM_SHORT | SIP_FORM_ASCII));
    static_assert((Form::Short | Form::Ascii) == Form::AsciiShort);
    check(sipstatus::reason(487, nullptr, Form::Short).value_or("") == "Call Cancelled", "reason 487 short", 487);
    check(sipstatus::reason(486, "de", Form::Full) == sipstatus::reason(486, "de"), "reason 486 de full", 486);
    check(!sipstatus::reason(99, "de", Form::Short).has_value(), "reason 99 short is nullopt", 99);
    for (const char *lang : langs) {
        for (Form form : {Form::Full, Form::Short, Form::Ascii, Form::AsciiShort}) {
            for (int code = 100; code <= 701; ++code) {
                const char *c = sip_reason_as(code, lang, static_cast<unsigned int>(form));
                const auto cxx = sipstatus::reason(code, lang, form);
                check(c == nullptr ? !cxx.has_value() : cxx.has_value() && cxx->data() == c, "reason as", code);
            }
        }
    }

    // constexpr status_class agrees with the library everywhere.
    long disagree = 0;
    for (int code = -1000; code <= 2000; ++code) {
        if (static_cast<int>(sipstatus::status_class(code)) != static_cast<int>(sip_class(code))) {
            ++disagree;
            std::fprintf(stderr, "status_class(%d) != sip_class(%d)\n", code, code);
        }
    }
    for (int code : {INT_MIN, INT_MIN + 1, -1, 0, INT_MAX - 1, INT_MAX}) {
        if (static_cast<int>(sipstatus::status_class(code)) != static_cast<int>(sip_class(code))) {
            ++disagree;
            std::fprintf(stderr, "status_class(%d) != sip_class(%d)\n", code, code);
        }
    }
    check(disagree == 0, "status_class == sip_class for -1000..2000 and the int limits", disagree);

    // Every string function, every code of -1000..2000, several langs.
    long mismatches = 0;
    for (const char *lang : langs) {
        for (int code = -1000; code <= 2000; ++code) {
            mismatches += !same(sipstatus::reason(code, lang), sip_reason(code, lang));
            mismatches += !same(sipstatus::description(code, lang), sip_description(code, lang));
            mismatches +=
                !same(sipstatus::reason_by_id(code, sipstatus::lang_id(lang)), sip_reason(code, lang));
        }
        for (int cls = -3; cls <= 10; ++cls) {
            mismatches += !same(sipstatus::class_name(static_cast<Class>(cls), lang), sip_class_name(cls, lang));
        }
        mismatches += sipstatus::negotiated_lang(lang) != sip_negotiated_lang(lang);
        mismatches += sipstatus::lang_id(lang) != sip_lang_id(lang);
    }
    check(mismatches == 0, "reason/description/class_name/negotiated_lang/lang_id == C", mismatches);

    long table = 0;
    for (int code = -1000; code <= 2000; ++code) {
        table += sipstatus::is_known(code) != sip_is_known(code);
        table += !same(sipstatus::code_name(code), sip_code_name(code));
    }
    check(table == 0, "is_known/code_name == C", table);

    check(sipstatus::known_count() == sip_known_count() && sipstatus::known_count() > 0, "known_count",
          static_cast<long>(sipstatus::known_count()));
    long walk = 0;
    for (std::size_t i = 0; i <= sipstatus::known_count(); ++i) {
        walk += sipstatus::known_at(i) != sip_known_at(i);
    }
    check(walk == 0 && sipstatus::known_at(sipstatus::known_count()) == 0, "known_at == C", walk);

    check(sipstatus::lang_count() == sip_lang_count() && sipstatus::lang_count() >= 2, "lang_count",
          static_cast<long>(sipstatus::lang_count()));
    long langs_bad = 0;
    for (std::size_t i = 0; i <= sipstatus::lang_count(); ++i) {
        langs_bad += !same(sipstatus::lang_at(i), sip_lang_at(i));
    }
    check(langs_bad == 0 && !sipstatus::lang_at(sipstatus::lang_count()).has_value(), "lang_at == C", langs_bad);
    check(sipstatus::lang_at(0).value_or("") == "en", "lang_at(0) is en", 0);

    // Accept-Language and Q.850 against the C functions.
    check(sipstatus::lang_from_accept_language("de-CH, fr;q=0.5") == "de", "accept de-CH", 0);
    check(sipstatus::lang_from_accept_language(nullptr) == "en", "accept NULL", 0);
    check(sipstatus::to_q850(486).value_or(0) == 17 && !sipstatus::to_q850(487), "to_q850", 0);
    check(sipstatus::from_q850(17).value_or(0) == 486 && !sipstatus::from_q850(16), "from_q850", 0);
    static_assert(sipstatus::q850_class(17) == sipstatus::Q850Class::NormalEvent, "constexpr q850_class");
    static_assert(sipstatus::q850_class(128) == sipstatus::Q850Class::Invalid, "constexpr q850_class");
    long q850 = 0;
    for (int n = -300; n <= 1000; ++n) {
        q850 += sipstatus::to_q850(n).value_or(0) != sip_to_q850(n);
        q850 += sipstatus::from_q850(n).value_or(0) != sip_from_q850(n);
        q850 += static_cast<int>(sipstatus::q850_class(n)) != static_cast<int>(sip_q850_class(n));
        for (const char *lang : langs) {
            q850 += !same(sipstatus::q850_name(n, lang), sip_q850_name(n, lang));
        }
    }
    for (int cls = -3; cls <= 10; ++cls) {
        q850 += !same(sipstatus::q850_class_name(static_cast<sipstatus::Q850Class>(cls), "de"),
                      sip_q850_class_name(cls, "de"));
    }
    check(q850 == 0, "to_q850/from_q850/q850_class/q850_name/q850_class_name == C", q850);
    check(sipstatus::format_reason(17).value_or("") == "Q.850;cause=17;text=\"User busy\"", "format_reason", 17);
    check(!sipstatus::format_reason(45).has_value(), "format_reason unassigned", 45);

    // Warning, SIP Reason values and received text, against the C functions.
    long warnings = 0;
    for (int code = -5; code <= 1000; ++code) {
        for (const char *lang : langs) {
            warnings += !same(sipstatus::warning_text(code, lang), sip_warning_text(code, lang));
            char buf[512];
            const std::size_t n = sip_format_warning(code, "sip.example.com:5060", lang, buf, sizeof buf);
            const auto w = sipstatus::format_warning(code, "sip.example.com:5060", lang);
            warnings += n == 0 ? w.has_value() : !w.has_value() || *w != buf;
            const std::size_t r = sip_format_reason_sip(code, lang, buf, sizeof buf);
            const auto reason_sip = sipstatus::format_reason_sip(code, lang);
            warnings += r == 0 ? reason_sip.has_value() : !reason_sip.has_value() || *reason_sip != buf;
        }
    }
    check(warnings == 0, "warning_text/format_warning/format_reason_sip == C", warnings);
    check(sipstatus::warning_text(370).value_or("") == "Insufficient bandwidth", "warning_text 370", 370);
    check(!sipstatus::warning_text(390).has_value(), "warning_text 390 is nullopt", 390);
    check(sipstatus::format_warning(399, "gw").value_or("") == "399 gw \"Miscellaneous warning\"", "format_warning",
          399);
    check(!sipstatus::format_warning(399, "a b").has_value(), "format_warning bad agent", 399);
    check(!sipstatus::format_warning(399, nullptr).has_value(), "format_warning NULL agent", 399);
    check(sipstatus::format_reason_sip(600).value_or("") == "SIP;cause=600;text=\"Busy Everywhere\"",
          "format_reason_sip", 600);
    check(!sipstatus::format_reason_sip(499).has_value(), "format_reason_sip unknown", 499);

    const auto one = sipstatus::parse_warning("307 isi.edu \"Session parameter 'foo' not understood\"");
    check(one.has_value() && one->code == 307 && one->known && one->agent == "isi.edu" &&
              one->text == "Session parameter 'foo' not understood" && !one->text_truncated,
          "parse_warning RFC 3261", 307);
    check(!sipstatus::parse_warning("307 isi.edu").has_value(), "parse_warning malformed", 0);
    check(!sipstatus::parse_warning(nullptr).has_value(), "parse_warning NULL", 0);
    const auto many = sipstatus::parse_warnings("370 [::1]:5061 \"a \\\"b\\\"\", 390 x \"\"");
    check(many.has_value() && many->size() == 2 && (*many)[0].agent == "[::1]:5061" && (*many)[0].text == "a \"b\"" &&
              (*many)[1].code == 390 && !(*many)[1].known,
          "parse_warnings", 2);
    check(!sipstatus::parse_warnings("370 x \"a\",").has_value(), "parse_warnings malformed", 0);
    // Every formatted warning of every locale reads back.
    long round_trips = 0;
    for (std::size_t l = 0; l < sipstatus::lang_count(); ++l) {
        const char *lang = sip_lang_at(l);
        for (int code = 300; code <= 399; ++code) {
            const auto value = sipstatus::format_warning(code, "gw1", lang);
            if (!value) {
                continue;
            }
            const auto back = sipstatus::parse_warning(value->c_str());
            round_trips += !back || back->code != code || back->agent != "gw1" ||
                           back->text != sipstatus::warning_text(code, lang).value_or("");
        }
    }
    check(round_trips == 0, "format_warning -> parse_warning in every locale", round_trips);

    using namespace std::string_view_literals;
    check(sipstatus::sanitize_text("  Busy\r\n\tHere \xff\xe2\x80\xae!"sv) == "Busy Here \xef\xbf\xbd!",
          "sanitize_text", 0);
    check(sipstatus::sanitize_text("a\0b"sv) == "a b", "sanitize_text NUL", 0);
    check(sipstatus::sanitize_text(std::string_view()).empty(), "sanitize_text empty", 0);
    // Invalid bytes grow (U+FFFD is 3 bytes): the loop must grow the buffer.
    const std::string grown = sipstatus::sanitize_text(std::string(100, '\xff'));
    check(grown.size() == 300, "sanitize_text grows", static_cast<long>(grown.size()));
    check(sipstatus::is_valid_reason_phrase("Busy Here") && !sipstatus::is_valid_reason_phrase("a\r\nb") &&
              !sipstatus::is_valid_reason_phrase(nullptr),
          "is_valid_reason_phrase", 0);

    std::printf("test_wrapper: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
