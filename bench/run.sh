#!/usr/bin/env bash
# Runs one named benchmark or tool: bench/run.sh NAME [args...]
#   NAME is a package under dev.javelin.bench whose Main class runs it (physics, codec, bandwidth,
#   transport, netcode, render, load, lagcomp). If bench/scripts/NAME.sh exists, it runs instead (for benchmarks
#   that need a display or extra setup); it gets the same arguments and $BENCH_JAR.
# Builds what it needs first. Output lines are the figures recorded in docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: bench/run.sh NAME [args...]  (physics, codec, bandwidth, transport, netcode, render, render3d, load, lagcomp)}
shift
mvn -q -B -DskipTests package -pl bench -am >&2
export BENCH_JAR="$PWD/bench/target/javelin-bench.jar"
export JAVELIN_JVM_FLAGS="-XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
if [[ "$name" == load ]]; then
  # Lets the server's step thread run at a higher OS priority than its network threads and the client process
  # (Linux honours Java thread priorities only with this flag, and only for root; otherwise it is ignored).
  JAVELIN_JVM_FLAGS="$JAVELIN_JVM_FLAGS -XX:ThreadPriorityPolicy=1"
fi
if [[ -x "bench/scripts/$name.sh" ]]; then
  exec "bench/scripts/$name.sh" "$@"
fi
# shellcheck disable=SC2086
exec java $JAVELIN_JVM_FLAGS -cp "$BENCH_JAR" "dev.javelin.bench.$name.Main" "$@"
