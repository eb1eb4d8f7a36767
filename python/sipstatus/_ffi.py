"""Loads the sipstatus C library and declares every function the package calls.

The library is the one C firmware links (``include/sipstatus.h``): the build
puts it in this folder as ``_libsipstatus.abi3.so`` (``.pyd`` on Windows).
The environment variable ``SIPSTATUS_LIBRARY``, read once at import, loads
another build instead: a path, or a bare name such as ``libsipstatus.so``
that the dynamic loader finds.
"""

from __future__ import annotations

import ctypes
import os
from importlib.machinery import EXTENSION_SUFFIXES

ENV_VAR = "SIPSTATUS_LIBRARY"

_STEM = "_libsipstatus"

_int = ctypes.c_int
_size = ctypes.c_size_t
_bool = ctypes.c_bool
# c_char_p as a result gives bytes, or None for NULL; as an argument it takes
# bytes or None.
_str = ctypes.c_char_p


class SipReason(ctypes.Structure):
    """``struct SipReason`` of include/sipstatus.h: one value of a Reason
    header, as ``sip_parse_reason`` fills it (python/tests/test_reason.py
    compares the fields with the header's)."""

    _fields_ = [
        ("protocol", _int),  # enum SipReasonProtocol, an int-sized C enum
        ("cause", _int),
        ("location", _int),
        ("has_text", _bool),
        ("text_truncated", _bool),
        ("protocol_name", ctypes.c_char * 32),  # SIP_REASON_PROTOCOL_SIZE
        ("text", ctypes.c_char * 128),  # SIP_REASON_TEXT_SIZE
    ]


class SipReasonValue(ctypes.Structure):
    """``struct SipReasonValue`` of include/sipstatus.h: ``SipReason`` with
    STIR told apart (``protocol`` an int, 4 for STIR) and ``cause_known``,
    as ``sip_parse_reason_value(s)`` fills it."""

    _fields_ = [
        ("protocol", _int),
        ("cause", _int),
        ("location", _int),
        ("cause_known", _bool),
        ("has_text", _bool),
        ("text_truncated", _bool),
        ("protocol_name", ctypes.c_char * 32),  # SIP_REASON_PROTOCOL_SIZE
        ("text", ctypes.c_char * 128),  # SIP_REASON_TEXT_SIZE
    ]


# The sizes of the char arrays of SipWarning, as include/sipstatus.h
# defines them (SIP_WARNING_AGENT_SIZE, SIP_WARNING_TEXT_SIZE). The tests
# probe them through the library (a long value is cut to size - 1 bytes).
WARNING_AGENT_SIZE = 256
WARNING_TEXT_SIZE = 256


class SipWarning(ctypes.Structure):
    """``SipWarning`` of include/sipstatus.h: one parsed Warning value."""

    _fields_ = [
        ("code", _int),
        ("known", _bool),
        ("agent_truncated", _bool),
        ("text_truncated", _bool),
        ("agent", ctypes.c_char * WARNING_AGENT_SIZE),
        ("text", ctypes.c_char * WARNING_TEXT_SIZE),
    ]


_buf = ctypes.POINTER(ctypes.c_char)

# name: (result, arguments), as in include/sipstatus.h. `enum SipClass` is an
# int-sized C enum.
_PROTOTYPES: dict[str, tuple[object, list[object]]] = {
    "sip_class": (_int, [_int]),
    "sip_reason": (_str, [_int, _str]),
    "sip_reason_as": (_str, [_int, _str, ctypes.c_uint]),
    "sip_description": (_str, [_int, _str]),
    "sip_class_name": (_str, [_int, _str]),
    "sip_is_known": (_bool, [_int]),
    "sip_negotiated_lang": (_str, [_str]),
    "sip_lang_count": (_size, []),
    "sip_lang_at": (_str, [_size]),
    "sip_known_count": (_size, []),
    "sip_known_at": (_int, [_size]),
    "sip_code_name": (_str, [_int]),
    "sip_version": (_str, []),
    "sip_load_locale_dir": (_bool, [_str, ctypes.POINTER(ctypes.c_char), _size]),
    "sip_lang_from_accept_language": (_str, [_str]),
    "sip_to_q850": (_int, [_int]),
    "sip_from_q850": (_int, [_int]),
    "sip_q850_name": (_str, [_int, _str]),
    "sip_q850_class": (_int, [_int]),
    "sip_q850_class_name": (_str, [_int, _str]),
    "sip_format_reason": (_size, [_int, _str, _buf, _size]),
    "sip_parse_reason": (_bool, [_str, ctypes.POINTER(SipReason)]),
    "sip_parse_reasons": (_size, [_str, ctypes.POINTER(SipReason), _size]),
    "sip_parse_reason_value": (_bool, [_str, ctypes.POINTER(SipReasonValue)]),
    "sip_parse_reason_values": (_size, [_str, ctypes.POINTER(SipReasonValue), _size]),
    "sip_format_reason_sip": (_size, [_int, _str, _buf, _size]),
    "sip_warning_text": (_str, [_int, _str]),
    "sip_format_warning": (_size, [_int, _str, _str, _buf, _size]),
    "sip_parse_warnings": (_size, [_str, ctypes.POINTER(SipWarning), _size]),
    "sip_sanitize_text": (_size, [_str, _size, _buf, _size]),
    "sip_is_valid_reason_phrase": (_bool, [_str]),
}


def _bundled_path() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    # The wheel is py3-none: .abi3.so is not among PyPy's suffixes, but
    # ctypes loads it all the same.
    for suffix in dict.fromkeys([*EXTENSION_SUFFIXES, ".abi3.so"]):
        path = os.path.join(here, _STEM + suffix)
        if os.path.isfile(path):
            return path
    raise ImportError(
        f"sipstatus: the C library {_STEM}.*.so is missing from {here}; "
        f"install the package with `pip install ./python` from the repository, "
        f"or set {ENV_VAR} to a build of libsipstatus"
    )


def _load() -> tuple[ctypes.CDLL, str]:
    override = os.environ.get(ENV_VAR)
    path = override or _bundled_path()
    origin = f" (from {ENV_VAR})" if override else ""
    try:
        lib = ctypes.CDLL(path)
    except OSError as e:
        raise ImportError(f"sipstatus: cannot load {path!r}{origin}: {e}") from e
    for name, (restype, argtypes) in _PROTOTYPES.items():
        try:
            function = getattr(lib, name)
        except AttributeError:
            raise ImportError(
                f"sipstatus: {path!r}{origin} has no function {name}: "
                "not a sipstatus library, or an older one"
            ) from None
        function.restype = restype
        function.argtypes = argtypes
    return lib, path


# The loaded library, and the path (or name) it was loaded from.
lib, path = _load()
