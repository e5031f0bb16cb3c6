#!/usr/bin/env bash
# Fails when the temporal engine drops below the accuracy bar on the TempEval-3 training
# corpus (TimeBank + AQUAINT). Skips, saying why, when ../shared is not beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/tbaq
if [ ! -d "$corpus" ]; then
  echo "skipping the accuracy bar: $corpus is absent"
  exit 0
fi
cargo run --quiet --bin tempora -- eval --gold "$corpus" --errors 5 \
  --min-strict 0.85 --min-relaxed 0.92 --min-value 0.85 --min-type 0.90
