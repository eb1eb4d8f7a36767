# The Python package (python/), tests/python.rs (an ignored test this part
# turns on): ruff, a wheel built by pip (with both license files) and
# installed into target/py-venv (made by scripts/setup), mypy --strict, and
# pytest against the installed package and against a fresh `cargo build`.
# 45-python-dist tests the release files (sdist, manylinux wheel).
set -euo pipefail

cargo test --quiet --test python -- --include-ignored --nocapture
