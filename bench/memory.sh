#!/usr/bin/env bash
# Peak resident memory (GNU time's %M) of the vault commands at each size, run two ways: through
# ./walkaway (its JVM options) and with plain `java -jar target/walkaway.jar` (the JVM's defaults:
# G1, a quarter of the machine's memory as the heap limit). Memory, not time: the wall and CPU
# columns are printed for context only, and mean little on a shared machine.
#   bench/memory.sh [MESSAGES...]          default: 1000000 5000000
#   BENCH_JAR=/tmp/old/walkaway.jar bench/memory.sh 1000000    another build (lib/ beside it)
# For each size and way: a fresh vault; import of a generated WhatsApp export; a plan starting
# 60 days before the last message; readout and today at the last message's day; readout with
# --start 12 weeks after the first message (the whole history in its window, the worst case); and
# export --json --out to a file, since the screen would only measure the terminal.
source "$(dirname "$0")/common.sh"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 5000000)

build
jar="${BENCH_JAR:-$jar}"
export WALKAWAY_PASSPHRASE="bench-only passphrase, not a secret"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # measure WAY LABEL ARGS... : one run, one line
  local way="$1" label="$2"
  shift 2
  local cmd=("$root/walkaway")
  [ "$way" = launcher ] && [ -z "${BENCH_JAR:-}" ] || cmd=(java -jar "$jar")
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/t" "${cmd[@]}" "$@" > "$work/out" 2> "$work/err"; then
    echo "  $label failed: $(tail -3 "$work/err")" >&2
    return 1
  fi
  awk -v way="$way" -v l="$label" '{printf "%-9s %-13s peak %7.0f MB   wall %6.2f s  cpu %6.2f s\n",
    way, l, $4 / 1024, $1, $2 + $3}' "$work/t"
}

for messages in "${sizes[@]}"; do
  file="$(generate whatsapp_android "$messages")"
  first="$(head -1 "$file" | cut -c1-10)"                  # dd/mm/yyyy
  last="$(tail -1 "$file" | cut -c1-10)"
  now="${last:6:4}-${last:3:2}-${last:0:2}T23:00"
  start="$(date -d "${now%T*} - 60 days" +%F)"
  early="$(date -d "${first:6:4}-${first:3:2}-${first:0:2} + 84 days" +%F)"
  echo "== $messages messages ($(stat -L -c %s "$file") bytes); plan start $start; whole-history start $early"
  for way in launcher plain; do
    export WALKAWAY_HOME="$work/home-$way-$messages"
    rm -rf "$WALKAWAY_HOME" "$work/export.json"
    "$root/walkaway" init > /dev/null
    measure "$way" import import "$file" --me "Maya Lindqvist"
    "$root/walkaway" plan start --date "$start" --name Sam > /dev/null
    measure "$way" readout readout --now "$now"
    measure "$way" today today --now "$now"
    measure "$way" readout-all readout --now "$now" --start "$early"
    measure "$way" export export --json --out "$work/export.json"
    rm -rf "$WALKAWAY_HOME" "$work/export.json"
  done
done
