#!/usr/bin/env bash
# Parse speed of two revisions side by side in one JVM, turn about (see ParseAB.java): steadier
# than two JMH runs when the change is a few percent.
#   bench/parse-ab.sh REV_A REV_B [FORMAT] [MESSAGES] [ROUNDS]
#   bench/parse-ab.sh HEAD~1 HEAD whatsapp_ios 200000 150      defaults: whatsapp_ios 200000 150
# REV_B may be "." for the working tree as it is. Each revision is compiled in a temporary
# worktree; the JVM runs the serial collector, as the launcher does.
source "$(dirname "$0")/common.sh"
[ $# -ge 2 ] || { sed -n 4,5p "$0" >&2; exit 2; }
rev_a="$1"; rev_b="$2"; format="${3:-whatsapp_ios}"; messages="${4:-200000}"; rounds="${5:-150}"

build
file="$(generate "$format" "$messages")"
work="$(mktemp -d)"
trap 'for d in "$work"/rev-*; do git -C "$root" worktree remove --force "$d" 2>/dev/null; done; rm -rf "$work"' EXIT

# classes REV NAME -> prints the directory of REV's compiled main classes
classes() {
  if [ "$1" = "." ]; then
    echo "$root/target/classes"
    return
  fi
  local dir="$work/rev-$2"
  git -C "$root" worktree add --detach --quiet "$dir" "$1" >&2
  (cd "$dir" && "$root/mvnw" -q -B -Dspotless.check.skip=true compile >&2)
  echo "$dir/target/classes"
}

a="$(classes "$rev_a" a)"
b="$(classes "$rev_b" b)"
dependencies="$(cat "$root/target/test-cp.txt")"
echo "A = $rev_a, B = $rev_b, $file, $rounds rounds"
java -XX:+UseSerialGC -Xmx2g -cp "$root/target/test-classes" app.walkaway.bench.ParseAB \
  "$file" "$rounds" "$a" "$b" "$dependencies"
