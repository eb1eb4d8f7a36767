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
    "library_path",
    "__version__",
]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Union

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

    >>> lang_from_accept_language("da, de-CH;q=0.8, en;q=0.7")
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

    @property
    def short_phrase(self) -> str:
        """The English short form (at most 16 columns): ``"Call Cancelled"`` for 487."""
        return reason(self, short=True)

    def reason(self, lang: str | None = None, *, short: bool = False, ascii: bool = False) -> str:
        """The reason phrase in the language ``lang`` matches:
        ``SipStatus(486).reason("de") == "Besetzt"``; ``short`` and ``ascii``
        as for the module's ``reason``."""
        return reason(self, lang, short=short, ascii=ascii)


def _members() -> list[tuple[str, int]]:
    """Every known code with its constant name, from the library's table."""
    members = []
    for i in range(_lib.sip_known_count()):
        code = _lib.sip_known_at(i)
        members.append((_text(_lib.sip_code_name(code)), code))
    return members


if TYPE_CHECKING:
    from enum import EnumMeta

    class _SipStatusMeta(EnumMeta):
        # The members are made at run time, so a type checker sees none:
        # every unknown attribute of SipStatus is taken as a member.
        def __getattr__(cls, name: str) -> SipStatus: ...

    class SipStatus(_SipStatusBase, metaclass=_SipStatusMeta):
        """Every SIP response code the library knows, as an ``IntEnum``."""

else:
    SipStatus = _SipStatusBase("SipStatus", _members(), module=__name__, qualname="SipStatus")
    SipStatus.__doc__ = """Every SIP response code the library knows, as an ``IntEnum``.

    ``SipStatus.BUSY_HERE == 486``; ``SipStatus(486).phrase == "Busy Here"``;
    ``SipStatus(499)`` raises ``ValueError``, since 499 is not a known code.
    The members are the library's table (``sip_known_at``), named by
    ``sip_code_name``, so a code added in Rust appears here with no second
    list.
    """

__version__: str = _text(_lib.sip_version())
