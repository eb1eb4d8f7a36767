# Packaging for C and C++ users (tests/packaging.rs, an ignored test this
# part turns on): docs/install.md's and docs/cpp.md's commands run as
# written, the installed layout, the C++ wrapper's test, the ABI guard, the
# crate package's license files.
set -euo pipefail

cargo test --quiet --test packaging -- --include-ignored --nocapture
