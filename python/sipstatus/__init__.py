"""What a SIP response code means, in the reader's language.

The ``http.HTTPStatus`` of SIP, over the sipstatus C library: the very
``libsipstatus`` that C firmware links, loaded with ``ctypes``. This package
has no phrases of its own; every string comes from the library.

>>> from sipstatus import SipStatus, reason
>>> SipStatus.BUSY_HERE.phrase
'Busy Here'
>>> reason(486, "de")
'Besetzt'
>>> SipStatus(486).status_class
<SipClass.CLIENT_FAILURE: 4>

``lang`` arguments are ``None`` (English, as NULL in C) or a ``str``: a BCP 47
tag in any letter case with ``-`` or ``_`` (``"de"``, ``"de-AT"``) or a POSIX
locale name (``"de_DE.UTF-8"``). Anything that matches no locale gives
English. Code arguments are ``int`` (or anything with ``__index__``, such as a
``SipStatus``); ``bool`` is refused.

Set the environment variable ``SIPSTATUS_LIBRARY`` before the import to load
another build of the library (a path, or a name the dynamic loader finds).
"""

from __future__ import annotations

import ctypes
import operator
import os
from dataclasses import dataclass, field
from enum import IntEnum

from . import _ffi

__all__ = [
    "SipStatus",
    "SipClass",
    "LocaleError",
    "reason",
    "description",
    "status_class",
    "class_name",
    "is_known",
    "negotiated_lang",
    "languages",
    "load_locale_dir",
    "lang_from_accept_language",
    "Q850Class",
    "to_q850",
    "from_q850",
    "q850_name",
    "q850_class",
    "q850_class_name",
    "format_reason",
    "parse_reason",
    "parse_reasons",
    "Reason",
    "ReasonProtocol",
    "format_reason_sip",
    "warning_text",
    "format_warning",
    "SipWarning",
    "parse_warning",
    "parse_warnings",
    "sanitize_text",
    "is_valid_reason_phrase",
    "library_path",
    "__version__",
]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Callable, Union

    # What open() takes as a path.
    _Path = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

_lib = _ffi.lib
_sip_class = _lib.sip_class
_sip_reason = _lib.sip_reason
_sip_reason_as = _lib.sip_reason_as
_sip_description = _lib.sip_description
_sip_class_name = _lib.sip_class_name
_sip_is_known = _lib.sip_is_known
_sip_negotiated_lang = _lib.sip_negotiated_lang

# The range of a C int: a Python int outside it is no code and no class, and
# is passed as -1 (which the library refuses) rather than wrapped by ctypes.
_INT_MAX = 2 ** (8 * ctypes.sizeof(ctypes.c_int) - 1) - 1
_INT_MIN = -_INT_MAX - 1

library_path: str = _ffi.path
"""Where the C library was loaded from: the copy inside the package, or the
value of ``SIPSTATUS_LIBRARY``."""


def _text(result: bytes | None) -> str:
    """Decodes a string that the C library documents as never NULL."""
    if result is None:
        raise RuntimeError("sipstatus: the C library returned NULL where it never should")
    return result.decode("utf-8")


def _int_arg(value: object, what: str) -> int:
    """``value`` as an int: int or anything with ``__index__``, never bool."""
    if isinstance(value, bool):
        raise TypeError(f"{what} must be an int, not bool")
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{what} must be an int, not {type(value).__name__}") from None


def _c_int(value: int) -> int:
    return value if _INT_MIN <= value <= _INT_MAX else -1


def _lang_arg(lang: object) -> bytes | None:
    """``lang`` for C: None stays NULL, a str becomes NUL-free UTF-8.

    A lone surrogate (``"de\\udcff"``, what ``os.fsdecode`` makes of a byte
    that is not UTF-8) is passed as its surrogate bytes: the library sees
    invalid UTF-8 and answers English, as it documents, instead of this
    raising ``UnicodeEncodeError``.
    """
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str or None, not {type(lang).__name__}")
    if "\0" in lang:
        raise ValueError(f"lang must not contain a NUL character: {lang!r}")
    return lang.encode("utf-8", "surrogatepass")


