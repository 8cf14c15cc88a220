#!/usr/bin/env bash
# The web app on a big vault: how long `walkaway serve` takes to be ready, to unlock, and to answer
# every page (timed from a client on loopback, one request at a time: first request, p50, p90, p99
# and slowest, in ms), then an import of the same export with its progress.
#   bench/pages.sh [MESSAGES] [REQUESTS] [PATH...]   defaults: 1000000 50, every page of the navigation
# The vault (MESSAGES messages of a generated WhatsApp export, a plan starting 60 days before its
# last message) is made once and kept in bench/out/pages-vault-MESSAGES/; delete it to make it anew.
# The server runs through ./walkaway, as she runs it. The import runs through the service's import
# use case in its own JVM with serve's JVM options (the Import page's upload endpoint calls the same
# use case; timing the upload itself waits for that page).
source "$(dirname "$0")/common.sh"
messages="${1:-1000000}"
requests="${2:-50}"
shift $(($# < 2 ? $# : 2))

build
file="$(generate whatsapp_android "$messages")"
home="$out/pages-vault-$messages"
export WALKAWAY_PASSPHRASE="bench-only passphrase, not a secret"
run() { WALKAWAY_HOME="$home" "$root/walkaway" "$@"; }

if [ ! -s "$home/vault.db" ] || [ ! -f "$home/.complete" ]; then
  rm -rf "$home"
  mkdir -p "$home"
  last="$(tail -1 "$file" | cut -c1-10)"                      # dd/mm/yyyy
  start="$(date -d "${last:6:4}-${last:3:2}-${last:0:2} - 60 days" +%F)"
  echo "making the vault: $messages messages, plan from $start (once)"
  run init > /dev/null
  run import "$file" --me "Maya Lindqvist" > /dev/null
  run plan start --date "$start" --name Sam > /dev/null
  touch "$home/.complete"
fi
echo "vault: $home/vault.db ($(stat -c %s "$home/vault.db") bytes, $messages messages)"

log="$out/pages-serve.log"
: > "$log"
began="$(date +%s%N)"
run serve --port 0 --no-browser > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
until grep -q '^Walkaway is open at ' "$log"; do
  kill -0 "$server" 2>/dev/null || { echo "serve stopped:"; cat "$log"; exit 1; }
  sleep 0.02
done
echo "serve: ready after $(( ($(date +%s%N) - began) / 1000000 )) ms (launch to address printed)"
address="$(sed -n 's/^Walkaway is open at //p' "$log")"

java -cp "$cp" app.walkaway.bench.PageTimer "$address" "$requests" "$@"

kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
trap - EXIT
java -XX:+UseSerialGC -XX:PretenureSizeThreshold=1m -cp "$cp" \
  app.walkaway.bench.ImportTimer "$file" "Maya Lindqvist"
