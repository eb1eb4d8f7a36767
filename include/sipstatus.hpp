/*
 * sipstatus.hpp: a header-only C++17 wrapper over sipstatus.h.
 *
 *   #include <sipstatus.hpp>
 *
 *   sipstatus::reason(486, "de");        // std::optional: "Besetzt"
 *   sipstatus::reason(486).value();      // "Busy Here"
 *   sipstatus::reason(99);               // std::nullopt: not a SIP code
 *   sipstatus::reason(SIP_BUSY_HERE, std::string("de"));  // any string type as lang
 *   sipstatus::status_class(486);        // Class::ClientFailure, constexpr
 *   sipstatus::reason(487, "de", sipstatus::Form::Short);  // at most 16 columns
 *   for (int code : sipstatus::known_codes()) { ... }      // 100, 180, ..., 701
 *   sipstatus::parse_reason("Q.850;cause=17")->cause();   // std::optional<int>: 17
 *   sipstatus::format_warning(370, "sip.example.com", "de");  // a Warning value
 *   sipstatus::sanitize_text(received);  // a received phrase, safe to show
 *
 * Every function is a thin inline call of the C function of the same name
 * (sip_reason, ...) with the same rules for every argument; see sipstatus.h.
 * Where the C function returns NULL the wrapper returns std::nullopt, never
 * an empty view, so "no phrase" and a phrase stay distinct. The views point
 * to strings owned by the library: valid until it is unloaded, never freed,
 * always NUL-terminated (data() can be passed back to C).
 *
 * `lang` (a LangArg) is a `const char *`, a `std::string` or a
 * `std::string_view`, as the caller has it; nullptr or nothing means
 * English. A view need not be NUL-terminated: it is copied into a buffer on
 * the stack (SIP_LANG_MAX_LEN bytes and a NUL), as the C functions read at
 * most that much; like C, reading stops at a NUL, and a tag of
 * SIP_LANG_MAX_LEN (64) bytes or more gives English. The view negotiated_lang()
 * returns can be passed back.
 *
 * Nothing throws but the functions that return a std::string, a
 * std::vector or a Warning (format_reason, format_reason_sip, parse_reasons,
 * format_warning, parse_warning(s), sanitize_text, load_locale_dir), which
 * allocate and so may throw std::bad_alloc.
 * Link with the library as for C (pkg-config --libs sipstatus).
 */

#ifndef SIPSTATUS_HPP
#define SIPSTATUS_HPP

/* MSVC keeps __cplusplus at 199711L unless /Zc:__cplusplus; _MSVC_LANG is
 * the standard it compiles. Everything below is left out before C++17, so
 * that this error is the only one. */
#if !defined(__cplusplus) || (__cplusplus < 201703L && !(defined(_MSVC_LANG) && _MSVC_LANG >= 201703L))
#error "sipstatus.hpp needs C++17 or later (e.g. -std=c++17); from C or older C++, include sipstatus.h"
#else

#include "sipstatus.h"

#include <cstddef>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sipstatus {

/// The class of a SIP response code, its first digit; the values are those
/// of the C enum SipClass.
enum class Class : int {
    Invalid = SIP_CLASS_INVALID,
    Provisional = SIP_CLASS_PROVISIONAL,
    Success = SIP_CLASS_SUCCESS,
    Redirection = SIP_CLASS_REDIRECTION,
    ClientFailure = SIP_CLASS_CLIENT_FAILURE,
    ServerFailure = SIP_CLASS_SERVER_FAILURE,
    GlobalFailure = SIP_CLASS_GLOBAL_FAILURE,
};