class LocaleError(Exception):
    """A locale folder could not be loaded; the message names file and line."""


class SipClass(IntEnum):
    """The class of a SIP response code: its first digit (RFC 3261 §7.2).

    The values are those of the C enum ``SipClass``. ``INVALID`` (0, so
    false) is the class of a number that is not a code of 100 to 699.
    """

    INVALID = 0
    PROVISIONAL = 1
    SUCCESS = 2
    REDIRECTION = 3
    CLIENT_FAILURE = 4
    SERVER_FAILURE = 5
    GLOBAL_FAILURE = 6


SHORT_COLUMNS = 16
"""The widest a short form is in every shipped locale, in display columns."""

_FORM_SHORT = 1
_FORM_ASCII = 2


def reason(code: int, lang: str | None = None, *, short: bool = False, ascii: bool = False) -> str:
    """The reason phrase of ``code`` in the language ``lang`` matches.

    A known code gives its own phrase (``reason(486, "de") == "Besetzt"``);
    any other code of 100 to 699 gives the name of its class
    (``reason(499) == "Client Failure"``).

    ``short=True`` gives the short form for narrow displays (at most
    ``SHORT_COLUMNS`` display columns in every shipped locale);
    ``ascii=True`` printable ASCII only (``reason(486, "ru", ascii=True)``
    is a transliteration; scripts that do not transliterate give English's
    form); both combine (``sip_reason_as`` in C).

    Raises ``ValueError`` for a number outside 100 to 699, ``TypeError`` for
    a ``code`` that is not an int or a ``lang`` that is not a str or None.
    """
    value = _int_arg(code, "code")
    form = (_FORM_SHORT if short else 0) | (_FORM_ASCII if ascii else 0)
    result: bytes | None
    if form:
        result = _sip_reason_as(_c_int(value), _lang_arg(lang), form)
    else:
        result = _sip_reason(_c_int(value), _lang_arg(lang))
    if result is None:
        raise ValueError(f"{value} is not a SIP response code: codes are 100 to 699")
    return result.decode("utf-8")


def description(code: int, lang: str | None = None) -> str:
    """One sentence, in the language ``lang`` matches, on when ``code`` is sent.

    Raises ``ValueError`` for a code that is not known (see ``is_known``),
    ``TypeError`` as ``reason`` does.
    """
    value = _int_arg(code, "code")
    result: bytes | None = _sip_description(_c_int(value), _lang_arg(lang))
    if result is None:
        raise ValueError(f"{value} is not a known SIP response code: it has no description")
    return result.decode("utf-8")


def status_class(code: int) -> SipClass:
    """The class of ``code`` by its first digit, known or not.

    ``SipClass.INVALID`` (which is false) for any number outside 100 to 699,
    as in C: ``status_class(486) is SipClass.CLIENT_FAILURE``. Raises
    ``TypeError`` for a ``code`` that is not an int.
    """
    return SipClass(_sip_class(_c_int(_int_arg(code, "code"))))


def class_name(cls: int, lang: str | None = None) -> str:
    """The name of class ``cls`` (a ``SipClass`` or 1 to 6) in the language
    ``lang`` matches: ``class_name(SipClass.CLIENT_FAILURE) == "Client Failure"``.

    Raises ``ValueError`` for ``SipClass.INVALID`` and any number outside 1
    to 6, ``TypeError`` for a ``cls`` that is not an int or a bad ``lang``.
    """
    value = _int_arg(cls, "cls")
    result: bytes | None = _sip_class_name(_c_int(value), _lang_arg(lang))
    if result is None:
        raise ValueError(f"{value} is not a SIP response class: classes are 1 to 6")
    return result.decode("utf-8")


def is_known(code: int) -> bool:
    """Whether ``code`` is in the library's table (every ``SipStatus``)."""
    return bool(_sip_is_known(_c_int(_int_arg(code, "code"))))


