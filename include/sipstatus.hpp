/*
 * sipstatus.hpp: a header-only C++17 wrapper over sipstatus.h.
 *
 *   #include <sipstatus.hpp>
 *
 *   sipstatus::reason(486, "de");        // std::optional: "Besetzt"
 *   sipstatus::reason(486).value();      // "Busy Here"
 *   sipstatus::reason(99);               // std::nullopt: not a SIP code
 *   sipstatus::status_class(486);        // Class::ClientFailure, constexpr
 *   sipstatus::reason(487, "de", sipstatus::Form::Short);  // at most 16 columns
 *   sipstatus::format_warning(370, "sip.example.com", "de");  // a Warning value
 *   sipstatus::sanitize_text(received);  // a received phrase, safe to show
 *
 * Every function is a thin inline call of the C function of the same name
 * (sip_reason, ...) with the same rules for every argument; see sipstatus.h.
 * Where the C function returns NULL the wrapper returns std::nullopt, never
 * an empty view, so "no phrase" and a phrase stay distinct. The views point
 * to strings owned by the library: valid until it is unloaded, never freed,
 * always NUL-terminated (data() can be passed back to C). `lang` is a C
 * string (use std::string::c_str()); nullptr means English. Nothing throws
 * but the functions that return std::string (format_reason,
 * format_reason_sip, format_warning, parse_warning(s), sanitize_text), which
 * allocate (and so may throw std::bad_alloc).
 * Link with the library as for C (pkg-config --libs sipstatus).
 */

#ifndef SIPSTATUS_HPP
#define SIPSTATUS_HPP

#include "sipstatus.h"

#include <cstddef>
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

/// A char array of a parsed struct (always NUL-terminated) as a string.
template <std::size_t N>
[[nodiscard]] std::string field(const char (&chars)[N]) {
    return std::string(chars);
}
} // namespace detail

/// The class of `code`, computed here so that it is constexpr: the first
/// digit for 100 to 699, Class::Invalid for every other value (701
/// included). The same answer as sip_class(), which the tests check.
[[nodiscard]] constexpr Class status_class(int code) noexcept {
    return code >= 100 && code <= 699 ? static_cast<Class>(code / 100) : Class::Invalid;
}

/// The reason phrase of `code` in the language `lang` matches: a known
/// code's phrase, its class's name for any other code of 100 to 699, and
/// std::nullopt for every other value (where sip_reason gives NULL).
[[nodiscard]] inline std::optional<std::string_view> reason(int code,
                                                            const char *lang = nullptr) noexcept {
    return detail::view(::sip_reason(code, lang));
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
[[nodiscard]] inline std::optional<std::string_view> reason(int code, const char *lang,
                                                            Form form) noexcept {
    return detail::view(::sip_reason_as(code, lang, static_cast<unsigned int>(form)));
}

/// One sentence on when `code` is sent; std::nullopt for an unknown code.
[[nodiscard]] inline std::optional<std::string_view> description(int code,
                                                                 const char *lang = nullptr) noexcept {
    return detail::view(::sip_description(code, lang));
}

/// The name of class `cls`; std::nullopt for Class::Invalid and any value
/// outside the enumerators.
[[nodiscard]] inline std::optional<std::string_view> class_name(Class cls,
                                                                const char *lang = nullptr) noexcept {
    return detail::view(::sip_class_name(static_cast<int>(cls), lang));
}

/// The tag of the locale used for `lang`, e.g. "de" for "de_AT.UTF-8"; "en"
/// when nothing matches. Never empty.
[[nodiscard]] inline std::string_view negotiated_lang(const char *lang = nullptr) noexcept {
    const char *tag = ::sip_negotiated_lang(lang);
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
[[nodiscard]] inline int lang_id(const char *lang = nullptr) noexcept {
    return ::sip_lang_id(lang);
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
[[nodiscard]] inline std::optional<std::string_view> q850_name(int cause,
                                                               const char *lang = nullptr) noexcept {
    return detail::view(::sip_q850_name(cause, lang));
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
                                                                     const char *lang = nullptr) noexcept {
    return detail::view(::sip_q850_class_name(static_cast<int>(cls), lang));
}

/// The Reason header value for Q.850 cause `cause`, e.g.
/// `Q.850;cause=17;text="User busy"`; std::nullopt for unassigned values
/// (sip_format_reason).
[[nodiscard]] inline std::optional<std::string> format_reason(int cause, const char *lang = nullptr) {
    return detail::formatted(
        [&](char *buf, std::size_t len) { return ::sip_format_reason(cause, lang, buf, len); });
}

/// The Reason header value of the SIP protocol for known code `code`, e.g.
/// `SIP;cause=600;text="Busy Everywhere"`; std::nullopt for a code that is
/// not known (sip_format_reason_sip).
[[nodiscard]] inline std::optional<std::string> format_reason_sip(int code, const char *lang = nullptr) {
    return detail::formatted(
        [&](char *buf, std::size_t len) { return ::sip_format_reason_sip(code, lang, buf, len); });
}

/// The text of registered warn-code `code` (RFC 3261 §20.43) in the language
/// `lang` matches, e.g. "Unzureichende Bandbreite" for 370 in German;
/// std::nullopt for a code that is not registered (sip_warning_text).
[[nodiscard]] inline std::optional<std::string_view> warning_text(int code,
                                                                  const char *lang = nullptr) noexcept {
    return detail::view(::sip_warning_text(code, lang));
}

/// The Warning header value for registered warn-code `code` added by `agent`
/// (a host[:port], an [IPv6] reference or a token), e.g.
/// `370 sip.example.com "Insufficient bandwidth"`; std::nullopt for a code
/// that is not registered or an agent that is neither (sip_format_warning).
[[nodiscard]] inline std::optional<std::string> format_warning(int code, const char *agent,
                                                               const char *lang = nullptr) {
    return detail::formatted(
        [&](char *buf, std::size_t len) { return ::sip_format_warning(code, agent, lang, buf, len); });
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

} // namespace sipstatus

#endif /* SIPSTATUS_HPP */
