#!/usr/bin/env bash
# How the cost of `walkaway analyze --json` grows with the size of the history: whole-process wall
# time, CPU time (user + sys) and peak resident memory at each size, median of RUNS runs, through
# the launcher as a user runs it. Also once with --start, which keeps the texts for the signals.
#   bench/scale.sh [RUNS] [SIZES...]      defaults: 3  10000 100000 1000000
source "$(dirname "$0")/common.sh"
runs="${1:-3}"
shift || true
sizes=("$@")
[ $# -gt 0 ] || sizes=(10000 100000 1000000)

build
"$root/walkaway" --version > /dev/null   # makes the launcher's class-data archive, untimed

measure() { # measure LABEL ARGS... -> one line of medians
  : > "$out/scale.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$root/walkaway" "${@:2}" > /dev/null
    awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$out/t" >> "$out/scale.times"
  done
  printf '%-22s wall %6.2f s  cpu %6.2f s  peak %8d KB\n' "$1" \
    "$(cut -d' ' -f1 "$out/scale.times" | median)" "$(cut -d' ' -f2 "$out/scale.times" | median)" \
    "$(cut -d' ' -f3 "$out/scale.times" | median)"
}

for n in "${sizes[@]}"; do
  file="$(generate whatsapp_android "$n")"
  measure "$n" analyze "$file" --me "Maya Lindqvist" --json
done
file="$(generate whatsapp_android "${sizes[-1]}")"
measure "${sizes[-1]} --start" analyze "$file" --me "Maya Lindqvist" --json \
  --start 2024-01-01 --now 2025-06-01T00:00