def negotiated_lang(lang: str | None) -> str:
    """The tag of the locale used for ``lang``: ``"de"`` for ``"de_AT.UTF-8"``,
    ``"en"`` for None and for anything that matches no locale."""
    return _text(_sip_negotiated_lang(_lang_arg(lang)))


def languages() -> tuple[str, ...]:
    """The tags of the available locales, English (``"en"``) first.

    The tuple grows when ``load_locale_dir`` adds a language.
    """
    return tuple(_text(_lib.sip_lang_at(i)) for i in range(_lib.sip_lang_count()))


def load_locale_dir(path: _Path) -> None:
    """Loads ``<path>/<lang>/*.ftl`` (Fluent files) into the library.

    A new language is added; a shipped one has the loaded messages replace
    its own. All or nothing: on any error nothing changes and ``LocaleError``
    is raised with the library's message, which names file and line. The
    change is process-wide, as the library is, and other threads keep
    reading while it happens.
    """
    encoded = os.fsencode(path)
    if b"\0" in encoded:
        raise ValueError(f"path must not contain a NUL character: {path!r}")
    err = ctypes.create_string_buffer(4096)
    if not _lib.sip_load_locale_dir(encoded, err, len(err)):
        raise LocaleError(err.value.decode("utf-8", "replace"))


