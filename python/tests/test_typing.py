"""What a type checker sees: the check runs mypy --strict on this file
against the installed package (its py.typed), and pytest runs it."""

from __future__ import annotations

import sipstatus
from sipstatus import SipClass, SipStatus


def test_annotations_hold_at_run_time() -> None:
    busy: SipStatus = SipStatus.BUSY_HERE
    code: int = SipStatus.BUSY_HERE
    phrase: str = busy.reason("de")
    english: str = busy.phrase
    text: str = busy.description
    cls: SipClass = busy.status_class
    failed: bool = busy.is_client_failure
    members: list[SipStatus] = list(SipStatus)
    langs: tuple[str, ...] = sipstatus.languages()
    version: str = sipstatus.__version__
    named: str = sipstatus.class_name(SipClass.SUCCESS, None)
    tag: str = sipstatus.negotiated_lang("de_AT.UTF-8")
    known: bool = sipstatus.is_known(code)
    assert (phrase, english, cls, failed, tag, known) == (
        "Besetzt",
        "Busy Here",
        SipClass.CLIENT_FAILURE,
        True,
        "de",
        True,
    )
    assert text and members[0] == 100 and langs[0] == "en" and version and named == "Success"
    assert isinstance(busy, SipStatus) and isinstance(sipstatus.status_class(200), SipClass)


def test_warning_and_text_annotations() -> None:
    text: str = sipstatus.warning_text(370, "de")
    value: str = sipstatus.format_warning(370, "sip.example.com", "de")
    read: sipstatus.SipWarning = sipstatus.parse_warning(value)
    values: list[sipstatus.SipWarning] = sipstatus.parse_warnings(value + ", " + value)
    code: int = read.code
    known: bool = read.known
    agent: str = read.agent
    reason_sip: str = sipstatus.format_reason_sip(600, None)
    clean: str = sipstatus.sanitize_text(b"a\r\nb")
    ok: bool = sipstatus.is_valid_reason_phrase("Busy Here")
    assert (code, known, agent, read.text, len(values)) == (370, True, "sip.example.com", text, 2)
    assert reason_sip.startswith("SIP;cause=600;") and clean == "a b" and ok
