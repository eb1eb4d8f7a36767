// The C++17 wrapper (include/sipstatus.hpp) against the C API it wraps:
// every function must give exactly what the C function gives (NULL as
// std::nullopt, the same bytes otherwise), for `lang` as a C string, a
// std::string and a std::string_view that is not NUL-terminated; the
// constexpr status_class must agree with sip_class for every code; the
// known_codes() range, parse_reason(s) and load_locale_dir against their C
// functions. Rows of tests/native.rs's table: g++ and clang++ under
// -std=c++17 and -std=c++20 -Wall -Wextra -Werror -pedantic (and more), and
// once more with AddressSanitizer and UBSan.
#include <sipstatus.hpp>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

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

// A Reason is the C struct, field by field.
bool same_reason(const sipstatus::Reason &r, const SipReasonValue &c) {
    const bool text_ok = c.has_text ? r.text().has_value() && *r.text() == std::string_view(c.text)
                                    : !r.text().has_value();
    return static_cast<int>(r.protocol()) == static_cast<int>(c.protocol) &&
           r.protocol_name() == std::string_view(c.protocol_name) &&
           r.cause().value_or(-1) == c.cause && r.location().value_or(-1) == c.location && text_ok &&
           r.text_truncated() == c.text_truncated && r.cause_known() == c.cause_known &&
           std::memcmp(&r.c_struct(), &c, sizeof c) == 0;
}

// `lang` as std::string and as a view that is not NUL-terminated (a slice of
// a longer buffer, with junk after it) gives exactly what the C string gives:
// the same pointer from every lang function.
long lang_types_agree(const char *lang) {
    long bad = 0;
    const std::string str = lang != nullptr ? lang : "";
    std::string padded = str + "#junk-not-a-tag";
    const std::string_view view(padded.data(), str.size());
    for (int code : {-1, 99, 100, 180, 486, 499, 603, 699, 701, 1000}) {
        const char *c = sip_reason(code, lang);
        bad += !same(sipstatus::reason(code, str), c) + !same(sipstatus::reason(code, view), c);
        const char *short_c = sip_reason_as(code, lang, SIP_FORM_SHORT);
        bad += !same(sipstatus::reason(code, str, sipstatus::Form::Short), short_c) +
               !same(sipstatus::reason(code, view, sipstatus::Form::Short), short_c);
        const char *d = sip_description(code, lang);
        bad += !same(sipstatus::description(code, str), d) + !same(sipstatus::description(code, view), d);
    }
    for (int cls = 0; cls <= 7; ++cls) {
        const char *c = sip_class_name(cls, lang);
        const auto k = static_cast<sipstatus::Class>(cls);
        bad += !same(sipstatus::class_name(k, str), c) + !same(sipstatus::class_name(k, view), c);
        const char *q = sip_q850_class_name(cls, lang);
        const auto qk = static_cast<sipstatus::Q850Class>(cls);
        bad += !same(sipstatus::q850_class_name(qk, str), q) + !same(sipstatus::q850_class_name(qk, view), q);
    }
    for (int cause : {0, 16, 17, 45, 127}) {
        const char *c = sip_q850_name(cause, lang);
        bad += !same(sipstatus::q850_name(cause, str), c) + !same(sipstatus::q850_name(cause, view), c);
        const auto r = sipstatus::format_reason(cause, lang);
        bad += sipstatus::format_reason(cause, str) != r || sipstatus::format_reason(cause, view) != r;
    }
    for (int code : {-1, 300, 307, 370, 390, 399, 486, 499, 600}) {
        const char *c = sip_warning_text(code, lang);
        bad += !same(sipstatus::warning_text(code, str), c) + !same(sipstatus::warning_text(code, view), c);
        const auto w = sipstatus::format_warning(code, "gw1", lang);
        bad += sipstatus::format_warning(code, "gw1", str) != w || sipstatus::format_warning(code, "gw1", view) != w;
        const auto r = sipstatus::format_reason_sip(code, lang);
        bad += sipstatus::format_reason_sip(code, str) != r || sipstatus::format_reason_sip(code, view) != r;
    }
    const char *tag = sip_negotiated_lang(lang);
    bad += sipstatus::negotiated_lang(str).data() != tag;
    bad += sipstatus::negotiated_lang(view).data() != tag;
    bad += sipstatus::lang_id(str) != sip_lang_id(lang);
    bad += sipstatus::lang_id(view) != sip_lang_id(lang);
    return bad;
}

// A temporary folder with <dir>/qaa/sip.ftl holding `ftl`.
std::string locale_dir(const char *ftl) {
    char dir[] = "/tmp/sipstatus-cpp-XXXXXX";
    if (mkdtemp(dir) == nullptr) {
        std::perror("mkdtemp");
        std::exit(2);
    }
    const std::string sub = std::string(dir) + "/qaa";
    const std::string file = sub + "/sip.ftl";
    if (mkdir(sub.c_str(), 0700) != 0) {
        std::perror("mkdir");
        std::exit(2);
    }
    std::FILE *f = std::fopen(file.c_str(), "w");
    if (f == nullptr || std::fputs(ftl, f) < 0 || std::fclose(f) != 0) {
        std::perror("write sip.ftl");
        std::exit(2);
    }
    return dir;
}