def lang_from_accept_language(value: str | None) -> str:
    """The available locale that best matches a SIP ``Accept-Language`` value
    (RFC 3261 §20.3), usable as ``lang``: q-values, ``*`` and ``q=0`` count,
    malformed parts are skipped, and ``"en"`` is the answer when nothing
    matches or ``value`` is None or empty.

    >>> lang_from_accept_language("eu, de-CH;q=0.8, en;q=0.7")
    'de'
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"value must be a str or None, not {type(value).__name__}")
    if value is not None and "\0" in value:
        raise ValueError(f"value must not contain a NUL character: {value!r}")
    # A lone surrogate reaches the library as invalid UTF-8, which
    # disqualifies its part, as in C.
    encoded = None if value is None else value.encode("utf-8", "surrogatepass")
    return _text(_lib.sip_lang_from_accept_language(encoded))


class Q850Class(IntEnum):
    """The class of an ITU-T Q.850 cause value: its top three bits.

    The values are those of the C enum ``SipQ850Class``; ``INVALID`` (0) is
    the class of a number outside 1 to 127.
    """

    INVALID = 0
    NORMAL_EVENT = 1
    RESOURCE_UNAVAILABLE = 2
    SERVICE_NOT_AVAILABLE = 3
    SERVICE_NOT_IMPLEMENTED = 4
    INVALID_MESSAGE = 5
    PROTOCOL_ERROR = 6
    INTERWORKING = 7


def to_q850(code: int) -> int | None:
    """The Q.850 cause for SIP final response ``code`` (RFC 3398 §8.2.6.1),
    e.g. 17 for 486; None where the RFC has no mapping (1xx to 3xx, 487,
    numbers that are not codes)."""
    cause = _lib.sip_to_q850(_c_int(_int_arg(code, "code")))
    return cause or None


def from_q850(cause: int) -> int | None:
    """The SIP response for Q.850 cause ``cause`` (RFC 3398 §7.2.4.1), e.g.
    486 for 17; None for 16, 44 and values outside 1 to 127."""
    code = _lib.sip_from_q850(_c_int(_int_arg(cause, "cause")))
    return code or None


def q850_name(cause: int, lang: str | None = None) -> str:
    """The name of Q.850 cause ``cause`` in the language ``lang`` matches,
    e.g. ``q850_name(17) == "User busy"``.

    Raises ``ValueError`` for a value Q.850 does not assign.
    """
    n = _int_arg(cause, "cause")
    result = _lib.sip_q850_name(_c_int(n), _lang_arg(lang))
    if result is None:
        raise ValueError(f"{n} is not an assigned Q.850 cause value")
    return _text(result)


def q850_class(cause: int) -> Q850Class:
    """The class of cause value ``cause`` (any value of 1 to 127, assigned
    or not); ``Q850Class.INVALID`` outside that range."""
    return Q850Class(_lib.sip_q850_class(_c_int(_int_arg(cause, "cause"))))


def q850_class_name(cls: int, lang: str | None = None) -> str:
    """The name of a ``Q850Class`` (1 to 7) in the language ``lang`` matches.

    Raises ``ValueError`` for 0 and values outside 1 to 7.
    """
    n = _int_arg(cls, "cls")
    result = _lib.sip_q850_class_name(_c_int(n), _lang_arg(lang))
    if result is None:
        raise ValueError(f"{n} is not a Q.850 cause class (1 to 7)")
    return _text(result)


def format_reason(cause: int, lang: str | None = None) -> str:
    """The Reason header value for Q.850 cause ``cause`` (RFC 3326),
    e.g. ``'Q.850;cause=17;text="User busy"'``.

    Raises ``ValueError`` for a value Q.850 does not assign.
    """
    n = _c_int(_int_arg(cause, "cause"))
    lang_c = _lang_arg(lang)
    # One call formats one snapshot of the locales and says how long that
    # value is: when it fits, it was written whole. When it does not (a
    # reload in another thread may lengthen the text between two calls),
    # grow the buffer and format again; never take a length from one call
    # and the text from another.
    size = 128
    while True:
        buf = ctypes.create_string_buffer(size)
        needed = _lib.sip_format_reason(n, lang_c, buf, size)
        if needed == 0:
            raise ValueError(f"{cause} is not an assigned Q.850 cause value")
        if needed < size:
            return buf.raw[:needed].decode("utf-8")
        size = needed + 1


def _formatted(call: Callable[[ctypes.Array[ctypes.c_char], int], int], what: str) -> str:
    """Calls an snprintf-style ``sip_format_*`` function as its documentation
    asks: the buffer grows while the value does not fit (a reload in another
    thread may change the text between two calls). ``ValueError(what)`` where
    the function gives 0."""
    size = 64
    while True:
        buf = ctypes.create_string_buffer(size)
        needed = call(buf, size)
        if needed == 0:
            raise ValueError(what)
        if needed < size:
            return buf.value.decode("utf-8")
        size = needed + 1


def format_reason_sip(code: int, lang: str | None = None) -> str:
    """The Reason header value of the SIP protocol (RFC 3326) for a known
    ``code``, with its phrase in the language ``lang`` matches, e.g.
    ``'SIP;cause=600;text="Busy Everywhere"'``.

    Raises ``ValueError`` for a code that is not known (see ``is_known``).
    """
    n = _c_int(_int_arg(code, "code"))
    lang_c = _lang_arg(lang)
    return _formatted(
        lambda buf, size: _lib.sip_format_reason_sip(n, lang_c, buf, size),
        f"{code} is not a known SIP response code",
    )


def warning_text(code: int, lang: str | None = None) -> str:
    """The text of registered warn-code ``code`` (RFC 3261 §20.43) in the
    language ``lang`` matches: ``warning_text(370) == "Insufficient
    bandwidth"``, the registered text in English.

    Raises ``ValueError`` for a code that is not registered (e.g. 390).
    """
    n = _int_arg(code, "code")
    result = _lib.sip_warning_text(_c_int(n), _lang_arg(lang))
    if result is None:
        raise ValueError(f"{n} is not a registered warn-code")
    return _text(result)


def _text_arg(value: object, what: str) -> bytes:
    """A str for C: NUL-free UTF-8."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise ValueError(f"{what} must not contain a NUL character: {value!r}")
    return value.encode("utf-8")


def format_warning(code: int, agent: str, lang: str | None = None) -> str:
    """The Warning header value for registered warn-code ``code`` added by
    ``agent`` (a host, ``host:port``, ``[IPv6]`` or a token), with the code's
    text in the language ``lang`` matches, e.g.
    ``'370 sip.example.com "Insufficient bandwidth"'``.

    Raises ``ValueError`` for a code that is not registered or an agent that
    is neither a hostport nor a token (or longer than 255 bytes).
    """
    n = _c_int(_int_arg(code, "code"))
    agent_c = _text_arg(agent, "agent")
    lang_c = _lang_arg(lang)
    return _formatted(
        lambda buf, size: _lib.sip_format_warning(n, agent_c, lang_c, buf, size),
        f"no Warning value for code {code} and agent {agent!r}: "
        "the code must be registered, the agent a host[:port] or a token",
    )


