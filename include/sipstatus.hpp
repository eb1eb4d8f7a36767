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
 *
 * Every function is a thin inline call of the C function of the same name
 * (sip_reason, ...) with the same rules for every argument; see sipstatus.h.
 * Where the C function returns NULL the wrapper returns std::nullopt, never
 * an empty view, so "no phrase" and a phrase stay distinct. The views point
 * to strings owned by the library: valid until it is unloaded, never freed,
 * always NUL-terminated (data() can be passed back to C). `lang` is a C
 * string (use std::string::c_str()); nullptr means English. Nothing throws
 * but format_reason, which allocates.
 * Link with the library as for C (pkg-config --libs sipstatus).
 */

#ifndef SIPSTATUS_HPP
#define SIPSTATUS_HPP

#include "sipstatus.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

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
/// `Q.850;cause=17;text="User busy"`; std::nullopt for unassigned values.
/// The one function here that allocates (and so may throw std::bad_alloc).
/// Race-free across reloads: each call to sip_format_reason formats one
/// snapshot and returns that value's length, so the buffer is grown and the
/// value formatted again until one call's value fits whole.
[[nodiscard]] inline std::optional<std::string> format_reason(int cause, const char *lang = nullptr) {
    std::string value(64, '\0');
    for (;;) {
        const std::size_t needed = ::sip_format_reason(cause, lang, value.data(), value.size());
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

} // namespace sipstatus

#endif /* SIPSTATUS_HPP */
