"""Which library is loaded (SIPSTATUS_LIBRARY), and locales loaded at run
time. Each case runs in a child Python, since both are process-wide."""

from __future__ import annotations

import ctypes.util
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import sipstatus


def run_python(
    code: str, env_library: str | None = None, expect_ok: bool = True
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("SIPSTATUS_LIBRARY", None)
    if env_library is not None:
        env["SIPSTATUS_LIBRARY"] = env_library
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if expect_ok:
        assert done.returncode == 0, done.stderr
    return done


def test_the_loaded_library_is_the_packages_or_the_overrides():
    package_dir = Path(sipstatus.__file__).parent
    override = os.environ.get("SIPSTATUS_LIBRARY")
    if override:
        assert sipstatus.library_path == override
    else:
        assert Path(sipstatus.library_path).parent == package_dir
        assert Path(sipstatus.library_path).name.startswith("_libsipstatus.")


def test_the_package_ships_its_own_library():
    done = run_python("import sipstatus; print(sipstatus.library_path)")
    shipped = Path(done.stdout.strip())
    assert shipped.parent == Path(sipstatus.__file__).parent
    assert shipped.is_file()


def test_sipstatus_library_loads_another_build(tmp_path):
    # A copy of the library under another name: the override, not the copy
    # inside the package, must be the one loaded.
    other = tmp_path / "libsipstatus-other.so"
    shutil.copyfile(sipstatus.library_path, other)
    done = run_python(
        """
        import json, sipstatus
        s = sipstatus
        print(json.dumps([s.library_path, s.reason(486, "de"), len(s.SipStatus)]))
        """,
        env_library=str(other),
    )
    path, phrase, members = json.loads(done.stdout)
    assert path == str(other)
    assert phrase == "Besetzt"
    assert members == len(sipstatus.SipStatus)
    loaded = Path(f"/proc/{os.getpid()}/maps")
    if loaded.exists():  # Linux: this process has the usual one mapped, not the copy
        assert str(other) not in loaded.read_text()


def test_a_missing_override_is_an_import_error(tmp_path):
    missing = tmp_path / "nope.so"
    done = run_python("import sipstatus", env_library=str(missing), expect_ok=False)
    assert done.returncode != 0
    assert "ImportError" in done.stderr
    assert str(missing) in done.stderr and "SIPSTATUS_LIBRARY" in done.stderr


def test_an_override_that_is_not_sipstatus_is_an_import_error():
    libm = ctypes.util.find_library("m")
    assert libm, "the C math library is on every Linux"
    done = run_python("import sipstatus", env_library=libm, expect_ok=False)
    assert "ImportError" in done.stderr and "has no function sip_class" in done.stderr


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_load_locale_dir(tmp_path):
    _write(tmp_path / "good" / "eo" / "sip.ftl", "sip-486 = Okupata\n")
    _write(tmp_path / "bad" / "de" / "sip.ftl", "sip-486 = Besetzt\nsip-404 = {\n")
    done = run_python(
        f"""
        import json, pathlib, threading, sipstatus
        out = {{}}
        out["before"] = [sipstatus.reason(486, "eo"), "eo" in sipstatus.languages()]
        try:
            sipstatus.load_locale_dir({str(tmp_path / "bad")!r})
        except sipstatus.LocaleError as e:
            out["bad"] = str(e)
        try:
            sipstatus.load_locale_dir({str(tmp_path / "missing")!r})
        except sipstatus.LocaleError as e:
            out["missing"] = str(e)
        out["de_after_bad"] = sipstatus.reason(404, "de")

        # Readers in other threads while the folder is loaded again and again.
        stop, wrong = False, []
        def read():
            while not stop:
                if sipstatus.reason(486, "de") != "Besetzt":
                    wrong.append(1)
        readers = [threading.Thread(target=read) for _ in range(4)]
        for r in readers: r.start()
        for _ in range(20):
            sipstatus.load_locale_dir(pathlib.Path({str(tmp_path / "good")!r}))
        stop = True
        for r in readers: r.join()
        out["wrong"] = len(wrong)
        out["after"] = [sipstatus.reason(486, "eo"), sipstatus.reason(200, "eo"),
                        "eo" in sipstatus.languages(), sipstatus.negotiated_lang("eo")]
        print(json.dumps(out))
        """
    )
    out = json.loads(done.stdout)
    assert out["before"] == ["Busy Here", False]
    assert re.search(r"/bad/de/sip\.ftl:\d+: ", out["bad"])  # file and line
    assert "missing" in out["missing"]
    assert out["de_after_bad"] == "Rufnummer unbekannt"  # all or nothing
    assert out["wrong"] == 0
    assert out["after"] == ["Okupata", "OK", True, "eo"]


def test_load_locale_dir_argument_errors():
    with pytest.raises(ValueError, match="NUL"):
        sipstatus.load_locale_dir("locales\0/x")
    with pytest.raises(TypeError):
        sipstatus.load_locale_dir(42)  # type: ignore[arg-type]
    with pytest.raises(sipstatus.LocaleError):
        sipstatus.load_locale_dir("/nonexistent/sipstatus-test")
    assert "eo" not in sipstatus.languages()
