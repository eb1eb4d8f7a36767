"""SipStatus and SipClass: complete against the library, HTTPStatus-like."""

from __future__ import annotations

import copy
import enum
import os
import pickle
import re
from http import HTTPStatus

import pytest

import sipstatus
from conftest import REPO
from sipstatus import SipClass, SipStatus


def test_members_are_the_librarys_table(raw):
    codes = raw.known_codes()
    assert [int(m) for m in SipStatus] == codes
    assert len(SipStatus) == raw.lib.sip_known_count()
    for code in codes:
        member = SipStatus(code)
        assert member.name == raw.lib.sip_code_name(code).decode()
        assert member is SipStatus[member.name]
        assert sipstatus.is_known(code)
    # Every code of 100 to 699 that is not a member is unknown to C too.
    for code in set(range(0, 1001)) - set(codes):
        assert not raw.lib.sip_is_known(code)
        with pytest.raises(ValueError):
            SipStatus(code)


# The members of SipStatus are written out in the source, for type checkers
# and IDEs; this test keeps them the library's table.
SOURCE = REPO / "python" / "sipstatus" / "__init__.py"
MEMBERS = re.compile(
    # The BEGIN comment (several lines), the members, the END comment.
    r"^    # BEGIN members[^\n]*\n(?:    #[^\n]*\n)*(?P<body>.*?)^    # END members$",
    re.M | re.S,
)


def test_members_are_written_out_from_the_librarys_table(raw):
    """Fails when a code is added to (or removed from, or renamed in) the
    library and not in python/sipstatus/__init__.py; SIPSTATUS_BLESS=1
    rewrites the members from the library sipstatus loaded."""
    table = [(raw.lib.sip_code_name(code).decode(), code) for code in raw.known_codes()]
    want = "".join(f"    {name} = {code}\n" for name, code in table)
    text = SOURCE.read_text(encoding="utf-8")
    found = MEMBERS.search(text)
    assert found, f"{SOURCE}: no '# BEGIN members' ... '# END members' block in SipStatus"
    if found["body"] == want:
        return
    if os.environ.get("SIPSTATUS_BLESS") == "1":
        SOURCE.write_text(text[: found.start("body")] + want + text[found.end("body") :], "utf-8")
        return
    written = dict(re.findall(r"^    (\w+) = (\d+)$", found["body"], re.M))
    library = {name: str(code) for name, code in table}
    missing = sorted(set(library.items()) - set(written.items()), key=lambda m: int(m[1]))
    extra = sorted(set(written.items()) - set(library.items()), key=lambda m: int(m[1]))
    pytest.fail(
        f"SipStatus in {SOURCE} is not the library's table ({sipstatus.library_path}):\n"
        f"  missing: {missing}\n  not in the library: {extra}\n"
        "Rewrite it (then reinstall the package): cargo build && SIPSTATUS_BLESS=1 "
        "SIPSTATUS_LIBRARY=target/debug/libsipstatus.so target/py-venv/bin/pytest "
        "python/tests/test_enum.py"
    )


def test_http_status_style():
    busy = SipStatus.BUSY_HERE
    assert busy == 486 and isinstance(busy, int)
    assert isinstance(busy, enum.IntEnum)
    assert SipStatus(486) is busy
    assert SipStatus["BUSY_HERE"] is busy
    assert busy.value == 486
    assert repr(busy) == "<SipStatus.BUSY_HERE: 486>"
    assert f"{busy:d}" == "486"
    assert busy.phrase == "Busy Here"
    assert busy.reason("de") == "Besetzt"
    assert busy.reason() == "Busy Here"
    assert busy.description == sipstatus.description(486)
    assert busy.status_class is SipClass.CLIENT_FAILURE
    assert SipStatus.NOT_ACCEPTABLE_GLOBAL == 606
    assert SipStatus.OK.phrase == "OK"
    assert SipStatus.__module__ == "sipstatus"
    assert "IntEnum" in SipStatus.__doc__


def test_is_class_properties():
    names = [
        "is_provisional",
        "is_success",
        "is_redirection",
        "is_client_failure",
        "is_server_failure",
        "is_global_failure",
    ]
    for member in SipStatus:
        flags = [getattr(member, n) for n in names]
        if member.status_class is SipClass.INVALID:
            # 701, the non-standard code, is known but outside 100 to 699.
            assert member == 701 and flags.count(True) == 0
        else:
            assert flags.count(True) == 1
            assert flags.index(True) + 1 == member // 100 == member.status_class
    assert not SipStatus(701).is_global_failure
    assert SipStatus.TRYING.is_provisional
    assert SipStatus.OK.is_success
    assert SipStatus.BUSY_HERE.is_client_failure and not SipStatus.BUSY_HERE.is_success


# http.HTTPStatus's is_* property names (Python 3.12) and the SipStatus
# property each one means.
HTTP_STATUS_NAMES = {
    "is_informational": "is_provisional",
    "is_success": "is_success",
    "is_redirection": "is_redirection",
    "is_client_error": "is_client_failure",
    "is_server_error": "is_server_failure",
}


def test_http_status_property_names():
    http_names = {n for n in vars(HTTPStatus) if n.startswith("is_")}
    if http_names:  # Python 3.12 and later
        assert http_names == set(HTTP_STATUS_NAMES)
    for member in SipStatus:
        for alias, own in HTTP_STATUS_NAMES.items():
            assert getattr(member, alias) is getattr(member, own), (member, alias)
    assert SipStatus.TRYING.is_informational and not SipStatus.OK.is_informational
    assert SipStatus.BUSY_HERE.is_client_error and not SipStatus.BUSY_HERE.is_server_error
    assert SipStatus.SERVICE_UNAVAILABLE.is_server_error
    # SIP's own class: no HTTP name.
    assert SipStatus.DECLINE.is_global_failure
    assert not any(getattr(SipStatus.DECLINE, n) for n in HTTP_STATUS_NAMES)


def test_pickle_and_copy():
    for member in (SipStatus.BUSY_HERE, SipClass.SUCCESS):
        assert pickle.loads(pickle.dumps(member)) is member
        assert copy.deepcopy(member) is member


def test_sip_class_matches_the_c_enum(raw):
    header = (REPO / "include" / "sipstatus.h").read_text(encoding="utf-8")
    c_enum = {
        m.group(1): int(m.group(2)) for m in re.finditer(r"SIP_CLASS_([A-Z_]+) = (\d+)", header)
    }
    assert c_enum == {m.name: m.value for m in SipClass}
    for code in range(100, 700):
        assert SipClass(raw.lib.sip_class(code)) == code // 100
