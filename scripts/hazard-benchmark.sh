#!/usr/bin/env bash
# The overdue job and the 挂牌督办 queue over a province's hazards (issue 9: the job in seconds, set-based; the queue
# and the hazard lists p95 ≤ 25 ms at county, city and province). Runs HazardBenchmark (Failsafe, only when named)
# against the test database with the real migrations: generates the enterprises and the hazards set-based, times the
# overdue job, prints the plans, then times the queue and the list over HTTP, and prints the tables (lines starting
# HAZARD-BENCHMARK). See docs/benchmark.md.
#
#   scripts/hazard-benchmark.sh                                      # 1,000,000 hazards of 50,000 enterprises
#   scripts/hazard-benchmark.sh -Dhazard.benchmark.hazards=5000000 -Dhazard.benchmark.enterprises=200000
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -pl enforcement-web -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=HazardBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -e 'HAZARD-BENCHMARK' -e 'FAIL' -e 'ERROR' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
