#!/usr/bin/env bash
# Growth benchmark for hostile input (issue 13): builds 1x, 4x and 16x sizes of each
# pathological shape in a temporary folder, runs the release binary on each, and prints wall
# time and peak memory. Fails when the time grows more than 6x between two sizes 4x apart, or
# when peak memory above the binary's baseline exceeds 30 bytes per input byte.
#
#   ./scripts/bench-hostile.sh                  every shape, base size 256 KiB
#   ./scripts/bench-hostile.sh monday amp       only these shapes
#   BASE_KIB=64 ./scripts/bench-hostile.sh      a smaller base size (quicker)
#   TIMEOUT=60 ./scripts/bench-hostile.sh       seconds before one run counts as a hang
#
# Builds the release binary without the GUI unless TEMPORA_BIN names one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TEMPORA_BIN:-}" ]; then
  cargo build --release --no-default-features --quiet
  TEMPORA_BIN=target/release/tempora
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$TEMPORA_BIN" "$work" "${BASE_KIB:-256}" "${TIMEOUT:-120}" "$@" <<'PY'
import os, subprocess, sys, time

binary, work, base_kib, timeout = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
only = set(sys.argv[5:])
MAX_GROWTH = 6.0      # allowed time ratio between two sizes 4x apart
MAX_BYTES_PER_BYTE = 30.0
# Below this, a run is dominated by start-up and timer noise: its ratio is not judged.
MIN_JUDGED_SECONDS = 0.05
MIN_JUDGED_BYTES = 1 << 20

def repeat(unit, size):
    """`unit` repeated to about `size` bytes."""
    return unit * max(1, size // len(unit))

def nested(open_, close, size):
    n = max(1, size // (len(open_) + len(close)))
    return open_ * n + "x" + close * n

EXTRACT = ["extract"]
EXTRACT_DCT = ["extract", "--dct", "2025-11-04"]
# name: (file extension, content for a size in bytes, command before the file)
SHAPES = {
    # Item 6: no publication date, so every line carries the article's suggestions.
    "monday": ("txt", lambda n: repeat("Monday ", n), EXTRACT),
    # Item 6: one endless sentence; the resolver must not rescan it per expression.
    "unpunctuated": ("txt", lambda n: repeat(
        "the council met on Monday and again in August after the vote two days later ", n),
        EXTRACT_DCT),
    # Item 6: matches with no space anywhere before them.
    "no-spaces": ("txt", lambda n: repeat("Monday,2025-11-04;March3,2025/", n), EXTRACT_DCT),
    # Item 6: runs of XML entities.
    "amp-tml": ("tml", lambda n: "<TimeML><DOCID>x</DOCID><TEXT>" + repeat("&amp;", n)
                + " on Monday</TEXT></TimeML>", EXTRACT_DCT),
    "amp-html": ("html", lambda n: "<html><body><article><p>" + repeat("&amp;", n)
                 + " on Monday</p></article></body></html>", EXTRACT_DCT),
    "amp-md": ("md", lambda n: repeat("&amp;", n) + " on Monday", EXTRACT_DCT),
    "amp-txt": ("txt", lambda n: repeat("&amp;", n) + " on Monday", EXTRACT_DCT),
    # Item 5: punctuation runs.
    "dashes": ("txt", lambda n: repeat("-", n), EXTRACT_DCT),
    "parens": ("txt", lambda n: repeat("(", n), EXTRACT_DCT),
    # Items 1 and 2: deep nesting.
    "nested-div": ("html", lambda n: "<html><body>" + nested("<div>", "</div>", n)
                   + "</body></html>", EXTRACT_DCT),
    "nested-span": ("html", lambda n: "<html><body>" + nested("<span>", "</span>", n)
                    + "</body></html>", EXTRACT_DCT),
    "nested-table": ("html", lambda n: "<html><body>" + repeat("<table><tr><td>", n)
                     + "</body></html>", EXTRACT_DCT),
    "nested-tml": ("tml", lambda n: "<TimeML><TEXT>" + nested("<s>", "</s>", n)
                   + " on Monday</TEXT></TimeML>", EXTRACT_DCT),
    "nested-json": ("json", lambda n: nested("[", "]", n), EXTRACT_DCT),
    # Item 6: the default view of many events (200,000 at 16x of 350 KiB).
    "many-events": ("txt", lambda n: repeat("It rained on March 3, 2025. ", n * 350 // 256),
                    ["render", "-o", os.path.join(work, "out.png")]),
}

def run(args):
    """(seconds, peak KiB, exit code) of one run; seconds is None after a timeout."""
    cmd = ["/usr/bin/time", "-f", "%M", binary] + args
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, None
    seconds = time.monotonic() - start
    lines = p.stderr.decode("utf-8", "replace").strip().splitlines()
    try:
        peak = int(lines[-1])
    except (IndexError, ValueError):
        peak = None
    return seconds, peak, p.returncode

tiny = os.path.join(work, "tiny.txt")
with open(tiny, "w") as f:
    f.write("It rained on Monday.")
_, baseline_kib, _ = run(EXTRACT_DCT + [tiny])
baseline_kib = baseline_kib or 0
print(f"binary {binary}; baseline peak {baseline_kib / 1024:.1f} MiB; base size {base_kib} KiB")
print(f"{'shape':14} {'size':>9} {'seconds':>8} {'growth':>7} {'peak MiB':>9} "
      f"{'B/B':>6} {'exit':>4}")
failures = []
for name, (ext, make, command) in SHAPES.items():
    if only and name not in only:
        continue
    previous = None
    for factor in (1, 4, 16):
        path = os.path.join(work, f"{name}-{factor}.{ext}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(make(base_kib * 1024 * factor))
        size = os.path.getsize(path)
        seconds, peak, code = run(command + [path])
        os.remove(path)
        if seconds is None:
            print(f"{name:14} {size:>9} {'>' + str(int(timeout)):>8} {'hang':>7}")
            failures.append(f"{name} at {size} bytes: no answer within {timeout:.0f} s")
            break
        growth = ""
        if previous is not None and previous >= MIN_JUDGED_SECONDS:
            ratio = seconds / previous
            growth = f"{ratio:.1f}x"
            if ratio > MAX_GROWTH:
                failures.append(f"{name}: {ratio:.1f}x slower for 4x the input (at {size} bytes)")
        per_byte = max(0, (peak or 0) - baseline_kib) * 1024 / size
        # Small inputs are dominated by allocator and page granularity: judged from 1 MiB.
        if per_byte > MAX_BYTES_PER_BYTE and size >= MIN_JUDGED_BYTES:
            failures.append(f"{name} at {size} bytes: {per_byte:.0f} bytes of memory per byte")
        print(f"{name:14} {size:>9} {seconds:>8.2f} {growth:>7} {(peak or 0) / 1024:>9.1f} "
              f"{per_byte:>6.1f} {code:>4}")
        previous = seconds
print("B/B: peak memory above the baseline, per input byte.")
if failures:
    print("FAIL:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("ok: every shape grows linearly and within the memory bound")
PY