@dataclass(frozen=True)
class SipWarning:
    """One value of a Warning header, as ``parse_warning`` reads it."""

    code: int
    """The warn-code, 0 to 999, registered or not."""
    known: bool
    """Whether ``code`` is registered (``warning_text`` gives its text)."""
    agent: str
    """The warn-agent, as written (cut to 255 bytes: see ``agent_truncated``)."""
    text: str
    """The warn-text, unescaped, not cleaned: pass it to ``sanitize_text``
    before showing it (cut to 255 bytes: see ``text_truncated``)."""
    agent_truncated: bool = False
    text_truncated: bool = False


def _warning(w: _ffi.SipWarning) -> SipWarning:
    return SipWarning(
        code=w.code,
        known=bool(w.known),
        agent=w.agent.decode("utf-8"),
        text=w.text.decode("utf-8"),
        agent_truncated=bool(w.agent_truncated),
        text_truncated=bool(w.text_truncated),
    )


def parse_warnings(value: str) -> list[SipWarning]:
    """Every value of a Warning header value (what follows ``Warning:``), in
    order: ``parse_warnings('307 isi.edu "Bad SDP"')[0].code == 307``.

    Raises ``ValueError`` for a malformed value (and one longer than 1023
    bytes, which the library does not read); see ``sip_parse_warning``.
    """
    encoded = _text_arg(value, "value")
    count = _lib.sip_parse_warnings(encoded, None, 0)
    if count == 0:
        raise ValueError(f"malformed Warning header value: {value!r}")
    parsed = (_ffi.SipWarning * count)()
    _lib.sip_parse_warnings(encoded, parsed, count)
    return [_warning(w) for w in parsed]


def parse_warning(value: str) -> SipWarning:
    """The first value of a Warning header value; ``ValueError`` as for
    ``parse_warnings``."""
    return parse_warnings(value)[0]


def sanitize_text(text: str | bytes) -> str:
    """``text`` received from the network (a reason phrase, warn-text or
    Reason text; bytes in any encoding or a str) made into one clean line:
    invalid UTF-8 becomes U+FFFD, control characters (NUL, CR, LF, TAB, ...)
    and U+2028/U+2029 a space, bidi controls are removed, runs of spaces
    collapsed and the ends trimmed (``sip_sanitize_text``). May be ``""``.
    """
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError(f"text must be a str or bytes, not {type(text).__name__}")
    size = len(data) + 1
    while True:
        buf = ctypes.create_string_buffer(size)
        needed: int = _lib.sip_sanitize_text(data, len(data), buf, size)
        if needed < size:
            return buf.value.decode("utf-8")
        size = needed + 1


def is_valid_reason_phrase(phrase: str | bytes) -> bool:
    """Whether ``phrase`` may be the Reason-Phrase of a SIP status line
    (RFC 3261 §25.1): no control character but tab, none of ``"#<>[\\]^`{|}``,
    ``%`` only before two hex digits, valid UTF-8. False for a phrase of
    1024 bytes or more, which the library does not read."""
    if isinstance(phrase, str):
        data = phrase.encode("utf-8", "surrogatepass")
    elif isinstance(phrase, (bytes, bytearray, memoryview)):
        data = bytes(phrase)
    else:
        raise TypeError(f"phrase must be a str or bytes, not {type(phrase).__name__}")
    # C reads up to a NUL, which is a control character: no phrase has one.
    return b"\0" not in data and bool(_lib.sip_is_valid_reason_phrase(data))


