#!/usr/bin/env bash
# The draw SHA256-FY-1 over a pool of a million candidates (issue 7: ≤ 2 s). Usage:
#   scripts/draw-benchmark.sh [candidates] [ratio] [roster size]     (defaults 1000000 0.05 60)
# Builds the domain classes when they are missing, then runs scripts/DrawBenchmark.java on them with the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f enforcement-domain/target/classes/cn/safety/enforcement/domain/draw/Sha256FisherYates.class ]; then
    ./mvnw -q -pl enforcement-domain compile
fi
exec java -Xmx${DRAW_BENCH_HEAP:-1g} -cp enforcement-domain/target/classes scripts/DrawBenchmark.java "$@"
