#!/usr/bin/env bash
# The web app under load: CLIENTS browser tabs of hers read every page in turn for SECONDS over a
# vault of MESSAGES messages, through `walkaway serve` as she runs it, on loopback; she locks and
# unlocks half way and presses Quick exit near the end. Prints requests, errors and p50/p99 per
# page, and how long Lock and Quick exit took under that load. Bounded: the clients stop after
# SECONDS, the server is stopped by its process id, and the throwaway vault is removed.
#   bench/web-load.sh [MESSAGES] [CLIENTS] [SECONDS] [PORT]     defaults: 1000000 50 30 7391
# Run it on a quiet machine: the figures are only as good as the machine is idle.
source "$(dirname "$0")/common.sh"
messages="${1:-1000000}"
clients="${2:-50}"
seconds="${3:-30}"
port="${4:-7391}"

build
file="$(generate whatsapp_android "$messages")"
home="$(mktemp -d)"
server=""
stop() { [ -z "$server" ] || kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$home"; }
trap stop EXIT
export WALKAWAY_HOME="$home" WALKAWAY_PASSPHRASE="bench-only passphrase, not a secret"
run() { "$root/walkaway" "$@"; }

last="$(tail -1 "$file" | cut -c1-10)"                      # dd/mm/yyyy
start="$(date -d "${last:6:4}-${last:3:2}-${last:0:2} - 60 days" +%F)"
run init > /dev/null
run import "$file" --me "Maya Lindqvist" > /dev/null
run plan start --date "$start" --name Sam > /dev/null
echo "vault: $messages messages, $(du -sb "$home" | cut -f1) bytes; plan start $start"

"$root/walkaway" serve --no-browser --port "$port" > "$out/web-load-serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/unlock" && break
  sleep 0.2
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before the run; $(nproc) cores"
timeout $((seconds + 180)) java -Xmx512m -cp "$cp" app.walkaway.bench.WebLoad \
  "http://127.0.0.1:$port/" "$clients" "$seconds"
