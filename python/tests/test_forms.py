"""Short and ASCII forms (sip_reason_as): reason(..., short=, ascii=) and SipStatus."""

from __future__ import annotations

import sipstatus
from sipstatus import SipStatus


def test_default_is_the_phrase() -> None:
    for code in (100, 486, 499, 606, 701):
        assert sipstatus.reason(code, "de", short=False, ascii=False) == sipstatus.reason(
            code, "de"
        )


def test_english_short_forms() -> None:
    assert sipstatus.reason(487, short=True) == "Call Cancelled"
    assert sipstatus.reason(486, short=True) == "Busy Here"
    assert sipstatus.reason(499, short=True) == "Client Failure"
    assert SipStatus.REQUEST_TERMINATED.short_phrase == "Call Cancelled"
    assert SipStatus(606).reason(short=True) != SipStatus(406).reason(short=True)


def test_every_locale_every_form() -> None:
    for lang in sipstatus.languages():
        seen: dict[str, int] = {}
        for member in SipStatus:
            ascii_text = sipstatus.reason(member, lang, ascii=True)
            both = sipstatus.reason(member, lang, short=True, ascii=True)
            assert all(0x20 <= ord(c) <= 0x7E for c in ascii_text + both), (lang, member)
            assert len(both) <= sipstatus.SHORT_COLUMNS, (lang, member, both)
            assert both not in seen, f"{lang}: {member.value} and {seen[both]} share {both!r}"
            seen[both] = member.value
            assert member.reason(lang, short=True) == sipstatus.reason(member, lang, short=True)


def test_scripts_without_transliteration_give_english_ascii() -> None:
    if "ja" in sipstatus.languages():
        assert sipstatus.reason(486, "ja", ascii=True) == "Busy Here"
    assert sipstatus.reason(486, "xx-unshipped", ascii=True, short=True) == "Busy Here"


def test_bad_codes_still_raise() -> None:
    import pytest

    with pytest.raises(ValueError):
        sipstatus.reason(99, "de", short=True)
    with pytest.raises(TypeError):
        sipstatus.reason("486", short=True)  # type: ignore[arg-type]
