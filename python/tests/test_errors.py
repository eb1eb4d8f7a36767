"""Python errors where a Python user expects them; never a surprise None."""

from __future__ import annotations

import pytest

import sipstatus
from sipstatus import SipClass, SipStatus

CODE_FUNCTIONS = [
    sipstatus.reason,
    sipstatus.description,
    sipstatus.status_class,
    sipstatus.is_known,
]


def test_reason_outside_100_to_699_names_the_code():
    for code in (1000, 700, 99, 0, -1):
        with pytest.raises(ValueError, match=rf"^{code} is not a SIP response code"):
            sipstatus.reason(code)
        with pytest.raises(ValueError, match=str(code)):
            sipstatus.reason(code, "de")


def test_description_of_an_unknown_code():
    with pytest.raises(ValueError, match="^499 is not a known SIP response code"):
        sipstatus.description(499)
    with pytest.raises(ValueError, match="1000"):
        sipstatus.description(1000, "de")


def test_class_name_outside_1_to_6():
    for cls in (SipClass.INVALID, 0, 7, -1, 486):
        with pytest.raises(ValueError, match=rf"^{int(cls)} is not a SIP response class"):
            sipstatus.class_name(cls)


@pytest.mark.parametrize("function", CODE_FUNCTIONS)
@pytest.mark.parametrize("bad", ["486", 486.0, None, b"486", [486], True, False])
def test_a_code_that_is_not_an_int(function, bad):
    with pytest.raises(TypeError, match="code must be an int"):
        function(bad)


@pytest.mark.parametrize("bad", ["4", 4.0, None, True])
def test_a_class_that_is_not_an_int(bad):
    with pytest.raises(TypeError, match="cls must be an int"):
        sipstatus.class_name(bad)


@pytest.mark.parametrize("bad", [b"de", 49, ["de"], object()])
def test_a_lang_that_is_not_str_or_none(bad):
    for call in (
        lambda: sipstatus.reason(486, bad),
        lambda: sipstatus.description(486, bad),
        lambda: sipstatus.class_name(4, bad),
        lambda: sipstatus.negotiated_lang(bad),
        lambda: SipStatus.BUSY_HERE.reason(bad),
    ):
        with pytest.raises(TypeError, match="lang must be a str or None"):
            call()


def test_a_lang_with_nul_is_refused_not_cut():
    # C would read "de" and stop: the caller meant something else.
    for call in (lambda: sipstatus.reason(486, "de\0xx"), lambda: sipstatus.negotiated_lang("\0")):
        with pytest.raises(ValueError, match="NUL"):
            call()


def test_a_lang_that_cannot_be_utf8_is_english():
    # A lone surrogate (e.g. from os.fsdecode) reaches the library as
    # invalid UTF-8, which gives English, as in C.
    assert sipstatus.reason(486, "de\udcff") == "Busy Here"
    assert sipstatus.lang_from_accept_language("de;x=\udcff, fr;q=0.1") == "fr"


def test_unknown_member():
    with pytest.raises(ValueError):
        SipStatus(499)
    with pytest.raises(KeyError):
        SipStatus["NOT_A_CODE"]
    with pytest.raises(AttributeError):
        SipStatus.NOT_A_CODE  # noqa: B018