namespace detail {
/// A C result as a view: NULL becomes std::nullopt.
[[nodiscard]] inline std::optional<std::string_view> view(const char *s) noexcept {
    if (s == nullptr) {
        return std::nullopt;
    }
    return std::string_view(s);
}

/// The C string in array `a`: up to its first NUL, or all of it.
template <std::size_t N>
[[nodiscard]] std::string_view view_of_array(const char (&a)[N]) noexcept {
    const char *nul = std::char_traits<char>::find(a, N, '\0');
    return std::string_view(a, nul != nullptr ? static_cast<std::size_t>(nul - a) : N);
}

/// Calls an snprintf-style sip_format_* function as its documentation asks:
/// grows the buffer while the value did not fit (a reload in another thread
/// may change the text between two calls). std::nullopt where it gives 0.
template <class Format>
[[nodiscard]] std::optional<std::string> formatted(Format format) {
    std::string value(64, '\0');
    for (;;) {
        const std::size_t needed = format(value.data(), value.size());
        if (needed == 0) {
            return std::nullopt;
        }
        if (needed < value.size()) {
            value.resize(needed);
            return value;
        }
        value.assign(needed + 1, '\0');
    }
}

/// A char array of a parsed struct as a string (up to its first NUL).
template <std::size_t N>
[[nodiscard]] std::string field(const char (&chars)[N]) {
    return std::string(view_of_array(chars));
}
} // namespace detail

/// The type of every `lang` parameter: built from a `const char *` (NULL
/// means English), a `std::string` or a `std::string_view` (need not be
/// NUL-terminated), it hands the C function a C string. Only a parameter
/// type: it cannot be copied or stored, as it may point into its own
/// buffer or into a temporary std::string.
///
/// A view is copied into a buffer of SIP_LANG_MAX_LEN bytes and a NUL on
/// the stack (no allocation). The C functions read at most SIP_LANG_MAX_LEN
/// bytes and take a tag with no NUL among them (64 bytes or more) as
/// English; so does a view that long. As in C, a NUL inside the view or the
/// std::string ends the tag.
class LangArg {
public:
    LangArg() noexcept : tag_(nullptr) {}
    LangArg(const char *tag) noexcept : tag_(tag) {}
    LangArg(const std::string &tag) noexcept : tag_(tag.c_str()) {}
    LangArg(std::string_view tag) noexcept : tag_(buf_) {
        const std::size_t n = tag.size() < SIP_LANG_MAX_LEN ? tag.size() : SIP_LANG_MAX_LEN;
        if (n > 0) {
            std::memcpy(buf_, tag.data(), n);
        }
        buf_[n] = '\0';
    }
    LangArg(const LangArg &) = delete;
    LangArg &operator=(const LangArg &) = delete;

    /// The C argument: NULL, or a string the C functions may read to its
    /// NUL or for SIP_LANG_MAX_LEN bytes.
    [[nodiscard]] const char *c_str() const noexcept { return tag_; }

private:
    const char *tag_;
    char buf_[SIP_LANG_MAX_LEN + 1];
};

/// The class of `code`, computed here so that it is constexpr: the first
/// digit for 100 to 699, Class::Invalid for every other value (701
/// included). The same answer as sip_class(), which the tests check.
[[nodiscard]] constexpr Class status_class(int code) noexcept {
    return code >= 100 && code <= 699 ? static_cast<Class>(code / 100) : Class::Invalid;
}

/// The reason phrase of `code` in the language `lang` matches: a known
/// code's phrase, its class's name for any other code of 100 to 699, and
/// std::nullopt for every other value (where sip_reason gives NULL).
[[nodiscard]] inline std::optional<std::string_view> reason(int code, LangArg lang = {}) noexcept {
    return detail::view(::sip_reason(code, lang.c_str()));
}

/// Which rendering of a phrase reason() gives: the values are the C flags
/// (SIP_FORM_SHORT, SIP_FORM_ASCII), combinable with |.
enum class Form : unsigned int {
    Full = 0u,
    /// At most 16 display columns in every shipped locale.
    Short = SIP_FORM_SHORT,
    /// Printable ASCII only.
    Ascii = SIP_FORM_ASCII,
    AsciiShort = SIP_FORM_SHORT | SIP_FORM_ASCII,
};

[[nodiscard]] constexpr Form operator|(Form a, Form b) noexcept {
    return static_cast<Form>(static_cast<unsigned int>(a) | static_cast<unsigned int>(b));
}

