"""What a type checker sees: the check runs mypy --strict on this file
against the installed package (its py.typed), and pytest runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


# Run by mypy --strict below, as a user's module: every name resolves.
TYPED_USE = """\
from sipstatus import Reason, ReasonProtocol, SipStatus, parse_reason, parse_reasons

busy: SipStatus = SipStatus.BUSY_HERE
informational: bool = SipStatus.TRYING.is_informational
client_error: bool = busy.is_client_error
server_error: bool = busy.is_server_error
value: Reason = parse_reason('Q.850;cause=17;text="User busy"')
protocol: ReasonProtocol = value.protocol
cause: int | None = value.cause
values: list[Reason] = parse_reasons("SIP;cause=600, Q.850;cause=17")
reveal_type(SipStatus.BUSY_HERE)
import sipstatus
warning: sipstatus.SipWarning = sipstatus.parse_warning('370 gw "Insufficient bandwidth"')
warnings: list[sipstatus.SipWarning] = sipstatus.parse_warnings('370 gw "x", 307 gw "y"')
text: str = sipstatus.warning_text(370, "de")
header: str = sipstatus.format_warning(370, "gw", None)
reason_sip: str = sipstatus.format_reason_sip(600)
clean: str = sipstatus.sanitize_text(b"a")
phrase_ok: bool = sipstatus.is_valid_reason_phrase("Busy Here")
"""

# The same with a misspelt member, which must be the one error.
MISSPELT = """\
from sipstatus import SipStatus

busy = SipStatus.BUSY_HEAR
"""


def test_mypy_sees_the_members_and_rejects_a_misspelt_one(tmp_path: Path) -> None:
    (tmp_path / "typed_use.py").write_text(TYPED_USE, encoding="utf-8")
    (tmp_path / "misspelt.py").write_text(MISSPELT, encoding="utf-8")
    # In tmp_path, so mypy finds the installed package (its py.typed) and
    # no source folder.
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", "cache", "--no-error-summary"]
        + ["--python-version", "3.10", "typed_use.py", "misspelt.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.splitlines()
    errors = [line for line in lines if ": error: " in line]
    assert errors == [
        'misspelt.py:3: error: "type[SipStatus]" has no attribute "BUSY_HEAR"  [attr-defined]'
    ], done.stdout + done.stderr
    assert done.returncode == 1
    # A member's type is the member itself, as for any enum written out.
    assert any(
        line.startswith("typed_use.py:11: note: Revealed type is")
        and "sipstatus.SipStatus.BUSY_HERE" in line
        for line in lines
    ), done.stdout


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
