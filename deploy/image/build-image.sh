#!/bin/sh
# Builds the sample game server's OCI image with Jib (no Docker daemon) into
# sample-game/target/javelin-sample-server.tar, or says in one line why not and exits 0.
# Extra arguments go to Maven, e.g. -Dimage.name=registry.example.com/javelin/javelin-sample-server:0.1.0
# (with -Djib.goal... use `mvn -Pimage jib:build` to push instead; see deploy/README.md).
set -eu
cd "$(dirname "$0")/../.."
BASE="${JAVELIN_IMAGE_BASE:-eclipse-temurin:17-jre}"
PROBE="${JAVELIN_IMAGE_REGISTRY:-https://registry-1.docker.io/v2/}"
# Any HTTP answer (a registry answers 401 to an anonymous /v2/) means it can be reached.
if ! curl -s -o /dev/null --max-time 5 "$PROBE"; then
  echo "image: skipped: base image $BASE cannot be fetched ($PROBE unreachable); see deploy/README.md"
  exit 0
fi
exec mvn -B -Pimage -pl sample-game -am package -DskipTests -Dimage.base="$BASE" "$@"
