"""parse_reason and parse_reasons: the Reason header (RFC 3326, RFC 8606)
read by the C library (sip_parse_reason, sip_parse_reasons)."""

from __future__ import annotations

import ctypes
import dataclasses
import re

import pytest

import sipstatus
from conftest import REPO
from sipstatus import Reason, ReasonProtocol, _ffi, parse_reason, parse_reasons

HEADER = (REPO / "include" / "sipstatus.h").read_text(encoding="utf-8")
DEFINES = {m[1]: int(m[2]) for m in re.finditer(r"^#define (\w+) (\d+)$", HEADER, re.M)}


def q850(
    cause: int | None,
    text: str | None = None,
    location: int | None = None,
    truncated: bool = False,
) -> Reason:
    return Reason(ReasonProtocol.Q850, "Q.850", cause, text, truncated, location)


# --- the Python declarations against the header ---------------------------


def test_struct_is_the_headers():
    body = re.search(r"typedef struct SipReason \{(.*?)\} SipReason;", HEADER, re.S)
    assert body
    c_types = {"enum SipReasonProtocol": ctypes.c_int, "int": ctypes.c_int, "bool": ctypes.c_bool}
    fields = []
    for m in re.finditer(r"^\s*([\w ]+?) (\w+)(?:\[(\w+)\])?;$", body[1], re.M):
        kind, name, size = m.groups()
        if size is None:
            fields.append((name, c_types[kind]))
        else:
            assert kind == "char"
            fields.append((name, ctypes.c_char * DEFINES.get(size, 0)))
    declared = _ffi.SipReason._fields_
    assert [n for n, _ in declared] == [n for n, _ in fields]
    for (name, ours), (_, theirs) in zip(declared, fields):
        assert ctypes.sizeof(ours) == ctypes.sizeof(theirs), name
        assert getattr(ours, "_type_", ours) == getattr(theirs, "_type_", theirs), name


def test_protocol_enum_is_the_headers():
    c_enum = {m[1]: int(m[2]) for m in re.finditer(r"SIP_REASON_PROTOCOL_(\w+) = (\d+)", HEADER)}
    # NONE is what a rejected parse leaves; Python raises instead.
    assert c_enum.pop("NONE") == 0
    # STIR is a #define beside the enum (SipReasonValue.protocol is an int).
    c_enum["STIR"] = DEFINES["SIP_REASON_PROTOCOL_STIR"]
    assert c_enum == {m.name: m.value for m in ReasonProtocol}


def test_max_len_is_the_headers():
    assert sipstatus._REASON_MAX_LEN == DEFINES["SIP_REASON_MAX_LEN"]


# --- well-formed values ----------------------------------------------------


def test_the_headers_example():
    value = 'Q.850;cause=16;text="Normal call clearing";location=LN'
    assert parse_reason(value) == q850(16, "Normal call clearing", location=2)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Q.850;cause=17", q850(17)),
        # Tokens and parameter names in any case, leading zeros, whitespace.
        ('  q.850 ; CAUSE = 017 ; Text = "x" ', q850(17, "x")),
        ('Q.850;cause=16;text=""', q850(16, "")),
        ('Q.850;text="no cause"', q850(None, "no cause")),
        # Escapes undone; UTF-8 kept.
        (r'Q.850;cause=16;text="say \"hi\" \\ now"', q850(16, 'say "hi" \\ now')),
        ('Q.850;cause=17;text="Teilnehmer besetzt, Grüße"', q850(17, "Teilnehmer besetzt, Grüße")),
        # A folded line in the text reads as one space.
        ('Q.850;cause=16;text="a\r\n b"', q850(16, "a b")),
        # RFC 8606 locations, in any case; an unknown token is no location.
        ("Q.850;cause=16;location=U", q850(16, location=0)),
        ("Q.850;cause=16;location=bi", q850(16, location=10)),
        ("Q.850;cause=16;location=LOC-15", q850(16, location=15)),
        ("Q.850;cause=16;location=XYZ", q850(16)),
        # Other parameters are skipped.
        ('Q.850;cause=16;foo;bar=baz;q="x";ip=[::1]', q850(16)),
        ("Q.850;cause=2147483647", q850(2147483647)),
        (
            'SIP;cause=200;text="Call completed elsewhere";location=LN',
            Reason(ReasonProtocol.SIP, "SIP", 200, "Call completed elsewhere", False, None),
        ),
        ("sip;cause=600", Reason(ReasonProtocol.SIP, "SIP", 600, None, False, None)),
        (
            'preemption;cause=1;text="UA Preemption"',
            Reason(ReasonProtocol.OTHER, "preemption", 1, "UA Preemption", False, None),
        ),
    ],
)
def test_values(value: str, expected: Reason):
    assert parse_reason(value) == expected
    assert parse_reasons(value) == [expected]


def test_several_values_in_order():
    value = 'SIP;cause=600;text="Busy Everywhere", Q.850;cause=17 ,preemption;cause=2'
    values = parse_reasons(value)
    assert [(r.protocol, r.protocol_name, r.cause) for r in values] == [
        (ReasonProtocol.SIP, "SIP", 600),
        (ReasonProtocol.Q850, "Q.850", 17),
        (ReasonProtocol.OTHER, "preemption", 2),
    ]
    assert values[0].text == "Busy Everywhere"
    assert parse_reason(value) == values[0]
    assert len(parse_reasons(",".join(["Q.850;cause=16"] * 60))) == 60


