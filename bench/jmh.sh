#!/usr/bin/env bash
# Runs the JMH benchmarks on one core each (JMH runs one thread by default).
#   bench/jmh.sh                      every benchmark
#   bench/jmh.sh ParseBenchmark -p format=whatsapp_android     any JMH arguments
source "$(dirname "$0")/common.sh"
build
cd "$root"
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
