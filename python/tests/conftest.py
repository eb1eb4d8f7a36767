"""Shared fixtures: the C library through the tests' own ctypes declarations
(so a wrong prototype in the package cannot hide), and the facts the texts
are compared with.

The facts are the library's own answers, from its Rust API, never a second
reading of the Fluent files here: a JSON file that tests/python.rs and
tests/python_dist.rs write (tests/python_facts/mod.rs says what it holds)
and name in SIPSTATUS_TEST_FACTS. Without it, every test that compares
texts fails (none is skipped). By hand, from the repository's root, with
the package installed in target/py-venv (`cargo test --test python --
--include-ignored` installs it; so does `target/py-venv/bin/pip install
./python`):

    cargo test --test python facts_for_a_hand_run -- --nocapture
    cargo build && SIPSTATUS_TEST_FACTS=target/python-facts.json \\
        SIPSTATUS_LIBRARY=target/debug/libsipstatus.so target/py-venv/bin/pytest python/tests

(the first command prints the second; run it again after changing the
library's texts or codes).
"""

from __future__ import annotations

import ctypes
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

import sipstatus

REPO = Path(__file__).resolve().parents[2]
LOCALES = REPO / "locales"
FACTS_VAR = "SIPSTATUS_TEST_FACTS"

# tests/python_dist.rs runs this suite against a fresh virtualenv
# with the package installed from the sdist, then from the wheel, and names
# that virtualenv here: the copy under test must come from it, C library
# included.
_INSTALLED = os.environ.get("SIPSTATUS_TEST_INSTALLED")
if _INSTALLED:
    _prefix = Path(_INSTALLED).resolve()
    for _what in (sipstatus.__file__, sipstatus.library_path):
        if not Path(_what or "").resolve().is_relative_to(_prefix):
            raise RuntimeError(f"SIPSTATUS_TEST_INSTALLED={_INSTALLED}, but sipstatus is {_what}")


class RawLibrary:
    """The library sipstatus loaded, called straight through ctypes."""

    def __init__(self, path: str) -> None:
        lib = ctypes.CDLL(path)
        s, i = ctypes.c_char_p, ctypes.c_int
        for name, res, args in [
            ("sip_reason", s, [i, s]),
            ("sip_description", s, [i, s]),
            ("sip_class_name", s, [i, s]),
            ("sip_class", i, [i]),
            ("sip_is_known", ctypes.c_bool, [i]),
            ("sip_known_count", ctypes.c_size_t, []),
            ("sip_known_at", i, [ctypes.c_size_t]),
            ("sip_code_name", s, [i]),
            ("sip_lang_count", ctypes.c_size_t, []),
            ("sip_lang_at", s, [ctypes.c_size_t]),
            ("sip_negotiated_lang", s, [s]),
            ("sip_version", s, []),
        ]:
            f = getattr(lib, name)
            f.restype, f.argtypes = res, args
        self.lib = lib

    @staticmethod
    def _lang(lang: str | None) -> bytes | None:
        return None if lang is None else lang.encode()

    def reason(self, code: int, lang: str | None) -> str | None:
        r = self.lib.sip_reason(code, self._lang(lang))
        return None if r is None else r.decode()

    def description(self, code: int, lang: str | None) -> str | None:
        r = self.lib.sip_description(code, self._lang(lang))
        return None if r is None else r.decode()

    def class_name(self, cls: int, lang: str | None) -> str | None:
        r = self.lib.sip_class_name(cls, self._lang(lang))
        return None if r is None else r.decode()

    def known_codes(self) -> list[int]:
        return [self.lib.sip_known_at(i) for i in range(self.lib.sip_known_count())]


@pytest.fixture(scope="session")
def raw() -> RawLibrary:
    return RawLibrary(sipstatus.library_path)


@dataclass(frozen=True)
class Facts:
    """The library's answers, from its Rust API: `reason[lang][code]`,
    `description[lang][code]`, `class_id[k]` ("class-client-failure"),
    `class_name[lang][k]`, `warning[lang][code]`; `languages` in the
    library's order, `known` the known codes, `warn_codes` the registered
    warn-codes."""

    languages: list[str]
    known: list[int]
    reason: dict[str, dict[int, str]]
    description: dict[str, dict[int, str]]
    class_id: dict[int, str]
    class_name: dict[str, dict[int, str]]
    warn_codes: list[int]
    warning: dict[str, dict[int, str]]


def _per_lang(value: dict[str, dict[str, str]]) -> dict[str, dict[int, str]]:
    return {lang: {int(k): v for k, v in texts.items()} for lang, texts in value.items()}


@functools.cache
def load_facts() -> Facts:
    """The facts file SIPSTATUS_TEST_FACTS names, read once. A test that
    needs it fails (never skips) when the variable is not set; the tests
    that do not need it (e.g. test_enum.py with SIPSTATUS_BLESS=1) run
    without it."""
    path = os.environ.get(FACTS_VAR)
    if not path:
        pytest.fail(
            f"{FACTS_VAR} is not set: it names the facts file the Rust tests write from the "
            "library. Run `cargo test --test python facts_for_a_hand_run -- --nocapture` "
            "(it writes target/python-facts.json and prints the pytest command), or the "
            "whole suite through `cargo test --test python -- --include-ignored`.",
            pytrace=False,
        )
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return Facts(
        languages=raw["languages"],
        known=raw["known"],
        reason=_per_lang(raw["reason"]),
        description=_per_lang(raw["description"]),
        class_id={int(k): v for k, v in raw["class_id"].items()},
        class_name=_per_lang(raw["class_name"]),
        warn_codes=raw["warn_codes"],
        warning=_per_lang(raw["warning"]),
    )


@pytest.fixture(scope="session")
def facts() -> Facts:
    return load_facts()
