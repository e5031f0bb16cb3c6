#!/usr/bin/env bash
# The window at scale: opens the 256 TBAQ files copied COPIES times (default 40: 10,240
# articles) in the release window under Xvfb with TEMPORA_FRAME_LOG=1, then reports
#   - when reading finished (the last busy second after start) and the frames until then,
#   - resident memory (now and peak) and the CPU used while idle for 5 s,
#   - the CPU time of every frame that handled an input: wheel notches over the timeline and
#     key presses (arrows, +/-, Home, Page Up/Down), sent with xdotool.
# Usage: scripts/bench-window.sh [COPIES] [--shot FILE]. Needs ../shared/corpora/tbaq, Xvfb
# and xdotool (`import` from ImageMagick for --shot). Also run by `bench-load.sh --window`.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/tbaq
copies=40
shot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --shot) shot="$2"; shift 2 ;;
    *) copies="$1"; shift ;;
  esac
done
for tool in Xvfb xdotool; do
  if ! command -v "$tool" > /dev/null; then
    echo "skipping: $tool is missing (apt-get install -y xvfb xdotool imagemagick)"
    exit 0
  fi
done
if [ ! -d "$corpus" ]; then
  echo "skipping: $corpus is absent"
  exit 0
fi
cargo build --release --quiet
bin=$PWD/target/release/tempora
work=$(mktemp -d)
xvfb=""
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2> /dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/articles"
for c in $(seq 1 "$copies"); do
  for f in "$corpus"/*/*.tml; do
    cp "$f" "$work/articles/c$c-$(basename "$f")"
  done
done
echo "== $(ls "$work/articles" | wc -l) articles"

# A free display number.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
  display=$((display + 1))
done
Xvfb ":$display" -screen 0 1600x1000x24 > "$work/xvfb.log" 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=":$display"

# CPU ticks (user + system) and resident memory of the window process.
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$app/status"; }
hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$app/status"; }
hz=$(getconf CLK_TCK)

start=$(date +%s.%N)
TEMPORA_FRAME_LOG=1 "$bin" "$work/articles" 2> "$work/frames.log" &
app=$!
# Reading is over when the process has used no CPU for 3 s in a row.
last_busy=$start
prev=-1
quiet=0
while [ "$quiet" -lt 6 ]; do
  sleep 0.5
  now_ticks=$(ticks)
  if [ "$now_ticks" != "$prev" ]; then
    last_busy=$(date +%s.%N)
    quiet=0
  else
    quiet=$((quiet + 1))
  fi
  prev=$now_ticks
done
loaded_frames=$(grep -c '^frame' "$work/frames.log" || true)
echo "reading finished after $(echo "$last_busy - $start" | bc | xargs printf '%.1f') s" \
  "($loaded_frames frames); the slowest frames while reading (ms CPU):" \
  "$(awk '/^frame/ {print $3}' "$work/frames.log" | sort -n | tail -3 | xargs)"
echo "memory: $(( $(rss_kb) / 1024 )) MiB resident, peak $(( $(hwm_kb) / 1024 )) MiB"
idle0=$(ticks)
sleep 5
echo "idle: $(echo "($(ticks) - $idle0) * 100 / ($hz * 5)" | bc -l | xargs printf '%.1f')% CPU over 5 s"

# Inputs, half a second apart, over the timeline (the window opens at 1280x800 at 0,0).
xdotool search --sync --name Tempora windowfocus --sync > /dev/null 2>&1 || true
xdotool mousemove 640 330
sleep 0.5
before=$(grep -c '^frame' "$work/frames.log" || true)
for _ in 1 2 3 4 5; do xdotool click 4; sleep 0.5; done
for _ in 1 2 3; do xdotool click 5; sleep 0.5; done
for key in Right Left plus minus Down Down Up Home Next Prior; do
  xdotool key "$key"
  sleep 0.5
done
sleep 1
tail -n "+$((before + 1))" "$work/frames.log" | awk '/^frame/ && $(NF - 2) > 0 {print $3}' \
  | sort -n > "$work/input-frames.txt"
n=$(wc -l < "$work/input-frames.txt")
if [ "$n" -gt 0 ]; then
  median=$(awk -v n="$n" 'NR == int((n + 1) / 2) {print}' "$work/input-frames.txt")
  echo "frames with input: $n; CPU per frame: median $median ms, max $(tail -1 "$work/input-frames.txt") ms"
else
  echo "frames with input: none logged (did the window get the keyboard focus?)"
fi
echo "memory after input: $(( $(rss_kb) / 1024 )) MiB resident"
if [ -n "$shot" ]; then
  /usr/bin/import -window root "$shot"
  echo "screenshot: $shot"
fi
