# The Python package's release files, as a user gets them
# (tests/python_dist.rs, an ignored test this part turns on): the sdist and
# the manylinux wheel from scripts/python-dist, their contents, panics
# contained in the zig-linked library, each installed into a fresh
# virtualenv and the package's tests run against it.
set -euo pipefail

cargo test --quiet --test python_dist -- --include-ignored --nocapture
