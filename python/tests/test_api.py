"""The module functions against the C library's own answers and the
library's texts (the facts file, conftest.py): every known code in en and
de, every number from -1 to 1000."""

from __future__ import annotations

import importlib.metadata
import re

import pytest

import sipstatus
from conftest import LOCALES, REPO
from sipstatus import SipClass

# NULL (None), tags in several spellings, POSIX names, and strings that match
# no locale: the Python function must give exactly what C gives.
LANGS = [
    None,
    "en",
    "de",
    "DE",
    "de-AT",
    "de_at",
    "de_DE.UTF-8",
    "de_CH@euro",
    "",
    "C",
    "POSIX",
    "xx",
    "x" * 64,
    "pt-BR",
    "zh-CN",
]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_known_code_matches_the_librarys_texts(raw, facts, lang):
    reasons, descriptions = facts.reason[lang], facts.description[lang]
    codes = raw.known_codes()
    assert len(codes) >= 78
    assert codes == facts.known
    for code in codes:
        assert sipstatus.reason(code, lang) == reasons[code]
        assert sipstatus.description(code, lang) == descriptions[code]
        assert sipstatus.SipStatus(code).reason(lang) == reasons[code]
    assert sorted(facts.class_id) == list(range(1, 7))
    for cls in range(1, 7):
        name = SipClass(cls).name.lower().replace("_", "-")
        assert facts.class_id[cls] == f"class-{name}"
        assert sipstatus.class_name(cls, lang) == facts.class_name[lang][cls]


@pytest.mark.parametrize("lang", LANGS)
def test_every_number_matches_the_c_library(raw, lang):
    for code in range(-1, 1001):
        want = raw.reason(code, lang)
        if want is None:
            with pytest.raises(ValueError):
                sipstatus.reason(code, lang)
        else:
            assert sipstatus.reason(code, lang) == want
        want = raw.description(code, lang)
        if want is None:
            with pytest.raises(ValueError):
                sipstatus.description(code, lang)
        else:
            assert sipstatus.description(code, lang) == want
        assert sipstatus.status_class(code) == raw.lib.sip_class(code)
        assert sipstatus.is_known(code) == raw.lib.sip_is_known(code)
    for cls in range(-1, 9):
        want = raw.class_name(cls, lang)
        if want is None:
            with pytest.raises(ValueError):
                sipstatus.class_name(cls, lang)
        else:
            assert sipstatus.class_name(cls, lang) == want
    want = raw.lib.sip_negotiated_lang(None if lang is None else lang.encode()).decode()
    assert sipstatus.negotiated_lang(lang) == want


def test_known_phrases():
    assert sipstatus.reason(486) == "Busy Here"
    assert sipstatus.reason(486, "de") == "Besetzt"
    assert sipstatus.reason(486, "de_AT.UTF-8") == "Besetzt"
    assert sipstatus.reason(404, "de") == "Rufnummer unbekannt"
    assert sipstatus.reason(499) == "Client Failure"
    assert sipstatus.reason(499, "de") == "Anfragefehler"
    assert sipstatus.reason(701) == sipstatus.SipStatus(701).phrase
    assert sipstatus.class_name(SipClass.CLIENT_FAILURE) == "Client Failure"
    assert sipstatus.class_name(4, "de") == "Anfragefehler"
    assert sipstatus.negotiated_lang("de_AT.UTF-8") == "de"
    assert sipstatus.negotiated_lang(None) == "en"
    assert sipstatus.negotiated_lang("xx") == "en"


def test_status_class():
    assert sipstatus.status_class(486) is SipClass.CLIENT_FAILURE
    assert sipstatus.status_class(100) is SipClass.PROVISIONAL
    assert sipstatus.status_class(699) is SipClass.GLOBAL_FAILURE
    assert sipstatus.status_class(499) is SipClass.CLIENT_FAILURE  # unknown, still classed
    for outside in (-1, 0, 99, 700, 701, 1000, 2**31, -(2**31) - 1, 2**100):
        assert sipstatus.status_class(outside) is SipClass.INVALID
        assert not sipstatus.status_class(outside)


def test_numbers_beyond_a_c_int_are_not_wrapped():
    # ctypes would wrap 2**32 + 486 to 486 without the package's range check.
    for big in (2**32 + 486, -(2**32) + 486, 2**64 + 486, 2**31, -(2**31) - 1):
        with pytest.raises(ValueError, match=str(big)):
            sipstatus.reason(big)
        with pytest.raises(ValueError):
            sipstatus.description(big)
        with pytest.raises(ValueError):
            sipstatus.class_name(big)
        assert not sipstatus.is_known(big)


def test_anything_with_index_is_a_code():
    class Code:
        def __index__(self) -> int:
            return 486

    assert sipstatus.reason(Code()) == "Busy Here"
    assert sipstatus.reason(sipstatus.SipStatus.BUSY_HERE, "de") == "Besetzt"


def test_strings_are_str():
    for lang in ("de", "ja", "ru", "zh-CN", "uk"):
        for code in (100, 180, 486, 606):
            text = sipstatus.reason(code, lang)
            assert type(text) is str and text
            assert all(ord(c) >= 0x20 and c != "\x7f" for c in text)


def test_languages(facts):
    shipped = sorted(p.name for p in LOCALES.iterdir() if (p / "sip.ftl").is_file())
    langs = sipstatus.languages()
    assert isinstance(langs, tuple)
    assert langs[0] == "en"
    assert sorted(langs) == shipped
    assert list(langs) == facts.languages
    for tag in langs:
        assert sipstatus.negotiated_lang(tag) == tag


def test_version_is_the_crates():
    cargo = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
    assert sipstatus.__version__ == version


def test_installed_distribution_has_the_crates_version():
    assert importlib.metadata.version("sipstatus") == sipstatus.__version__
