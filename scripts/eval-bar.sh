#!/usr/bin/env bash
# Fails when the temporal engine drops below its accuracy floor on the TempEval-3 training
# corpus (TimeBank + AQUAINT). Skips, saying why, when ../shared is not beside the project.
#
# Issue 3's bar is strict 0.85 / relaxed 0.92 / value 0.85 / type 0.90. Strict, relaxed and
# type are held above it, at about the level reached (0.895 / 0.950 / 0.918 now); value F1
# (0.831 now) is not at the bar yet, so its floor is the level reached (a regression
# guard). Raise the floors whenever the engine improves.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/tbaq
if [ ! -d "$corpus" ]; then
  echo "skipping the accuracy bar: $corpus is absent"
  exit 0
fi
cargo run --quiet --bin tempora -- eval --gold "$corpus" --errors 5 \
  --min-strict 0.89 --min-relaxed 0.945 --min-value 0.828 --min-type 0.91

# Story time in narratives (issue 14): the WikiWars development half. Relaxed F1 is held at
# the issue's bar (0.91); value F1 (0.839 now, bar 0.85) at the level reached, as a
# regression guard until it reaches the bar.
narratives=../shared/corpora/wikiwars-dev
if [ ! -d "$narratives" ]; then
  echo "skipping the narrative bar: $narratives is absent"
  exit 0
fi
cargo run --quiet --bin tempora -- eval --gold "$narratives" --errors 5 \
  --min-strict 0.86 --min-relaxed 0.915 --min-value 0.838 --min-type 0.90
