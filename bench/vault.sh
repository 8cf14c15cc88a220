#!/usr/bin/env bash
# Whole-process timings of the vault commands on a generated WhatsApp export:
# `walkaway import` into a fresh encrypted vault, then `readout` and `today` (several runs each).
# Prints wall seconds, CPU seconds (user + sys) and peak resident memory (GNU time's %M) per run,
# then medians. The plan starts 60 days before the last message; "now" is the last message's day.
#   bench/vault.sh [MESSAGES] [RUNS]      defaults: 1000000 5
#   BENCH_JAR=/tmp/old/walkaway.jar bench/vault.sh      another build, plain java -jar (lib/ beside it)
source "$(dirname "$0")/common.sh"
messages="${1:-1000000}"
runs="${2:-5}"

build
jar="${BENCH_JAR:-$jar}"
file="$(generate whatsapp_android "$messages")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export WALKAWAY_HOME="$home" WALKAWAY_PASSPHRASE="bench-only passphrase, not a secret"
# Through ./walkaway, as she runs it (its JVM options and class-data archive), unless BENCH_JAR.
launcher=("$root/walkaway")
[ -z "${BENCH_JAR:-}" ] || launcher=(java --enable-native-access=ALL-UNNAMED -jar "$jar")
run() { "${launcher[@]}" "$@"; }
timed() { # timed LABEL ARGS... -> appends "wall cpu rss" to $out/LABEL.times
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" "${launcher[@]}" "${@:2}" > "$out/$1.out"
  awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$out/t" | tee -a "$out/$1.times" \
    | awk -v l="$1" '{printf "  %-8s wall %6.2f s  cpu %6.2f s  peak %8d KB\n", l, $1, $2, $3}'
}
summary() {
  printf '%-8s median wall %6.2f s  cpu %6.2f s  peak %8d KB\n' "$1" \
    "$(cut -d' ' -f1 "$out/$1.times" | median)" "$(cut -d' ' -f2 "$out/$1.times" | median)" \
    "$(cut -d' ' -f3 "$out/$1.times" | median)"
}

last="$(tail -1 "$file" | cut -c1-10)"                      # dd/mm/yyyy
now="${last:6:4}-${last:3:2}-${last:0:2}T23:00"
start="$(date -d "${now%T*} - 60 days" +%F)"
: > "$out/import.times"; : > "$out/readout.times"; : > "$out/today.times"

run init > /dev/null
echo "input: $file ($(stat -c %s "$file") bytes, $messages messages); plan start $start, now $now"
timed import import "$file" --me "Maya Lindqvist"
run plan start --date "$start" --name Sam > /dev/null
for i in $(seq "$runs"); do
  timed readout readout --now "$now"
  timed today today --now "$now"
done
echo "vault: $(stat -c %s "$home"/*.db 2>/dev/null || du -sb "$home" | cut -f1) bytes"
summary import; summary readout; summary today