def test_cut_to_fit():
    text_size = DEFINES["SIP_REASON_TEXT_SIZE"]
    protocol_size = DEFINES["SIP_REASON_PROTOCOL_SIZE"]
    ascii_text = "x" * 200
    r = parse_reason(f'Q.850;cause=16;text="{ascii_text}"')
    assert (r.text, r.text_truncated) == (ascii_text[: text_size - 1], True)
    # Cut at a character boundary: 63 two-byte characters fit in 127 bytes.
    r = parse_reason('Q.850;cause=16;text="' + "é" * 100 + '"')
    assert (r.text, r.text_truncated) == ("é" * 63, True)
    exact = "x" * (text_size - 1)
    assert parse_reason(f'Q.850;text="{exact}"').text_truncated is False
    long_name = "p" * 40
    assert parse_reason(long_name).protocol_name == long_name[: protocol_size - 1]


def test_round_trip_with_format_reason():
    """What format_reason writes, parse_reason reads: every assigned cause,
    every language."""
    causes = [c for c in range(1, 128) if _assigned(c)]
    assert len(causes) > 50
    for lang in sipstatus.languages():
        for cause in causes:
            header = sipstatus.format_reason(cause, lang)
            r = parse_reason(header)
            name = sipstatus.q850_name(cause, lang)
            fits = len(name.encode()) < DEFINES["SIP_REASON_TEXT_SIZE"]
            assert (r.protocol, r.cause, r.location) == (ReasonProtocol.Q850, cause, None)
            assert r.text == name if fits else name.startswith(r.text or "?"), (lang, header)


def _assigned(cause: int) -> bool:
    try:
        sipstatus.q850_name(cause)
    except ValueError:
        return False
    return True


def test_reason_is_a_frozen_dataclass():
    r = parse_reason("Q.850;cause=16")
    assert dataclasses.is_dataclass(r)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.cause = 17  # type: ignore[misc]
    assert r == q850(16) and hash(r) == hash(q850(16))


# --- malformed values ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        ",",
        "Q.850;cause=16,",
        ",Q.850;cause=16",
        "Q.850;;cause=16",
        ";cause=16",
        "Q.850;cause=16;cause=17",
        'Q.850;text="a";text="b"',
        "Q.850;location=LN;location=U",
        "Q.850;cause=",
        "Q.850;cause=-1",
        "Q.850;cause=1x",
        "Q.850;cause=2147483648",
        "Q.850;text=unquoted",
        'Q.850;text="unterminated',
        'Q.850;text="bare\rCR"',
        'Q.850;text="bare\nLF"',
        "Q.850;cause=16\r\n",
        'Q.850;text="a\x01b"',
        "Q.850 cause=16",
        'Q.850;text="\ud800"',  # a lone surrogate: not UTF-8
    ],
)
def test_malformed(value: str):
    with pytest.raises(ValueError, match="^malformed Reason header value: "):
        parse_reason(value)
    with pytest.raises(ValueError, match="^malformed Reason header value: "):
        parse_reasons(value)


def test_malformed_anywhere_rejects_the_header():
    with pytest.raises(ValueError):
        parse_reasons("SIP;cause=600, Q.850;cause=x")
    with pytest.raises(ValueError):
        parse_reason("SIP;cause=600, Q.850;cause=x")


def test_nul_and_length():
    with pytest.raises(ValueError, match="NUL"):
        parse_reason("Q.850;cause=16\0;cause=17")
    limit = DEFINES["SIP_REASON_MAX_LEN"]
    head = "Q.850;cause=16;text="
    longest = head + '"' + "x" * (limit - 1 - len(head) - 2) + '"'
    assert len(longest.encode()) == limit - 1
    assert parse_reason(longest).cause == 16
    too_long = head + '"' + "x" * (limit - len(head) - 2) + '"'
    for parse in (parse_reason, parse_reasons):
        with pytest.raises(ValueError, match=f"too long: {limit} bytes"):
            parse(too_long)
    # Counted in bytes of UTF-8, as C reads it.
    with pytest.raises(ValueError, match="too long"):
        parse_reason(head + '"' + "é" * (limit // 2) + '"')


@pytest.mark.parametrize("bad", [None, b"Q.850;cause=16", 16, ["Q.850;cause=16"]])
def test_not_a_str(bad: object):
    with pytest.raises(TypeError, match="^value must be a str"):
        parse_reason(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^value must be a str"):
        parse_reasons(bad)  # type: ignore[arg-type]


def test_stir_is_told_apart_with_its_known_causes():
    r = sipstatus.parse_reason('STIR;cause=436;text="Bad Identity Info"')
    assert r.protocol is sipstatus.ReasonProtocol.STIR
    assert (r.protocol_name, r.cause, r.cause_known) == ("STIR", 436, True)
    assert sipstatus.parse_reason("stir;cause=486").cause_known is False
    assert [v.protocol for v in sipstatus.parse_reasons("SIP;cause=608, STIR;cause=608")] == [
        sipstatus.ReasonProtocol.SIP,
        sipstatus.ReasonProtocol.STIR,
    ]
    assert sipstatus.parse_reason("Q.850;cause=17").cause_known is True
    assert sipstatus.parse_reason("Q.850;cause=13").cause_known is False
