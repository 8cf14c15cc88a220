# Shared by the benchmark scripts: build once, find the jar and the test classpath, generate inputs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
mkdir -p "$out"

build() {
  (cd "$root" && ./mvnw -q -B -Dspotless.check.skip=true -DskipTests package test-compile \
    dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >&2)
  cp="$root/target/test-classes:$root/target/classes:$(cat "$root/target/test-cp.txt")"
  jar="$root/target/walkaway.jar"
}

# generate FORMAT MESSAGES -> prints the path (cached: same arguments give the same file)
generate() {
  local file="$out/$1-$2.txt"
  [ -s "$file" ] || java -cp "$cp" app.walkaway.bench.ExportGenerator "$1" "$2" "$file" >&2
  echo "$file"
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
