"""Builds the Rust crate into the package.

The crate's C ABI is the package's only source of phrases: setuptools-rust
compiles the crate as a cdylib (``Binding.NoBinding``: no Python bindings in
Rust; the package loads it with ``ctypes``) and installs it as
``sipstatus/_libsipstatus.abi3.so``. The version is the crate's, read from
its Cargo.toml, so there is one number to bump.

Where the crate is:

- in a checkout of the repository, one folder up (``../Cargo.toml``), so
  ``pip install ./python`` builds the working tree;
- in an sdist, in ``crate/``: making the sdist runs ``cargo package`` and
  unpacks the result there. That is the crate exactly as crates.io would
  get it: the files Cargo.toml's ``include`` names (sources, locales,
  headers, build.rs, cbindgen.toml, licenses), Cargo.lock, and a Cargo.toml
  that stands alone. So the sdist builds with no checkout, and the crate's
  one file list serves both packages.

Either way the build is ``--locked``: Cargo.lock, as committed, decides
every dependency's version.

The wheel is tagged ``py3-none-<platform>``: the library uses no Python
API, so one wheel serves every Python 3 from 3.9 on. For a manylinux wheel,
see docs/python-packaging.md (``CARGO=cargo-zigbuild``, glibc 2.17).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.bdist_wheel import bdist_wheel as _bdist_wheel
from setuptools.command.sdist import sdist as _sdist
from setuptools_rust import Binding, RustExtension

HERE = Path(__file__).resolve().parent
SDIST_CRATE = HERE / "crate"
CHECKOUT_CRATE = HERE.parent


def crate_dir() -> Path:
    """The crate's folder: ``crate/`` in an sdist, else the checkout's root."""
    for folder in (SDIST_CRATE, CHECKOUT_CRATE):
        if (folder / "Cargo.toml").is_file():
            return folder
    raise SystemExit(
        f"sipstatus: no crate to build: neither {SDIST_CRATE}/Cargo.toml (an sdist) "
        f"nor {CHECKOUT_CRATE}/Cargo.toml (a checkout of the sipstatus repository)"
    )


CRATE = crate_dir()


def package_field(field: str) -> str:
    """A string field of the ``[package]`` table of the crate's Cargo.toml."""
    manifest = CRATE / "Cargo.toml"
    text = manifest.read_text(encoding="utf-8")
    package = re.search(r"^\[package\]$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    value = package and re.search(rf'^{field}\s*=\s*"([^"]+)"', package.group(1), re.M)
    if not value:
        raise SystemExit(f"sipstatus: no [package] {field} in {manifest}")
    return value.group(1)


class sdist(_sdist):
    """Puts the crate, as ``cargo package`` packs it, in the sdist's ``crate/``."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        dest = Path(base_dir) / "crate"
        if CRATE == SDIST_CRATE:
            # An sdist made from an unpacked sdist: the crate is already packed.
            shutil.copytree(CRATE, dest)
            return
        name, version = package_field("name"), package_field("version")
        with tempfile.TemporaryDirectory() as target:
            # --no-verify: the wheel build compiles it; --allow-dirty: an sdist
            # of the working tree, as setuptools makes (.cargo_vcs_info.json
            # in it records the commit and whether the tree was dirty).
            subprocess.run(
                [
                    os.environ.get("CARGO", "cargo"),
                    "package",
                    "--manifest-path",
                    str(CRATE / "Cargo.toml"),
                    "--package",
                    name,
                    "--locked",
                    "--no-verify",
                    "--allow-dirty",
                    "--quiet",
                    "--target-dir",
                    target,
                ],
                check=True,
            )
            packed = Path(target) / "package" / f"{name}-{version}.crate"
            prefix = f"{name}-{version}/"
            with tarfile.open(packed) as tar:
                members = []
                for member in tar.getmembers():
                    if not member.name.startswith(prefix) or not (
                        member.isfile() or member.isdir()
                    ):
                        raise SystemExit(f"sipstatus: unexpected {member.name!r} in {packed}")
                    member.name = member.name[len(prefix) :]
                    members.append(member)
                # The "data" filter where Python has it (3.12, and backports).
                safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
                tar.extractall(dest, members=members, **safe)
        # cargo package dates every file 2006-07-24 (reproducible archives);
        # cargo tells a changed source by its date, so a build cached from an
        # older sdist (one CARGO_TARGET_DIR) would look fresh. Date them now.
        for path in dest.rglob("*"):
            os.utime(path)


class bdist_wheel(_bdist_wheel):
    """Tags the wheel ``py3-none-<platform>``: the library is loaded with
    ctypes and uses no Python API, so any Python 3 can load it."""

    def get_tag(self) -> tuple[str, str, str]:
        _, _, platform = super().get_tag()
        return "py3", "none", platform


setup(
    version=package_field("version"),
    cmdclass={"sdist": sdist, "bdist_wheel": bdist_wheel},
    rust_extensions=[
        RustExtension(
            "sipstatus._libsipstatus",
            path=str(CRATE / "Cargo.toml"),
            binding=Binding.NoBinding,
            # Names the file .abi3.so, a suffix every CPython 3 loads, rather
            # than one Python version's (sipstatus/_ffi.py looks for it).
            py_limited_api=True,
            cargo_manifest_args=["--locked"],
        )
    ],
)