class _SipStatusBase(IntEnum):
    """The behaviour of ``SipStatus``; its members come from the library."""

    @property
    def phrase(self) -> str:
        """The English reason phrase: ``SipStatus.BUSY_HERE.phrase == "Busy Here"``."""
        return reason(self)

    @property
    def description(self) -> str:
        """One English sentence on when the code is sent."""
        return description(self)

    @property
    def status_class(self) -> SipClass:
        """The code's class, e.g. ``SipClass.CLIENT_FAILURE`` for 486."""
        return status_class(self)

    @property
    def is_provisional(self) -> bool:
        """1xx."""
        return status_class(self) is SipClass.PROVISIONAL

    @property
    def is_success(self) -> bool:
        """2xx."""
        return status_class(self) is SipClass.SUCCESS

    @property
    def is_redirection(self) -> bool:
        """3xx."""
        return status_class(self) is SipClass.REDIRECTION

    @property
    def is_client_failure(self) -> bool:
        """4xx."""
        return status_class(self) is SipClass.CLIENT_FAILURE

    @property
    def is_server_failure(self) -> bool:
        """5xx."""
        return status_class(self) is SipClass.SERVER_FAILURE

    @property
    def is_global_failure(self) -> bool:
        """6xx."""
        return status_class(self) is SipClass.GLOBAL_FAILURE

    # The names of http.HTTPStatus (Python 3.12) where the meaning is the
    # same; is_success and is_redirection are the same names already.

    @property
    def is_informational(self) -> bool:
        """1xx: ``is_provisional`` under ``http.HTTPStatus``'s name."""
        return self.is_provisional

    @property
    def is_client_error(self) -> bool:
        """4xx: ``is_client_failure`` under ``http.HTTPStatus``'s name."""
        return self.is_client_failure

    @property
    def is_server_error(self) -> bool:
        """5xx: ``is_server_failure`` under ``http.HTTPStatus``'s name."""
        return self.is_server_failure

    @property
    def short_phrase(self) -> str:
        """The English short form (at most 16 columns): ``"Call Cancelled"`` for 487."""
        return reason(self, short=True)

    def reason(self, lang: str | None = None, *, short: bool = False, ascii: bool = False) -> str:
        """The reason phrase in the language ``lang`` matches:
        ``SipStatus(486).reason("de") == "Besetzt"``; ``short`` and ``ascii``
        as for the module's ``reason``."""
        return reason(self, lang, short=short, ascii=ascii)


