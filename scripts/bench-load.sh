#!/usr/bin/env bash
# Times opening 1,024 articles (the TBAQ corpus written out four times, as .tml and as plain
# .txt) with `tempora extract`, including extraction, and reports wall time and peak memory.
# Needs ../shared/corpora/tbaq. Builds the release binary without the GUI.
#
# With --window [COPIES] it measures the real window instead: the 256 TBAQ files copied
# COPIES times (default 40: 10,240 articles) are opened in the release window under Xvfb
# with TEMPORA_FRAME_LOG=1; it reports when reading finished, the memory, the CPU when idle
# and the CPU time of each frame that handled an input (wheel notches and key presses sent
# with xdotool). --shot FILE also saves a screenshot. Needs Xvfb and xdotool (and `import`
# from ImageMagick for --shot).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/tbaq
if [ ! -d "$corpus" ]; then
  echo "skipping: $corpus is absent"
  exit 0
fi
if [ "${1:-}" = "--window" ]; then
  exec ./scripts/bench-window.sh "${@:2}"
fi
cargo build --release --no-default-features --quiet
bin=target/release/tempora
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tml" "$work/txt"
i=0
for copy in 1 2 3 4; do
  for f in "$corpus"/*/*.tml; do
    i=$((i + 1))
    cp "$f" "$work/tml/$copy-$(basename "$f")"
  done
done
# Plain text: the <TEXT> character data of each document, via our own TimeML reader.
python3 - "$work" <<'PY'
import pathlib, re, sys, html
work = pathlib.Path(sys.argv[1])
for f in sorted((work / "tml").glob("*.tml")):
    xml = f.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) if m else ""
    (work / "txt" / (f.stem + ".txt")).write_text(text, encoding="utf-8")
PY
for kind in tml txt; do
  n=$(ls "$work/$kind" | wc -l)
  bytes=$(cat "$work/$kind"/* | wc -c)
  echo "== $n .$kind files, $((bytes / 1024)) KiB"
  for run in 1 2 3; do
    /usr/bin/time -f "wall %e s, peak RSS %M KiB" "$bin" extract "$work/$kind" > "$work/out.jsonl"
  done
  echo "   $(wc -l < "$work/out.jsonl") time expressions"
done
