#!/bin/sh
# Stress runs too slow for the test suite (release build): a 50 MB single line, a million
# short lines, and Ctrl-C at random moments of a report write. Prints each run's time and
# peak memory; fails on a crash, an unexpected exit status or a leftover temporary file.
#
#   scripts/stress.sh            # everything
#   scripts/stress.sh line|lines|signals
set -eu
cd "$(dirname "$0")/.."
WHAT=${1:-all}
swift build -c release --product mizan >/dev/null
MIZAN=$(swift build -c release --show-bin-path)/mizan
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

generate() { # generate FILE BYTES_PER_LINE LINES SEED
  python3 - "$@" <<'PY'
import random, sys
path, width, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
random.seed(seed)
words = ["alpha", "beta", "gamma", "delta", "سلام", "عليكم", "كتاب", "U.S.", "1,000", "«قال»"]
with open(path, "w", encoding="utf-8") as out:
    for _ in range(count):
        line, size = [], 0
        while size < width:
            word = random.choice(words); line.append(word); size += len(word.encode()) + 1
        out.write(" ".join(line) + "\n")
PY
}

run() { # run LABEL EXPECTED_STATUS COMMAND...
  label=$1; expected=$2; shift 2
  set +e
  /usr/bin/time -f "$label: %es, %M KB" "$@" >/dev/null 2>"$WORK/err"
  status=$?
  set -e
  tail -1 "$WORK/err"
  if [ "$status" != "$expected" ]; then echo "FAIL $label: exit $status, expected $expected"; cat "$WORK/err"; exit 1; fi
}

if [ "$WHAT" = all ] || [ "$WHAT" = line ]; then
  generate "$WORK/h.txt" 50000000 1 1
  generate "$WORK/r.txt" 50000000 1 2
  run "align, 50 MB line" 0 "$MIZAN" align "$WORK/h.txt" "$WORK/r.txt"
  run "score bleu chrf, 50 MB line" 0 "$MIZAN" score "$WORK/r.txt" -i "$WORK/h.txt" -m bleu chrf
  generate "$WORK/h1.txt" 1000000 1 1
  generate "$WORK/r1.txt" 1000000 1 2
  run "evaluate, 1 MB line" 0 "$MIZAN" evaluate "$WORK/h1.txt" "$WORK/r1.txt" -q --no-normalize
fi

if [ "$WHAT" = all ] || [ "$WHAT" = lines ]; then
  generate "$WORK/hl.txt" 20 1000000 1
  generate "$WORK/rl.txt" 20 1000000 2
  run "score bleu chrf ter, 1M lines" 0 "$MIZAN" score "$WORK/rl.txt" -i "$WORK/hl.txt" -m bleu chrf ter
  run "align, 1M lines" 0 "$MIZAN" align "$WORK/hl.txt" "$WORK/rl.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = signals ]; then
  generate "$WORK/hs.txt" 120 3000 1
  generate "$WORK/rs.txt" 120 3000 2
  mkdir -p "$WORK/report"
  for delay in 0.2 0.5 1 1.5 2 2.5 3 4 5 6; do
    echo old > "$WORK/report/report.html"
    python3 - "$MIZAN" "$WORK" "$delay" <<'PY'
import os, signal, subprocess, sys, time
mizan, work, delay = sys.argv[1], sys.argv[2], float(sys.argv[3])
p = subprocess.Popen([mizan, "evaluate", f"{work}/hs.txt", f"{work}/rs.txt", "--report", f"{work}/report", "-q"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(delay)
p.send_signal(signal.SIGINT)
status = p.wait()
names = sorted(os.listdir(f"{work}/report"))
leftovers = [n for n in names if n.endswith(".tmp")]
html = open(f"{work}/report/report.html").read()
complete = html == "old\n" or html.rstrip().endswith("</html>")
print(f"SIGINT after {delay}s: exit {status}, files {names}")
if leftovers or not complete or status not in (0, 130):
    sys.exit("FAIL: leftover temporary files or a half-written report")
PY
    rm -f "$WORK"/report/*
  done
fi
echo "stress: all runs passed"