class SipStatus(_SipStatusBase):
    """Every SIP response code the library knows, as an ``IntEnum``.

    ``SipStatus.BUSY_HERE == 486``; ``SipStatus(486).phrase == "Busy Here"``;
    ``SipStatus(499)`` raises ``ValueError``, since 499 is not a known code.
    The members are the library's table (``sip_known_at``), named by
    ``sip_code_name``, written out here so that type checkers and IDEs see
    them; python/tests/test_enum.py fails when the two differ.
    """

    # BEGIN members: written by python/tests/test_enum.py from the library's
    # table; do not edit. After a change to the table in Rust, rewrite with
    #   cargo build && SIPSTATUS_BLESS=1 SIPSTATUS_LIBRARY=target/debug/libsipstatus.so \
    #       target/py-venv/bin/pytest python/tests/test_enum.py
    TRYING = 100
    RINGING = 180
    CALL_IS_BEING_FORWARDED = 181
    QUEUED = 182
    SESSION_PROGRESS = 183
    EARLY_DIALOG_TERMINATED = 199
    OK = 200
    ACCEPTED = 202
    NO_NOTIFICATION = 204
    MULTIPLE_CHOICES = 300
    MOVED_PERMANENTLY = 301
    MOVED_TEMPORARILY = 302
    USE_PROXY = 305
    ALTERNATIVE_SERVICE = 380
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    PAYMENT_REQUIRED = 402
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    NOT_ACCEPTABLE = 406
    PROXY_AUTHENTICATION_REQUIRED = 407
    REQUEST_TIMEOUT = 408
    CONFLICT = 409
    GONE = 410
    LENGTH_REQUIRED = 411
    CONDITIONAL_REQUEST_FAILED = 412
    REQUEST_ENTITY_TOO_LARGE = 413
    REQUEST_URI_TOO_LONG = 414
    UNSUPPORTED_MEDIA_TYPE = 415
    UNSUPPORTED_URI_SCHEME = 416
    UNKNOWN_RESOURCE_PRIORITY = 417
    BAD_EXTENSION = 420
    EXTENSION_REQUIRED = 421
    SESSION_INTERVAL_TOO_SMALL = 422
    INTERVAL_TOO_BRIEF = 423
    BAD_LOCATION_INFORMATION = 424
    BAD_ALERT_MESSAGE = 425
    USE_IDENTITY_HEADER = 428
    PROVIDE_REFERRER_IDENTITY = 429
    FLOW_FAILED = 430
    ANONYMITY_DISALLOWED = 433
    BAD_IDENTITY_INFO = 436
    UNSUPPORTED_CREDENTIAL = 437
    INVALID_IDENTITY_HEADER = 438
    FIRST_HOP_LACKS_OUTBOUND_SUPPORT = 439
    MAX_BREADTH_EXCEEDED = 440
    BAD_INFO_PACKAGE = 469
    CONSENT_NEEDED = 470
    TEMPORARILY_UNAVAILABLE = 480
    CALL_TRANSACTION_DOES_NOT_EXIST = 481
    LOOP_DETECTED = 482
    TOO_MANY_HOPS = 483
    ADDRESS_INCOMPLETE = 484
    AMBIGUOUS = 485
    BUSY_HERE = 486
    REQUEST_TERMINATED = 487
    NOT_ACCEPTABLE_HERE = 488
    BAD_EVENT = 489
    REQUEST_PENDING = 491
    UNDECIPHERABLE = 493
    SECURITY_AGREEMENT_REQUIRED = 494
    SERVER_INTERNAL_ERROR = 500
    NOT_IMPLEMENTED = 501
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    SERVER_TIME_OUT = 504
    VERSION_NOT_SUPPORTED = 505
    MESSAGE_TOO_LARGE = 513
    PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED = 555
    PRECONDITION_FAILURE = 580
    BUSY_EVERYWHERE = 600
    DECLINE = 603
    DOES_NOT_EXIST_ANYWHERE = 604
    NOT_ACCEPTABLE_GLOBAL = 606
    UNWANTED = 607
    REJECTED = 608
    PARTY_HANGS_UP = 701
    # END members


class ReasonProtocol(IntEnum):
    """The protocol of a Reason header value.

    The values are those of the C enum ``SipReasonProtocol``, whose
    ``NONE`` (what a rejected parse leaves) is never in a ``Reason``:
    ``parse_reason`` raises instead.
    """

    SIP = 1
    """``cause`` is a SIP status code."""
    Q850 = 2
    """``cause`` is a Q.850 cause value."""
    OTHER = 3
    """Any other protocol token: see ``Reason.protocol_name``."""
    STIR = 4
    """STIR (RFC 9410): ``cause`` is the SIP status code of a STIR/SHAKEN
    verification failure (436, 437, 438 or 608)."""


@dataclass(frozen=True)
class Reason:
    """One value of a SIP Reason header (RFC 3326, RFC 8606), e.g.
    ``Q.850;cause=16;text="Normal call clearing";location=LN``, as
    ``parse_reason`` and ``parse_reasons`` read it."""

    protocol: ReasonProtocol
    """``SIP``, ``Q850``, ``STIR`` (in any letter case on the wire), or
    ``OTHER``."""
    protocol_name: str
    """The protocol token: ``"SIP"`` and ``"Q.850"`` as registered, any other
    as written, cut to 31 bytes."""
    cause: int | None
    """The ``cause`` parameter as written, not range-checked (0 to 2**31 - 1):
    a SIP status code for SIP, a Q.850 cause value for Q.850; None when
    absent."""
    text: str | None
    """The ``text`` parameter, unescaped (``\\"`` reads as ``"``, a folded
    line as one space); None when absent. At most 127 bytes of UTF-8, cut
    at a character boundary (see ``text_truncated``). It holds no NUL, CR or
    LF, but may hold other control characters and bidi marks as the sender
    wrote them: clean it before showing it on a display."""
    text_truncated: bool
    """Whether ``text`` was cut to fit in 127 bytes."""
    location: int | None
    """The RFC 8606 ``location`` of a Q.850 value: the Q.850 location its
    token names, 0 (``U``) to 15 (``LOC-15``); None when absent, for other
    protocols, and for a token that is not one of the sixteen."""
    cause_known: bool = field(default=False, compare=False)
    """Whether ``cause`` is one its protocol defines (derived from
    ``protocol`` and ``cause``, so not compared): a known SIP code, an
    assigned Q.850 cause, 436, 437, 438 or 608 for STIR."""


