#!/usr/bin/env bash
# Issues 100 documents concurrently in one department, three rounds, against the test database, and prints the
# throughput (lines starting DOCUMENT-BENCHMARK). See docs/benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl enforcement-web -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=DocumentIssuingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@" 2>&1 | grep 'DOCUMENT-BENCHMARK'