/// reason() in `form` (sip_reason_as): e.g. Form::Short for a 2x16 display,
/// Form::Ascii for a font with only ASCII, Form::Short | Form::Ascii for both.
[[nodiscard]] inline std::optional<std::string_view> reason(int code, LangArg lang, Form form) noexcept {
    return detail::view(::sip_reason_as(code, lang.c_str(), static_cast<unsigned int>(form)));
}

/// One sentence on when `code` is sent; std::nullopt for an unknown code.
[[nodiscard]] inline std::optional<std::string_view> description(int code, LangArg lang = {}) noexcept {
    return detail::view(::sip_description(code, lang.c_str()));
}

/// The name of class `cls`; std::nullopt for Class::Invalid and any value
/// outside the enumerators.
[[nodiscard]] inline std::optional<std::string_view> class_name(Class cls, LangArg lang = {}) noexcept {
    return detail::view(::sip_class_name(static_cast<int>(cls), lang.c_str()));
}

/// The tag of the locale used for `lang`, e.g. "de" for "de_AT.UTF-8"; "en"
/// when nothing matches. Never empty; NUL-terminated, and can be passed back
/// as `lang`.
[[nodiscard]] inline std::string_view negotiated_lang(LangArg lang = {}) noexcept {
    const char *tag = ::sip_negotiated_lang(lang.c_str());
    return tag != nullptr ? std::string_view(tag) : std::string_view("en");
}

/// Whether `code` is in the library's table (sip_is_known).
[[nodiscard]] inline bool is_known(int code) noexcept {
    return ::sip_is_known(code);
}

/// The constant-style name of a known code ("BUSY_HERE"); std::nullopt for
/// an unknown code.
[[nodiscard]] inline std::optional<std::string_view> code_name(int code) noexcept {
    return detail::view(::sip_code_name(code));
}

/// The number of known codes; known_at(0) to known_at(known_count() - 1)
/// walk them in ascending order.
[[nodiscard]] inline std::size_t known_count() noexcept {
    return ::sip_known_count();
}

/// Known code number `i`; 0 when `i` is not less than known_count().
[[nodiscard]] inline int known_at(std::size_t i) noexcept {
    return ::sip_known_at(i);
}

/// Every known code in ascending order, as a range over sip_known_at:
///
///     for (int code : sipstatus::known_codes()) { ... }
///
/// A lightweight view (two indexes, no copy of the table).
class KnownCodes {
public:
    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = int;
        using difference_type = std::ptrdiff_t;
        using pointer = const int *;
        using reference = int;

        constexpr iterator() noexcept = default;
        constexpr explicit iterator(std::size_t i) noexcept : i_(i) {}
        [[nodiscard]] int operator*() const noexcept { return ::sip_known_at(i_); }
        iterator &operator++() noexcept {
            ++i_;
            return *this;
        }
        iterator operator++(int) noexcept {
            iterator old = *this;
            ++i_;
            return old;
        }
        [[nodiscard]] friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.i_ == b.i_; }
        [[nodiscard]] friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.i_ != b.i_; }

    private:
        std::size_t i_ = 0;
    };

    [[nodiscard]] iterator begin() const noexcept { return iterator(0); }
    [[nodiscard]] iterator end() const noexcept { return iterator(::sip_known_count()); }
    [[nodiscard]] std::size_t size() const noexcept { return ::sip_known_count(); }
    [[nodiscard]] bool empty() const noexcept { return size() == 0; }
};

/// The known codes as a range (see KnownCodes).
[[nodiscard]] inline KnownCodes known_codes() noexcept {
    return KnownCodes();
}

/// The number of available locales; lang_at(0) is "en".
[[nodiscard]] inline std::size_t lang_count() noexcept {
    return ::sip_lang_count();
}

/// The tag of locale `i`; std::nullopt when `i` is not less than
/// lang_count().
[[nodiscard]] inline std::optional<std::string_view> lang_at(std::size_t i) noexcept {
    return detail::view(::sip_lang_at(i));
}

