"""The Warning header, the SIP Reason value and received text, against the
library's texts (the facts file, conftest.py) and the C library's own
answers."""

from __future__ import annotations

import ctypes

import pytest

import sipstatus
from conftest import Facts
from sipstatus import SipStatus, SipWarning


@pytest.fixture
def registered(facts: Facts) -> list[int]:
    """The registered warn-codes, from the library's registry
    (sipstatus::WARN_CODES)."""
    return sorted(facts.warn_codes)


def test_the_registry_has_15_codes(registered: list[int]) -> None:
    assert len(registered) == 15
    assert sipstatus.warning_text(370) == "Insufficient bandwidth"
    assert sipstatus.warning_text(380) == "SIPS Not Allowed"
    assert sipstatus.warning_text(370, "de_AT.UTF-8") == "Unzureichende Bandbreite"


def test_every_code_in_every_locale(facts: Facts, registered: list[int]) -> None:
    raw = ctypes.CDLL(sipstatus.library_path)
    raw.sip_warning_text.restype = ctypes.c_char_p
    raw.sip_warning_text.argtypes = [ctypes.c_int, ctypes.c_char_p]
    assert sorted(facts.warning) == sorted(sipstatus.languages())
    for lang in sipstatus.languages():
        values = facts.warning[lang]
        assert sorted(values) == registered, lang
        for n in registered:
            text = sipstatus.warning_text(n, lang)
            assert text == values[n], (lang, n)
            assert raw.sip_warning_text(n, lang.encode()).decode() == text
            assert sipstatus.is_valid_reason_phrase(text), (lang, n)


def test_unregistered_codes_raise() -> None:
    for bad in (-1, 0, 299, 309, 382, 383, 390, 400, 999, 2**40):
        with pytest.raises(ValueError, match="not a registered warn-code"):
            sipstatus.warning_text(bad)
        with pytest.raises(ValueError):
            sipstatus.format_warning(bad, "gw")
    with pytest.raises(TypeError):
        sipstatus.warning_text("307")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sipstatus.warning_text(True)


def test_format_and_parse_in_every_locale(registered: list[int]) -> None:
    agents = ("sip.example.com:5060", "[2001:db8::1]", "gw-1", "-", "192.0.2.1:5061")
    for lang in sipstatus.languages():
        for n in registered:
            for agent in agents:
                value = sipstatus.format_warning(n, agent, lang)
                text = sipstatus.warning_text(n, lang)
                escaped = text.replace("\\", "\\\\").replace('"', '\\"')
                assert value == f'{n:03d} {agent} "{escaped}"'
                assert sipstatus.parse_warning(value) == SipWarning(n, True, agent, text)


def test_format_refuses_bad_agents() -> None:
    for bad in (
        "",
        " ",
        "a b",
        "a@b",
        "host:",
        "host:5a",
        "[::1",
        "[fe80::1%eth0]",
        "é",
        "a" * 256,
    ):
        with pytest.raises(ValueError, match="agent"):
            sipstatus.format_warning(399, bad)
    assert sipstatus.format_warning(399, "a" * 255).startswith("399 aaa")
    with pytest.raises(ValueError):
        sipstatus.format_warning(399, "gw\0")
    with pytest.raises(TypeError):
        sipstatus.format_warning(399, b"gw")  # type: ignore[arg-type]


def test_parse() -> None:
    w = sipstatus.parse_warning("307 isi.edu \"Session parameter 'foo' not understood\"")
    assert w == SipWarning(307, True, "isi.edu", "Session parameter 'foo' not understood")
    many = sipstatus.parse_warnings(
        ' 370 [::1]:5061 "a \\"b\\" \\\\" ,\t390\r\n x "忙", 099 GW.Example.COM "" '
    )
    assert [(w.code, w.known, w.agent) for w in many] == [
        (370, True, "[::1]:5061"),
        (390, False, "x"),
        (99, False, "GW.Example.COM"),
    ]
    assert [w.text for w in many] == ['a "b" \\', "忙", ""]
    for bad in ("", '30 a "b"', "307 a", "307 a b", '307 a "b",', '307 a@b "c"', '307 a "\x01"'):
        with pytest.raises(ValueError, match="malformed Warning"):
            sipstatus.parse_warning(bad)
    # The library reads at most 1023 bytes.
    assert sipstatus.parse_warning('399 x "' + "y" * 1015 + '"').code == 399
    with pytest.raises(ValueError):
        sipstatus.parse_warning('399 x "' + "y" * 1016 + '"')