# SIP_REASON_MAX_LEN: the most bytes of a value the C functions read, NUL
# included.
_REASON_MAX_LEN = 1024


def _reason_arg(value: object) -> bytes:
    """A Reason header value for C: NUL-free UTF-8 (lone surrogates pass
    through as bytes the library rejects), short enough to be read whole."""
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise ValueError(f"a Reason header value cannot contain NUL: {value!r}")
    encoded = value.encode("utf-8", "surrogatepass")
    if len(encoded) >= _REASON_MAX_LEN:
        raise ValueError(
            f"Reason header value too long: {len(encoded)} bytes of UTF-8, "
            f"the most read is {_REASON_MAX_LEN - 1}"
        )
    return encoded


def _reason(c: _ffi.SipReasonValue) -> Reason:
    # A protocol a later library names and this package does not: OTHER.
    known = c.protocol in ReasonProtocol._value2member_map_
    return Reason(
        protocol=ReasonProtocol(c.protocol) if known else ReasonProtocol.OTHER,
        cause_known=bool(c.cause_known),
        protocol_name=c.protocol_name.decode("utf-8"),
        cause=None if c.cause < 0 else c.cause,
        text=c.text.decode("utf-8") if c.has_text else None,
        text_truncated=bool(c.text_truncated),
        location=None if c.location < 0 else c.location,
    )


def parse_reason(value: str) -> Reason:
    """The first value of the Reason header value ``value`` (what follows
    ``Reason:``), e.g. for a BYE that ended a call:

    >>> r = parse_reason('Q.850;cause=16;text="Normal call clearing"')
    >>> r.protocol, r.cause, r.text
    (<ReasonProtocol.Q850: 2>, 16, 'Normal call clearing')

    The grammar is RFC 3326's, with RFC 8606's ``location``: comma-separated
    values ``protocol *(;param)``; ``cause``, ``text`` and ``location`` are
    read, other well-formed parameters skipped; tokens and parameter names
    match in any letter case. ``parse_reasons`` gives every value (e.g. the
    Q.850 one after a SIP one).

    Raises ``ValueError`` for a malformed value (an empty one, ``cause``,
    ``text`` or ``location`` twice in one value, an unquoted or unterminated
    text, a bare CR or LF, a control character outside an escape, a NUL,
    anything the grammar does not allow, 1024 bytes of UTF-8 or more),
    ``TypeError`` for a ``value`` that is not a str.
    """
    encoded = _reason_arg(value)
    out = _ffi.SipReasonValue()
    if not _lib.sip_parse_reason_value(encoded, ctypes.byref(out)):
        raise ValueError(f"malformed Reason header value: {value!r}")
    return _reason(out)


def parse_reasons(value: str) -> list[Reason]:
    """Every value of the Reason header value ``value``, in order:

    >>> [(r.protocol_name, r.cause) for r in parse_reasons("SIP;cause=600, Q.850;cause=17")]
    [('SIP', 600), ('Q.850', 17)]

    Raises as ``parse_reason`` does; a malformed value anywhere in the list
    rejects the whole header.
    """
    encoded = _reason_arg(value)
    count = _lib.sip_parse_reason_values(encoded, None, 0)
    if count == 0:
        raise ValueError(f"malformed Reason header value: {value!r}")
    out = (_ffi.SipReasonValue * count)()
    _lib.sip_parse_reason_values(encoded, out, count)
    return [_reason(c) for c in out]


__version__: str = _text(_lib.sip_version())