/// A small integer naming the locale `lang` matches (0 is English), for hot
/// loops: negotiate once, then call reason_by_id().
[[nodiscard]] inline int lang_id(LangArg lang = {}) noexcept {
    return ::sip_lang_id(lang.c_str());
}

/// reason() for a locale id from lang_id(); an id that names no locale is
/// taken as English.
[[nodiscard]] inline std::optional<std::string_view> reason_by_id(int code, int lang_id) noexcept {
    return detail::view(::sip_reason_by_id(code, lang_id));
}

/// The library's version, e.g. "0.1.0" (of the library loaded at run time,
/// which can be newer than this header).
[[nodiscard]] inline std::string_view version() noexcept {
    const char *v = ::sip_version();
    return v != nullptr ? std::string_view(v) : std::string_view();
}

/// The available locale that best matches a SIP Accept-Language header
/// value (RFC 3261 §20.3), as a tag usable as `lang`; "en" when nothing
/// matches. Reads at most 1,024 bytes, as sip_lang_from_accept_language.
[[nodiscard]] inline std::string_view lang_from_accept_language(const char *value) noexcept {
    const char *v = ::sip_lang_from_accept_language(value);
    return v != nullptr ? std::string_view(v) : std::string_view("en");
}

/// The class of a Q.850 cause value; the values are those of the C enum
/// SipQ850Class.
enum class Q850Class : int {
    Invalid = SIP_Q850_CLASS_INVALID,
    NormalEvent = SIP_Q850_CLASS_NORMAL_EVENT,
    ResourceUnavailable = SIP_Q850_CLASS_RESOURCE_UNAVAILABLE,
    ServiceNotAvailable = SIP_Q850_CLASS_SERVICE_NOT_AVAILABLE,
    ServiceNotImplemented = SIP_Q850_CLASS_SERVICE_NOT_IMPLEMENTED,
    InvalidMessage = SIP_Q850_CLASS_INVALID_MESSAGE,
    ProtocolError = SIP_Q850_CLASS_PROTOCOL_ERROR,
    Interworking = SIP_Q850_CLASS_INTERWORKING,
};

/// The Q.850 cause for SIP final response `code` (RFC 3398 §8.2.6.1);
/// std::nullopt where sip_to_q850 gives 0 (no mapping).
[[nodiscard]] inline std::optional<int> to_q850(int code) noexcept {
    const int cause = ::sip_to_q850(code);
    return cause != 0 ? std::optional<int>(cause) : std::nullopt;
}

/// The SIP response for Q.850 cause `cause` (RFC 3398 §7.2.4.1);
/// std::nullopt where sip_from_q850 gives 0 (16, 44, outside 1 to 127).
[[nodiscard]] inline std::optional<int> from_q850(int cause) noexcept {
    const int code = ::sip_from_q850(cause);
    return code != 0 ? std::optional<int>(code) : std::nullopt;
}

/// The name of Q.850 cause `cause`; std::nullopt for unassigned values.
[[nodiscard]] inline std::optional<std::string_view> q850_name(int cause, LangArg lang = {}) noexcept {
    return detail::view(::sip_q850_name(cause, lang.c_str()));
}

/// The class of cause value `cause`, by its top three bits (computed here so
/// that it is constexpr; the tests hold it to sip_q850_class): every value of
/// 1 to 127, Q850Class::Invalid for every other.
[[nodiscard]] constexpr Q850Class q850_class(int cause) noexcept {
    if (cause < 1 || cause > 127) {
        return Q850Class::Invalid;
    }
    return cause < 32 ? Q850Class::NormalEvent : static_cast<Q850Class>(cause >> 4);
}

/// The name of a Q.850 class; std::nullopt for Q850Class::Invalid and values
/// outside the enumerators.
[[nodiscard]] inline std::optional<std::string_view> q850_class_name(Q850Class cls,
                                                                     LangArg lang = {}) noexcept {
    return detail::view(::sip_q850_class_name(static_cast<int>(cls), lang.c_str()));
}