def test_the_struct_layout_matches_the_library() -> None:
    # Long fields are cut to the C array's size - 1: this holds only if the
    # package's SipWarning has the header's sizes and offsets.
    w = sipstatus.parse_warning("399 " + "a" * 300 + ' "' + "忙" * 100 + '"')
    assert w.agent_truncated and w.agent == "a" * 255
    assert w.text_truncated and w.text == "忙" * 85
    # Exactly n entries are written: the one after them keeps its canary.
    raw = ctypes.CDLL(sipstatus.library_path)
    raw.sip_parse_warnings.restype = ctypes.c_size_t
    raw.sip_parse_warnings.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t]
    entries = (sipstatus._ffi.SipWarning * 3)()
    entries[2].code = 12345
    value = b'300 a "b", 301 c "d", 302 e "f"'
    assert raw.sip_parse_warnings(value, ctypes.addressof(entries), 2) == 3
    assert [entries[0].code, entries[1].code, entries[2].code] == [300, 301, 12345]
    assert entries[1].agent == b"c" and entries[1].text == b"d"


def test_format_reason_sip() -> None:
    assert sipstatus.format_reason_sip(600) == 'SIP;cause=600;text="Busy Everywhere"'
    for lang in sipstatus.languages():
        for member in SipStatus:
            phrase = sipstatus.reason(member, lang)
            assert sipstatus.format_reason_sip(member, lang) == (
                f'SIP;cause={int(member)};text="{phrase}"'
            )
    for bad in (0, 99, 499, 700, -1, 2**40):
        with pytest.raises(ValueError, match="not a known SIP response code"):
            sipstatus.format_reason_sip(bad)


def test_sanitize_text() -> None:
    cases: list[tuple[str | bytes, str]] = [
        ("Busy Here", "Busy Here"),
        ("  Busy\r\n\tHere  ", "Busy Here"),
        (b"a\0b", "a b"),
        ("\x1b[31mred", "[31mred"),
        ("a\x7f\x85b", "a b"),
        ("a\u2028b\u2029c", "a b c"),
        ("\u202egnp.exe\u202c", "gnp.exe"),
        ("a \u2066b\u2069 \u200fc\u061c", "a b c"),
        (b"a\xffb", "a\ufffdb"),
        (b"\xed\xa0\x80", "\ufffd" * 3),
        ("\ud800", "\ufffd" * 3),
        ("\xa0 x \u3000", "x"),
        ("مشغول", "مشغول"),
        (" \t\r\n", ""),
        ("", ""),
        (b"\xff" * 100, "\ufffd" * 100),
    ]
    for given, want in cases:
        assert sipstatus.sanitize_text(given) == want, given
    with pytest.raises(TypeError):
        sipstatus.sanitize_text(17)  # type: ignore[arg-type]


def test_reason_phrases() -> None:
    for good in ("", "OK", "Busy Here", "tab\there", "%20", "Не найдено", b"\xe6\x9c\xaa"):
        assert sipstatus.is_valid_reason_phrase(good), good
    for bad in ("a\r\nb", "a\0b", 'say "hi"', "<x>", "50%", "\x85", b"\xff", b"\xc0\xaf"):
        assert not sipstatus.is_valid_reason_phrase(bad), bad
    assert sipstatus.is_valid_reason_phrase("a" * 1023)
    assert not sipstatus.is_valid_reason_phrase("a" * 1024)
    for lang in sipstatus.languages():
        for member in SipStatus:
            assert sipstatus.is_valid_reason_phrase(sipstatus.reason(member, lang))
