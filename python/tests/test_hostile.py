"""Hostile input from Python (issue 20): formatting that a concurrent reload
cannot cut, a lone surrogate as ``lang``, and hostile locale folders that
must be refused with file and line, never crash the interpreter.

Loading is process-wide, so each case that loads runs in a child Python
(as in test_loading.py); a crash there is a failed test, not a dead run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap

import pytest

import sipstatus

SHORT = "kurz"
LONG = "ein viel längerer Text, der nicht in den ersten Puffer passt " + "x" * 100
VALUE = re.compile(r'^Q\.850;cause=17;text="((?:[^"\\]|\\.)*)"$')


def run_python(code: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, (
        f"the child Python ended with {done.returncode} "
        f"(negative: killed by that signal, a crash)\n{done.stdout}\n{done.stderr}"
    )
    return done


def last_json(done: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_format_reason_is_never_cut_by_a_concurrent_reload(tmp_path):
    for name, text in [("a", SHORT), ("b", LONG)]:
        (tmp_path / name / "qaf").mkdir(parents=True)
        (tmp_path / name / "qaf" / "q850.ftl").write_text(f"q850-17 = {text}\n", encoding="utf-8")
    done = run_python(
        f"""
        import json, re, threading, sipstatus
        root = {str(tmp_path)!r}
        value = re.compile({VALUE.pattern!r})
        allowed = {{{SHORT!r}, {LONG!r}}}
        sipstatus.load_locale_dir(root + "/a")
        stop = threading.Event()
        reloads = 0

        def reload():
            global reloads
            while not stop.is_set():
                sipstatus.load_locale_dir(root + "/a")
                sipstatus.load_locale_dir(root + "/b")
                reloads += 2

        t = threading.Thread(target=reload)
        t.start()
        bad, seen, calls = [], set(), 0
        try:
            while calls < 100000 or reloads < 20 or len(seen) < 2:
                v = sipstatus.format_reason(17, "qaf")
                calls += 1
                m = value.match(v)
                if not m or m.group(1) not in allowed:
                    bad.append(v)
                else:
                    seen.add(m.group(1))
                if calls > 2000000:
                    break
        finally:
            stop.set()
            t.join()
        print(json.dumps({{"calls": calls, "reloads": reloads, "bad": bad[:5],
                          "nbad": len(bad), "seen": len(seen)}}))
        """
    )
    result = last_json(done)
    print(
        f"{result['calls']} values formatted during {result['reloads']} reloads, "
        f"{result['nbad']} cut"
    )
    assert result["nbad"] == 0, result["bad"]
    assert result["seen"] == 2, "both texts were formatted"
    assert result["reloads"] >= 20


def test_format_reason_of_a_long_value_is_whole(tmp_path):
    # Longer than the first buffer (128 bytes), with characters to escape.
    text = 'Lang "zitiert" \\ ' + "ü" * 300
    (tmp_path / "qaf").mkdir()
    (tmp_path / "qaf" / "q850.ftl").write_text(f"q850-17 = {text}\n", encoding="utf-8")
    done = run_python(
        f"""
        import json, sipstatus
        sipstatus.load_locale_dir({str(tmp_path)!r})
        print(json.dumps(sipstatus.format_reason(17, "qaf")))
        """
    )
    value = last_json(done)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    assert value == f'Q.850;cause=17;text="{escaped}"'


@pytest.mark.parametrize("lang", ["de\udcff", "\udcff", "\ud800de", "de_DE.\udcff", "\udfff" * 70])
def test_a_lone_surrogate_in_lang_gives_english(lang):
    # What the library does with invalid UTF-8: English, as documented.
    assert sipstatus.reason(486, lang) == "Busy Here"
    assert sipstatus.reason(486, lang, short=True, ascii=True) == sipstatus.reason(
        486, None, short=True, ascii=True
    )
    assert sipstatus.description(486, lang) == sipstatus.description(486)
    assert sipstatus.class_name(4, lang) == "Client Failure"
    assert sipstatus.negotiated_lang(lang) == "en"
    assert sipstatus.q850_name(17, lang) == "User busy"
    assert sipstatus.format_reason(17, lang) == 'Q.850;cause=17;text="User busy"'
    assert sipstatus.SipStatus.BUSY_HERE.reason(lang) == "Busy Here"


def test_a_name_from_os_fsdecode_is_a_usable_lang():
    lang = os.fsdecode(b"de_DE.\xff")
    assert "\udcff" in lang
    assert sipstatus.reason(486, lang) == "Busy Here"
    assert sipstatus.reason(486, os.fsdecode(b"de_DE.UTF-8")) == "Besetzt"


def test_nul_and_types_are_still_refused():
    with pytest.raises(ValueError):
        sipstatus.reason(486, "de\0\udcff")
    with pytest.raises(TypeError):
        sipstatus.reason(486, b"de")  # type: ignore[arg-type]


DEEP_CASES = {
    "10,000 placeables": "# deep\n\nsip-486 = " + "{ " * 10000 + '"x"' + " }" * 10000 + "\n",
    "101 nested selects": "sip-486 = "
    + "".join(f"{{ $v{i} ->\n    *[a] " for i in range(101))
    + "x\n"
    + "}\n" * 101,
    "10,000 placeables after a quote in a variant": 'sip-486 = { $x ->\n    *[a] " '
    + "{ " * 10000
    + '"x"'
    + " }" * 10000
    + "\n}\n",
    "10,000 nested calls": "sip-486 = { " + "F(" * 10000 + "1" + ")" * 10000 + " }\n",
    "a chain of 150 message references": "sip-486 = { m0 }\n"
    + "".join(f"m{i} = {{ m{i + 1} }}\n" for i in range(149))
    + "m149 = end\n",
    "a select whose variant has 100 placeables": "sip-486 = { 1 ->\n   *[a] "
    + '{ "a" }' * 100
    + "\n}\n",
}


@pytest.mark.parametrize("what", sorted(DEEP_CASES))
@pytest.mark.parametrize("stack", [0, 256 * 1024])
def test_deep_nesting_is_refused_and_never_kills_python(tmp_path, what, stack):
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "sip.ftl").write_text(DEEP_CASES[what], encoding="utf-8")
    done = run_python(
        f"""
        import json, threading, sipstatus
        result = {{}}

        def load():
            try:
                sipstatus.load_locale_dir({str(tmp_path)!r})
                result["loaded"] = True
            except sipstatus.LocaleError as e:
                result["error"] = str(e)

        if {stack}:
            threading.stack_size({stack})
        t = threading.Thread(target=load)
        t.start()
        t.join()
        result["de"] = sipstatus.reason(486, "de")
        print(json.dumps(result))
        """
    )
    result = last_json(done)
    assert "loaded" not in result, result
    path = str(tmp_path / "de" / "sip.ftl")
    assert result["error"].startswith(path + ":"), result
    assert "internal error" not in result["error"]
    assert "panicked" not in done.stderr, done.stderr
    assert result["de"] == "Besetzt"


BAD_VALUES = [
    "Besetzt\u2028Via: SIP/2.0/UDP evil",
    "Besetzt\u2029x",
    "Besetzt\u0085x",
    'Besetzt{ "\\u000D\\u000A" }Via: x',
    "Besetzt\u202ex",
    "\u2067Besetzt",
    "x" * 1024,
]


def test_bad_values_and_names_are_refused_with_a_clean_message(tmp_path):
    cases = []
    for i, value in enumerate(BAD_VALUES):
        d = tmp_path / f"v{i}" / "de"
        d.mkdir(parents=True)
        (d / "sip.ftl").write_text(f"# comment\nsip-486 = {value}\n", encoding="utf-8")
        cases.append((str(tmp_path / f"v{i}"), str(d / "sip.ftl") + ":2: "))
    for i, name in enumerate(["de\r\nVia: x", "x\u2028y", "und", "\u202eed"]):
        d = tmp_path / f"n{i}" / name
        d.mkdir(parents=True)
        (d / "sip.ftl").write_text("sip-486 = x\n", encoding="utf-8")
        cases.append((str(tmp_path / f"n{i}"), None))
    done = run_python(
        f"""
        import json, sipstatus
        out = []
        for folder, _ in {cases!r}:
            try:
                sipstatus.load_locale_dir(folder)
                out.append(None)
            except sipstatus.LocaleError as e:
                out.append(str(e))
        out.append(sipstatus.reason(486, "de"))
        print(json.dumps(out))
        """
    )
    out = last_json(done)
    assert out[-1] == "Besetzt"
    separators = re.compile(
        "[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
    )
    for (folder, prefix), error in zip(cases, out):
        assert error is not None, f"{folder} was loaded"
        assert len(error.splitlines()) == 1, error
        assert not separators.search(error), repr(error)
        if prefix:
            assert error.startswith(prefix), (prefix, error)


def test_a_bom_at_the_start_is_accepted(tmp_path):
    (tmp_path / "qab").mkdir()
    (tmp_path / "qab" / "sip.ftl").write_bytes("\ufeffsip-486 = Mit BOM\n".encode())
    done = run_python(
        f"""
        import json, sipstatus
        sipstatus.load_locale_dir({str(tmp_path)!r})
        print(json.dumps(sipstatus.reason(486, "qab")))
        """
    )
    assert last_json(done) == "Mit BOM"
