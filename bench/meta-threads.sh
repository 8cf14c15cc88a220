#!/usr/bin/env bash
# How reading a Meta download grows with the conversations it holds: whole-process wall time, CPU
# time (user + sys) and peak resident memory of `walkaway analyze --them` on a zip of N
# conversations (his is one of them), median of RUNS runs, through the launcher as a user runs it.
# Linear is the promise: before issue 15, 5k/10k/20k took 3/9/33 s and 100k over five minutes.
#   bench/meta-threads.sh [RUNS] [COUNTS...]      defaults: 3  5000 10000 20000 100000
source "$(dirname "$0")/common.sh"
runs="${1:-3}"
shift || true
counts=("$@")
[ $# -gt 0 ] || counts=(5000 10000 20000 100000)

build
"$root/walkaway" --version > /dev/null   # makes the launcher's class-data archive, untimed

measure() { # measure LABEL ARGS... -> one line of medians
  : > "$out/meta.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$root/walkaway" "${@:2}" > /dev/null
    awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$out/t" >> "$out/meta.times"
  done
  printf '%-10s wall %6.2f s  cpu %6.2f s  peak %8d KB\n' "$1" \
    "$(cut -d' ' -f1 "$out/meta.times" | median)" "$(cut -d' ' -f2 "$out/meta.times" | median)" \
    "$(cut -d' ' -f3 "$out/meta.times" | median)"
}

for n in "${counts[@]}"; do
  zip="$out/meta-$n.zip"
  [ -s "$zip" ] || java -cp "$cp" app.walkaway.bench.MetaDownloadWriter "$n" "$zip" >&2
  measure "$n" analyze "$zip" --them "Tomas Berg" --me "Maya Lind" --json
done
