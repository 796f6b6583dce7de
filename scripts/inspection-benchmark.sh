#!/usr/bin/env bash
# The inspection lists at 1,000,000 inspections (issue 8: p95 ≤ 25 ms at every level). Runs InspectionListBenchmark
# (Failsafe, only when named) against the test database with the real migrations: generates the enterprises and the
# inspections set-based, then times GET /api/v1/inspections over HTTP as a county, a city and a province inspector,
# and prints the table (lines starting INSPECTION-BENCHMARK). See docs/benchmark.md.
#
#   scripts/inspection-benchmark.sh                                       # 1,000,000 inspections
#   scripts/inspection-benchmark.sh -Dinspection.benchmark.inspections=200000 -Dinspection.benchmark.enterprises=10000
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -pl enforcement-web -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=InspectionListBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -e 'INSPECTION-BENCHMARK' -e 'FAIL' -e 'ERROR' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