void remove_locale_dir(const std::string &dir) {
    const std::string file = dir + "/qaa/sip.ftl";
    const std::string sub = dir + "/qaa";
    std::remove(file.c_str());
    rmdir(sub.c_str());
    rmdir(dir.c_str());
}

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
    check(sipstatus::format_warning(370, "sip.example.com", "de").value_or("") ==
              "370 sip.example.com \"Unzureichende Bandbreite\"",
          "format_warning 370 de", 370);

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

    // lang as const char *, std::string and std::string_view.
    long lang_bad = 0;
    for (const char *lang : langs) {
        lang_bad += lang_types_agree(lang);
    }
    check(lang_bad == 0, "lang as std::string and string_view == C", lang_bad);
    check(sipstatus::reason(486, std::string("de")).value_or("") == sipstatus::reason(486, "de").value_or("x"),
          "reason(486, std::string(\"de\"))", 486);
    // The view negotiated_lang() gives can be passed back as lang.
    const std::string_view de = sipstatus::negotiated_lang("de_AT.UTF-8");
    check(sipstatus::reason(486, de) == sipstatus::reason(486, "de"), "negotiated_lang passed back", 486);
    check(sipstatus::lang_id(sipstatus::negotiated_lang("de")) == sip_lang_id("de"), "lang_id(negotiated)", 0);
    // Lengths at the C limit: a tag of SIP_LANG_MAX_LEN - 1 bytes is read
    // whole, one of SIP_LANG_MAX_LEN or more gives English, as in C.
    for (std::size_t len : {std::size_t{SIP_LANG_MAX_LEN} - 1, std::size_t{SIP_LANG_MAX_LEN},
                            std::size_t{SIP_LANG_MAX_LEN} + 1, std::size_t{300}}) {
        std::string tag = "de_DE.UTF-8@";
        tag.resize(len, 'x');
        const std::string_view tail(tag.data(), tag.size());
        const char *want = sip_negotiated_lang(tag.c_str());
        check(sipstatus::negotiated_lang(tail).data() == want && sipstatus::negotiated_lang(tag).data() == want,
              "negotiated_lang of a long tag == C", static_cast<long>(len));
        check(std::string_view(want) == (len < SIP_LANG_MAX_LEN ? "de" : "en"), "long tag", static_cast<long>(len));
    }
    // As in C, a NUL ends the tag.
    check(sipstatus::negotiated_lang(std::string_view("de\0fr", 5)) == "de", "NUL inside a view", 0);
    check(sipstatus::negotiated_lang(std::string_view()) == "en", "empty view", 0);
    // The named constants of the C header are plain ints here too.
    check(sipstatus::reason(SIP_BUSY_HERE, "de") == sipstatus::reason(486, "de"), "SIP_BUSY_HERE", 486);

    // known_codes(): the range walks sip_known_at.
    std::vector<int> codes;
    for (int code : sipstatus::known_codes()) {
        codes.push_back(code);
    }
    long range_bad = codes.size() != sip_known_count();
    for (std::size_t i = 0; i < codes.size(); ++i) {
        range_bad += codes[i] != sip_known_at(i);
    }
    const auto known = sipstatus::known_codes();
    range_bad += known.size() != sip_known_count() || known.empty();
    range_bad += static_cast<std::size_t>(std::distance(known.begin(), known.end())) != sip_known_count();
    range_bad += *known.begin() != sip_known_at(0);
    check(range_bad == 0 && !codes.empty(), "known_codes() == sip_known_at", range_bad);

    // parse_reason / parse_reasons against the C functions, as C strings,
    // std::strings and views that are not NUL-terminated.
    const char *const values[] = {
        "Q.850;cause=17;text=\"User busy\";location=LN",
        "SIP ;cause=486 ;text=\"Busy Here\", Q.850;cause=17",
        "SIP;cause=200;text=\"Call completed elsewhere\"",
        "preemption ;cause=1 ;text=\"UA Preemption\"",
        "Q.850;cause=16;text=\"caf\xc3\xa9 \\\"quoted\\\"\"",
        "Q.850;cause=16;text=unquoted",
        "",
        "SIP;cause=486,",
        "Q.850;cause=17;cause=18",
        "STIR;cause=436;text=\"Bad Identity Info\"",
        "stir;cause=486",
    };
    long parse_bad = 0;
    {
        const auto stir = sipstatus::parse_reason("STIR;cause=436");
        check(stir && stir->protocol() == sipstatus::ReasonProtocol::Stir && stir->cause_known(), "STIR told apart", 436);
        const auto sip = sipstatus::parse_reason("SIP;cause=499");
        check(sip && sip->protocol() == sipstatus::ReasonProtocol::Sip && !sip->cause_known(), "499 not known", 499);
    }
    for (const char *v : values) {
        SipReasonValue c{};
        const bool ok = sip_parse_reason_value(v, &c);
        const std::string str(v);
        std::string padded = str + ",garbage;;;";
        const std::string_view view(padded.data(), str.size());
        for (const auto &r : {sipstatus::parse_reason(v), sipstatus::parse_reason(str), sipstatus::parse_reason(view)}) {
            parse_bad += ok ? !(r.has_value() && same_reason(*r, c)) : r.has_value();
        }
        const std::size_t n = sip_parse_reason_values(v, nullptr, 0);
        std::vector<SipReasonValue> all(n);
        sip_parse_reason_values(v, all.data(), n);
        for (const auto &rs : {sipstatus::parse_reasons(v), sipstatus::parse_reasons(view)}) {
            if (n == 0) {
                parse_bad += rs.has_value();
                continue;
            }
            parse_bad += !rs.has_value() || rs->size() != n;
            for (std::size_t i = 0; rs.has_value() && i < rs->size() && i < n; ++i) {
                parse_bad += !same_reason((*rs)[i], all[i]);
            }
        }
    }
    check(parse_bad == 0, "parse_reason/parse_reasons == C", parse_bad);
    const auto busy = sipstatus::parse_reason("Q.850;cause=17;text=\"User busy\";location=LN");
    check(busy && busy->protocol() == sipstatus::ReasonProtocol::Q850 && busy->cause() == 17 &&
              busy->text() == std::optional<std::string_view>("User busy") && busy->protocol_name() == "Q.850",
          "parse_reason Q.850", 17);
    const auto two = sipstatus::parse_reasons("SIP;cause=486, Q.850;cause=17");
    check(two && two->size() == 2 && (*two)[0].protocol() == sipstatus::ReasonProtocol::Sip &&
              (*two)[1].cause() == 17 && !(*two)[0].text().has_value(),
          "parse_reasons two values", 2);
    check(!sipstatus::parse_reason(static_cast<const char *>(nullptr)), "parse_reason(NULL)", 0);
    check(!sipstatus::parse_reason(std::string_view("SIP;cause=486\0x", 16)), "parse_reason: NUL inside", 0);
    std::string longest = "SIP;text=\"";
    longest.resize(SIP_REASON_MAX_LEN - 2, 'a');
    longest += '"';  // SIP_REASON_MAX_LEN - 1 bytes: read whole
    check(sipstatus::parse_reason(longest).has_value() == sip_parse_reason(longest.c_str(), nullptr) &&
              sipstatus::parse_reason(longest).has_value(),
          "parse_reason at the length limit", static_cast<long>(longest.size()));
    longest.insert(10, "a");  // SIP_REASON_MAX_LEN bytes: rejected, as in C
    check(!sipstatus::parse_reason(longest) && !sip_parse_reason(longest.c_str(), nullptr) &&
              !sipstatus::parse_reasons(longest),
          "parse_reason over the length limit", static_cast<long>(longest.size()));

    // load_locale_dir: std::nullopt on success, C's message on failure.
    const std::string good = locale_dir("sip-486 = Varattu C++\n");
    check(!sipstatus::reason(486, "qaa").has_value() || sipstatus::negotiated_lang("qaa") == "en",
          "qaa not there before loading", 0);
    const auto loaded = sipstatus::load_locale_dir(std::string_view(good.data(), good.size()));
    check(!loaded.has_value(), "load_locale_dir(good)", 0);
    if (loaded) {
        std::fprintf(stderr, "  %s\n", loaded->c_str());
    }
    check(sipstatus::reason(486, "qaa").value_or("") == "Varattu C++", "reason from a loaded locale", 486);
    const std::string broken = locale_dir("sip-486 = Varattu\nsip-603 = {\n");
    char c_err[4096];
    const bool c_ok = sip_load_locale_dir(broken.c_str(), c_err, sizeof c_err);
    const auto err = sipstatus::load_locale_dir(broken.c_str());
    check(!c_ok && err.has_value() && *err == c_err && err->find("sip.ftl:2") != std::string::npos,
          "load_locale_dir(broken) gives C's message", 0);
    check(sipstatus::reason(486, "qaa").value_or("") == "Varattu C++", "a refused load changes nothing", 486);
    const auto missing = sipstatus::load_locale_dir("/nonexistent-sipstatus-dir");
    check(missing.has_value() && !missing->empty(), "load_locale_dir(missing)", 0);
    check(sipstatus::load_locale_dir(static_cast<const char *>(nullptr)).value_or("") == "dir is NULL",
          "load_locale_dir(NULL)", 0);
    check(sipstatus::load_locale_dir(std::string_view("/tmp\0x", 6)).has_value(), "load_locale_dir: NUL inside", 0);
    remove_locale_dir(good);
    remove_locale_dir(broken);

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
