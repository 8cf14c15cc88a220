#!/usr/bin/env bash
# Start-up of the packaged app, as she gets it: the app image's launcher (its own runtime; Java
# stripped from the PATH, no JAVA_HOME) serving a throwaway vault. For each run: wall time from
# start to the first HTTP answer, and the CPU time (user + system, all threads) it took to get
# there, read from /proc. Medians over the runs. On a busy machine wall time swells; CPU holds.
# Needs the image first: ./mvnw -Ppackage package -Dapp.installer=image-only
#   bench/app-start.sh [RUNS] [LAUNCHER]      defaults: 5 target/package/image/Walkaway/bin/Walkaway
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
launcher="${2:-$root/target/package/image/Walkaway/bin/Walkaway}"
[ -x "$launcher" ] || { echo "no app image at $launcher: ./mvnw -Ppackage package -Dapp.installer=image-only" >&2; exit 1; }

path_without_java="$(tr ':' '\n' <<<"$PATH" | while read -r dir; do [ -x "$dir/java" ] || echo "$dir"; done | paste -sd:)"
ticks="$(getconf CLK_TCK)"
walls=() cpus=()
for ((i = 1; i <= runs; i++)); do
  home="$(mktemp -d)"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  start="$(date +%s%N)"
  env -i HOME="$home" PATH="$path_without_java" WALKAWAY_HOME="$home/vault" \
    "$launcher" serve --no-browser --port "$port" >"$home/out.txt" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$home/out.txt" >&2; exit 1; }
    sleep 0.01
  done
  walls+=($((($(date +%s%N) - start) / 1000000)))
  cpus+=("$(awk -v t="$ticks" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")")
  kill -TERM "$pid"
  wait "$pid" || true
  rm -rf "$home"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "first answer: median $(median "${walls[@]}") ms wall, $(median "${cpus[@]}") ms CPU over $runs runs (wall: ${walls[*]}; CPU: ${cpus[*]})"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