/// The Reason header value for Q.850 cause `cause`, e.g.
/// `Q.850;cause=17;text="User busy"`; std::nullopt for unassigned values
/// (sip_format_reason).
[[nodiscard]] inline std::optional<std::string> format_reason(int cause, LangArg lang = {}) {
    return detail::formatted(
        [&](char *buf, std::size_t len) { return ::sip_format_reason(cause, lang.c_str(), buf, len); });
}

/// The Reason header value of the SIP protocol for known code `code`, e.g.
/// `SIP;cause=600;text="Busy Everywhere"`; std::nullopt for a code that is
/// not known (sip_format_reason_sip).
[[nodiscard]] inline std::optional<std::string> format_reason_sip(int code, LangArg lang = {}) {
    return detail::formatted(
        [&](char *buf, std::size_t len) { return ::sip_format_reason_sip(code, lang.c_str(), buf, len); });
}

/// The protocol of a Reason header value; the values are those of
/// SipReasonValue.protocol (the C enum SipReasonProtocol, and
/// SIP_REASON_PROTOCOL_STIR).
enum class ReasonProtocol : int {
    None = SIP_REASON_PROTOCOL_NONE,
    Sip = SIP_REASON_PROTOCOL_SIP,
    Q850 = SIP_REASON_PROTOCOL_Q850,
    Other = SIP_REASON_PROTOCOL_OTHER,
    /// RFC 9410: the cause is a STIR/SHAKEN verification failure's SIP code.
    Stir = SIP_REASON_PROTOCOL_STIR,
};

/// One value of a Reason header, as parse_reason() reads it: a copy of the
/// C struct SipReasonValue (no pointers; freely copied and kept) with
/// accessors. The views it gives point into the object itself: valid while
/// it lives.
class Reason {
public:
    constexpr explicit Reason(const SipReasonValue &raw) noexcept : raw_(raw) {}

    /// SIP, Q.850, STIR or another protocol (Other for any value a later
    /// library may add).
    [[nodiscard]] ReasonProtocol protocol() const noexcept {
        return raw_.protocol >= SIP_REASON_PROTOCOL_SIP && raw_.protocol <= SIP_REASON_PROTOCOL_STIR
                   ? static_cast<ReasonProtocol>(raw_.protocol)
                   : ReasonProtocol::Other;
    }
    /// Whether cause() is one the protocol defines: a known SIP code, an
    /// assigned Q.850 cause, 436, 437, 438 or 608 for STIR.
    [[nodiscard]] bool cause_known() const noexcept { return raw_.cause_known; }
    /// The protocol token: "SIP" and "Q.850" as registered, any other as
    /// written (cut to 31 bytes).
    [[nodiscard]] std::string_view protocol_name() const noexcept { return detail::view_of_array(raw_.protocol_name); }
    /// The `cause` parameter (a Q.850 cause for Q.850, a SIP code for SIP);
    /// std::nullopt when absent.
    [[nodiscard]] std::optional<int> cause() const noexcept {
        return raw_.cause >= 0 ? std::optional<int>(raw_.cause) : std::nullopt;
    }
    /// The RFC 8606 location of a Q.850 value, 0 (`U`) to 15 (`LOC-15`);
    /// std::nullopt when absent or not one of the sixteen tokens.
    [[nodiscard]] std::optional<int> location() const noexcept {
        return raw_.location >= 0 ? std::optional<int>(raw_.location) : std::nullopt;
    }
    /// The `text` parameter, unescaped (UTF-8, cut to 127 bytes: see
    /// text_truncated()); std::nullopt when absent. Clean it before showing
    /// it: it may hold control characters and bidi marks (see sipstatus.h).
    [[nodiscard]] std::optional<std::string_view> text() const noexcept {
        return raw_.has_text ? std::optional<std::string_view>(detail::view_of_array(raw_.text)) : std::nullopt;
    }
    /// Whether text() was cut to fit.
    [[nodiscard]] bool text_truncated() const noexcept { return raw_.text_truncated; }
    /// The C struct.
    [[nodiscard]] const SipReasonValue &c_struct() const noexcept { return raw_; }

private:
    SipReasonValue raw_;
};

