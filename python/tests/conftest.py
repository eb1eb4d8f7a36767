"""Shared fixtures: the C library through the tests' own ctypes declarations
(so a wrong prototype in the package cannot hide), and the Fluent files."""

from __future__ import annotations

import ctypes
import os
import re
from pathlib import Path
from typing import Callable

import pytest

import sipstatus

REPO = Path(__file__).resolve().parents[2]
LOCALES = REPO / "locales"

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


def parse_ftl(path: Path) -> dict[str, str]:
    """The one-line messages of a Fluent file: {"sip-486": "...",
    "sip-486.description": "...", "class-success": "..."}."""
    values: dict[str, str] = {}
    message = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line)
        if m:
            message = m.group(1)
            values[message] = m.group(2)
            continue
        m = re.match(r"^\s+\.([a-z-]+) = (.+)$", line)
        if m and message:
            values[f"{message}.{m.group(1)}"] = m.group(2)
        elif line and not line.startswith("#"):
            message = None
    return values


@pytest.fixture(scope="session")
def ftl() -> Callable[[str], dict[str, str]]:
    cache: dict[str, dict[str, str]] = {}

    def load(lang: str) -> dict[str, str]:
        if lang not in cache:
            cache[lang] = parse_ftl(LOCALES / lang / "sip.ftl")
        return cache[lang]

    return load
