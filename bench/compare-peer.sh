#!/usr/bin/env bash
# Whole-process comparison with the common JavaScript parser, whatsapp-chat-parser 4.0.2:
# its parse alone versus `walkaway analyze --json` (parse + analysis) on the same generated export.
# Walkaway runs through its launcher ./walkaway, as a user runs it (JVM options included; one untimed
# run first makes its class-data archive). Runs alternate (peer, walkaway, peer, ...) so both see
# the same machine state; reports medians of wall time, of CPU time (user + system) and of peak
# resident memory (GNU time's %M). On a busy machine wall time swells; CPU time and memory hold.
#   bench/compare-peer.sh [MESSAGES] [RUNS]      defaults: 1000000 5
source "$(dirname "$0")/common.sh"
messages="${1:-1000000}"
runs="${2:-5}"

build
file="$(generate whatsapp_android "$messages")"

peer="$(mktemp -d)"
trap 'rm -rf "$peer"' EXIT
(cd "$peer" && npm init -y >/dev/null 2>&1 \
  && npm install --no-audit --no-fund --silent whatsapp-chat-parser@4.0.2 >/dev/null 2>&1)
cat > "$peer/parse.mjs" <<'JS'
import { readFileSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';
const messages = parseString(readFileSync(process.argv[2], 'utf8'));
console.log(`${messages.length} messages`);
JS

: > "$out/peer.times"; : > "$out/walkaway.times"
walkaway=("$root/walkaway" analyze "$file" --me "Maya Lindqvist" --json)
"${walkaway[@]}" > /dev/null
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" node "$peer/parse.mjs" "$file" > "$out/peer.out"
  cat "$out/t" >> "$out/peer.times"
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" "${walkaway[@]}" > "$out/walkaway.out"
  cat "$out/t" >> "$out/walkaway.times"
done

# column N of a times file, or (for "cpu") user + system
col() { if [ "$2" = cpu ]; then awk '{print $2 + $3}' "$1"; else cut -d' ' -f"$2" "$1"; fi | median; }
pt=$(col "$out/peer.times" 1); pc=$(col "$out/peer.times" cpu); pm=$(col "$out/peer.times" 4)
wt=$(col "$out/walkaway.times" 1); wc=$(col "$out/walkaway.times" cpu); wm=$(col "$out/walkaway.times" 4)
echo "input: $file ($(stat -c %s "$file") bytes, $messages messages), $runs alternating runs each"
echo "peer (whatsapp-chat-parser 4.0.2, parse only): $(cat "$out/peer.out")"
printf 'peer      median %6.2f s wall  %6.2f s CPU  peak %8d KB\n' "$pt" "$pc" "$pm"
printf 'walkaway  median %6.2f s wall  %6.2f s CPU  peak %8d KB\n' "$wt" "$wc" "$wm"
awk -v pt="$pt" -v wt="$wt" -v pc="$pc" -v wc="$wc" -v pm="$pm" -v wm="$wm" \
  'BEGIN {printf "walkaway is %.1fx faster (%.1fx in CPU time) and uses %.2f of the peer'"'"'s peak memory\n", pt/wt, pc/wc, wm/pm}'