namespace detail {
/// Calls `parse(p)` with `value` as a C string: copied, with a NUL, into a
/// buffer of SIP_REASON_MAX_LEN bytes on the stack. A value the C functions
/// reject for its length (SIP_REASON_MAX_LEN bytes or more) or that holds a
/// NUL (which no header value can) gives `parse(nullptr)`, a rejection.
template <typename F>
auto with_reason_value(std::string_view value, F parse) noexcept(noexcept(parse(nullptr))) {
    if (value.size() >= SIP_REASON_MAX_LEN || value.find('\0') != std::string_view::npos) {
        return parse(nullptr);
    }
    char buf[SIP_REASON_MAX_LEN];
    if (!value.empty()) {
        std::memcpy(buf, value.data(), value.size());
    }
    buf[value.size()] = '\0';
    return parse(static_cast<const char *>(buf));
}
} // namespace detail

/// The first value of Reason header value `value` (what follows `Reason:`,
/// e.g. `Q.850;cause=17;text="User busy"`), as sip_parse_reason_value reads it;
/// std::nullopt when `value` is not well-formed (see sipstatus.h for the
/// grammar and what is rejected), is NULL, or (as a string or view) holds a
/// NUL or is SIP_REASON_MAX_LEN bytes or longer. Use parse_reasons() for
/// every value.
[[nodiscard]] inline std::optional<Reason> parse_reason(const char *value) noexcept {
    SipReasonValue raw{};
    if (!::sip_parse_reason_value(value, &raw)) {
        return std::nullopt;
    }
    return Reason(raw);
}

[[nodiscard]] inline std::optional<Reason> parse_reason(std::string_view value) noexcept {
    return detail::with_reason_value(value, [](const char *v) noexcept { return parse_reason(v); });
}

/// Every value of Reason header value `value`, in order (e.g. a SIP one and
/// then a Q.850 one); std::nullopt when `value` is rejected, as by
/// parse_reason(). Allocates the vector.
[[nodiscard]] inline std::optional<std::vector<Reason>> parse_reasons(const char *value) {
    const std::size_t n = ::sip_parse_reason_values(value, nullptr, 0);
    if (n == 0) {
        return std::nullopt;
    }
    std::vector<SipReasonValue> raw(n);
    const std::size_t again = ::sip_parse_reason_values(value, raw.data(), raw.size());
    std::vector<Reason> out;
    out.reserve(n);
    for (std::size_t i = 0; i < again && i < n; ++i) {
        out.emplace_back(raw[i]);
    }
    return out;
}

[[nodiscard]] inline std::optional<std::vector<Reason>> parse_reasons(std::string_view value) {
    return detail::with_reason_value(value, [](const char *v) { return parse_reasons(v); });
}

/// The text of registered warn-code `code` (RFC 3261 §20.43) in the language
/// `lang` matches, e.g. "Unzureichende Bandbreite" for 370 in German;
/// std::nullopt for a code that is not registered (sip_warning_text).
[[nodiscard]] inline std::optional<std::string_view> warning_text(int code, LangArg lang = {}) noexcept {
    return detail::view(::sip_warning_text(code, lang.c_str()));
}

/// The Warning header value for registered warn-code `code` added by `agent`
/// (a host[:port], an [IPv6] reference or a token), e.g.
/// `370 sip.example.com "Insufficient bandwidth"`; std::nullopt for a code
/// that is not registered or an agent that is neither (sip_format_warning).
[[nodiscard]] inline std::optional<std::string> format_warning(int code, const char *agent, LangArg lang = {}) {
    return detail::formatted(
        [&](char *buf, std::size_t len) { return ::sip_format_warning(code, agent, lang.c_str(), buf, len); });
}

