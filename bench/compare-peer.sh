#!/usr/bin/env bash
# Whole-process comparison with the common JavaScript parser, whatsapp-chat-parser 4.0.2:
# its parse alone versus `walkaway analyze --json` (parse + analysis) on the same generated export.
# Runs alternate (peer, walkaway, peer, ...) so both see the same machine state; reports medians of
# wall time and of peak resident memory (GNU time's %M).
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
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$out/t" node "$peer/parse.mjs" "$file" > "$out/peer.out"
  cat "$out/t" >> "$out/peer.times"
  /usr/bin/time -f "%e %M" -o "$out/t" java --enable-native-access=ALL-UNNAMED -jar "$jar" \
    analyze "$file" --me "Maya Lindqvist" --json > "$out/walkaway.out"
  cat "$out/t" >> "$out/walkaway.times"
done

pt=$(cut -d' ' -f1 "$out/peer.times" | median); pm=$(cut -d' ' -f2 "$out/peer.times" | median)
wt=$(cut -d' ' -f1 "$out/walkaway.times" | median); wm=$(cut -d' ' -f2 "$out/walkaway.times" | median)
echo "input: $file ($(stat -c %s "$file") bytes, $messages messages), $runs alternating runs each"
echo "peer (whatsapp-chat-parser 4.0.2, parse only): $(cat "$out/peer.out")"
printf 'peer      median %6.2f s  peak %8d KB\n' "$pt" "$pm"
printf 'walkaway  median %6.2f s  peak %8d KB\n' "$wt" "$wm"
awk -v pt="$pt" -v wt="$wt" -v pm="$pm" -v wm="$wm" \
  'BEGIN {printf "walkaway is %.1fx faster and uses %.2f of the peer'"'"'s peak memory\n", pt/wt, wm/pm}'
