"""Accept-Language and Q.850 wrappers against the C library's answers."""

from __future__ import annotations

import ctypes

import pytest

import sipstatus
from sipstatus import Q850Class


def test_accept_language() -> None:
    assert sipstatus.lang_from_accept_language("de-CH, fr;q=0.5") == "de"
    assert sipstatus.lang_from_accept_language("fr;q=0.5, de;q=0.4") == "fr"
    assert sipstatus.lang_from_accept_language("de;q=0, fr;q=0.1") == "fr"
    for value in (None, "", "xx", ";;;", "*"):
        assert sipstatus.lang_from_accept_language(value) == "en"
    for tag in sipstatus.languages():
        assert sipstatus.lang_from_accept_language(f"en;q=0.5, {tag}") == tag


def test_accept_language_errors() -> None:
    with pytest.raises(TypeError):
        sipstatus.lang_from_accept_language(b"de")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sipstatus.lang_from_accept_language("de\0")


def test_rfc_3398_examples() -> None:
    assert sipstatus.to_q850(486) == 17
    assert sipstatus.to_q850(504) == 102
    assert sipstatus.to_q850(505) == 127
    assert sipstatus.to_q850(487) is None
    assert sipstatus.to_q850(180) is None
    assert sipstatus.from_q850(17) == 486
    assert sipstatus.from_q850(29) == 501
    assert sipstatus.from_q850(16) is None
    assert sipstatus.from_q850(44) is None
    assert sipstatus.from_q850(128) is None


def test_mappings_agree_with_c_for_every_value() -> None:
    lib = ctypes.CDLL(sipstatus.library_path)
    lib.sip_to_q850.argtypes = lib.sip_from_q850.argtypes = [ctypes.c_int]
    for n in range(-5, 1001):
        assert (sipstatus.to_q850(n) or 0) == lib.sip_to_q850(n)
        assert (sipstatus.from_q850(n) or 0) == lib.sip_from_q850(n)


def test_names_and_classes() -> None:
    assert sipstatus.q850_name(17) == "User busy"
    assert sipstatus.q850_name(17, "de") != "User busy"
    assert sipstatus.q850_class(17) is Q850Class.NORMAL_EVENT
    assert sipstatus.q850_class(34) is Q850Class.RESOURCE_UNAVAILABLE
    assert sipstatus.q850_class(127) is Q850Class.INTERWORKING
    assert sipstatus.q850_class(0) is Q850Class.INVALID
    assert sipstatus.q850_class_name(Q850Class.INTERWORKING) == "Interworking"
    for bad in (0, 10, 45, 128, -1, 2**40):
        with pytest.raises(ValueError, match=str(bad)):
            sipstatus.q850_name(bad)
    for bad in (0, 8, -1):
        with pytest.raises(ValueError):
            sipstatus.q850_class_name(bad)
    with pytest.raises(TypeError):
        sipstatus.q850_name("17")  # type: ignore[arg-type]


def test_format_reason() -> None:
    assert sipstatus.format_reason(17) == 'Q.850;cause=17;text="User busy"'
    for lang in sipstatus.languages():
        value = sipstatus.format_reason(16, lang)
        assert value.startswith('Q.850;cause=16;text="')
        assert sipstatus.q850_name(16, lang) in value
    with pytest.raises(ValueError):
        sipstatus.format_reason(45)