/// One value of a Warning header, read by parse_warning(s): SipWarning with
/// std::string fields.
struct Warning {
    /// The warn-code, 0 to 999, registered or not.
    int code = 0;
    /// Whether `code` is registered (warning_text() gives its text).
    bool known = false;
    /// The warn-agent, as written (at most 255 bytes: see agent_truncated).
    std::string agent;
    /// The warn-text, unescaped; not cleaned: pass it to sanitize_text()
    /// before showing it (at most 255 bytes: see text_truncated).
    std::string text;
    bool agent_truncated = false;
    bool text_truncated = false;
};

namespace detail {
[[nodiscard]] inline Warning warning(const SipWarning &w) {
    return Warning{w.code, w.known, field(w.agent), field(w.text), w.agent_truncated, w.text_truncated};
}
} // namespace detail

/// The first value of the Warning header value `value`; std::nullopt when
/// `value` is malformed (sip_parse_warning has the rules).
[[nodiscard]] inline std::optional<Warning> parse_warning(const char *value) {
    SipWarning w;
    if (!::sip_parse_warning(value, &w)) {
        return std::nullopt;
    }
    return detail::warning(w);
}

/// Every value of the Warning header value `value`, in order; std::nullopt
/// when `value` is malformed (sip_parse_warnings).
[[nodiscard]] inline std::optional<std::vector<Warning>> parse_warnings(const char *value) {
    const std::size_t count = ::sip_parse_warnings(value, nullptr, 0);
    if (count == 0) {
        return std::nullopt;
    }
    std::vector<SipWarning> parsed(count);
    if (::sip_parse_warnings(value, parsed.data(), parsed.size()) != count) {
        return std::nullopt;
    }
    std::vector<Warning> values;
    values.reserve(count);
    for (const SipWarning &w : parsed) {
        values.push_back(detail::warning(w));
    }
    return values;
}

/// `text` (a reason phrase, warn-text or Reason text received from the
/// network, any bytes) as one clean line of valid UTF-8: invalid sequences
/// become U+FFFD, control characters a space, bidi controls are removed,
/// runs of spaces collapsed, the ends trimmed (sip_sanitize_text). May be
/// empty.
[[nodiscard]] inline std::string sanitize_text(std::string_view text) {
    std::string out(text.size() + 1, '\0');
    for (;;) {
        const std::size_t needed = ::sip_sanitize_text(text.data(), text.size(), out.data(), out.size());
        if (needed < out.size()) {
            out.resize(needed);
            return out;
        }
        out.assign(needed + 1, '\0');
    }
}

/// Whether `phrase` may be the Reason-Phrase of a SIP status line (RFC 3261
/// §25.1; sip_is_valid_reason_phrase has the rules, e.g. at most 1023
/// bytes are read).
[[nodiscard]] inline bool is_valid_reason_phrase(const char *phrase) noexcept {
    return ::sip_is_valid_reason_phrase(phrase);
}

/// Loads `<dir>/<lang>/*.ftl` at run time (sip_load_locale_dir: a new
/// language is added, a shipped one overridden; all or nothing). Returns
/// std::nullopt on success, else the error message (naming file and line;
/// cut at 64 KiB):
///
///     if (auto error = sipstatus::load_locale_dir("/etc/myapp/locales")) {
///         log(*error);
///     }
///
/// `dir` as in C: fewer than 4096 bytes; a NULL `dir`, or a string or view
/// holding a NUL, is an error. Allocates the message (and, for a view, a
/// NUL-terminated copy).
[[nodiscard]] inline std::optional<std::string> load_locale_dir(const char *dir) {
    std::string error(std::size_t{64} * 1024, '\0');
    if (::sip_load_locale_dir(dir, error.data(), error.size())) {
        return std::nullopt;
    }
    error.resize(std::strlen(error.c_str()));
    return error;
}

[[nodiscard]] inline std::optional<std::string> load_locale_dir(std::string_view dir) {
    if (dir.find('\0') != std::string_view::npos) {
        return std::string("dir holds a NUL byte");
    }
    return load_locale_dir(std::string(dir).c_str());
}

} // namespace sipstatus

#endif /* C++17 */
#endif /* SIPSTATUS_HPP */
