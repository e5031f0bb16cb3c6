#!/usr/bin/env bash
# Runs every check and test of Tempora: formatting, lints, unit/integration/GUI tests, and the
# TempEval-3 accuracy bar on ../shared/corpora/tbaq when that corpus is present.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings

echo "== cargo test"
cargo test --all-targets

if [ -f scripts/eval-bar.sh ]; then
  echo "== TempEval-3 accuracy bar"
  bash scripts/eval-bar.sh
fi
