"""Builds the Rust crate at the repository root into the package.

The crate's C ABI is the package's only source of phrases: setuptools-rust
compiles ``../Cargo.toml`` as a cdylib (``Binding.NoBinding``: no Python
bindings in Rust; the package loads it with ``ctypes``) and installs it as
``sipstatus/_libsipstatus.abi3.so``. The version is the crate's, read from
``Cargo.toml``, so there is one number to bump.

This needs the repository checkout: ``pip install ./python`` from its root
(pip builds a local folder in place). An sdist of this folder alone cannot
be built into a wheel.
"""

import re
from pathlib import Path

from setuptools import setup
from setuptools_rust import Binding, RustExtension

HERE = Path(__file__).resolve().parent
CARGO_TOML = HERE.parent / "Cargo.toml"

if not CARGO_TOML.is_file():
    raise SystemExit(
        f"sipstatus: {CARGO_TOML} not found. Build the Python package from a "
        "checkout of the sipstatus repository: `pip install ./python` from its root."
    )


def crate_version() -> str:
    """The ``version`` of the ``[package]`` table of Cargo.toml."""
    text = CARGO_TOML.read_text(encoding="utf-8")
    package = re.search(r"^\[package\]$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    version = package and re.search(r'^version\s*=\s*"([^"]+)"', package.group(1), re.M)
    if not version:
        raise SystemExit(f"sipstatus: no [package] version in {CARGO_TOML}")
    return version.group(1)


setup(
    version=crate_version(),
    rust_extensions=[
        RustExtension(
            "sipstatus._libsipstatus",
            path=str(CARGO_TOML),
            binding=Binding.NoBinding,
            # The library does not use Python's C API at all, so one build
            # serves every CPython from 3.9 on: name it .abi3.so and tag the
            # wheel cp39-abi3.
            py_limited_api=True,
        )
    ],
    options={"bdist_wheel": {"py_limited_api": "cp39"}},
)
