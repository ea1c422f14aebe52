#!/usr/bin/env bash
# 3D render benchmark: bench/run.sh render3d [cube counts...] [--seconds S] [--warmup S] [--size WxH] [--offscreen] [--still] [--no-floor] [--bullet]
# Prints RENDER3D cubes=<n> fps=<f> frameP99Ms=<f> per count (default 1 901 5000); --bullet draws the real cube
# sample (Bullet pile, a bot pushing through it, the sample's view) and adds scene=cubes-bullet.
# Draws in a real window; with no DISPLAY it runs itself under xvfb-run (Debian: xvfb xauth).
# Mesa's software GL (llvmpipe) needs libgl1 libgl1-mesa-dri (and libegl1 for --offscreen).
set -euo pipefail
: "${BENCH_JAR:?run this through bench/run.sh render3d}"
# shellcheck disable=SC2206
cmd=(java ${JAVELIN_JVM_FLAGS:-} -cp "$BENCH_JAR" dev.javelin.bench.render.Cubes3D "$@")
if [[ -z "${DISPLAY:-}" ]]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "render3d benchmark: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)" >&2
    exit 1
  fi
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "${cmd[@]}"
fi
exec "${cmd[@]}"
