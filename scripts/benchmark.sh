#!/usr/bin/env bash
# The load benchmark in one command: builds the jar if it is missing, generates a province of enterprises in a data
# directory of its own (once per size; later runs reuse it), starts the application with the bounded heap, measures
# with scripts/LoadTest.java, prints a table, and stops the application it started.
#
#   scripts/benchmark.sh                 # 1,000,000 enterprises (the first run generates them: about half an hour)
#   scripts/benchmark.sh 200000          # a smaller province for a quicker run
#
# Settings (environment): BENCH_DATA_DIR (default ./bench-data-<size>), DURATION and WARMUP in seconds per target
# (default 20 and 5), CONNECTIONS (default 8), JAVA_HEAP_OPTS (default "-Xmx512m -XX:+ExitOnOutOfMemoryError").
set -euo pipefail

cd "$(dirname "$0")/.."
SIZE="${1:-${ENTERPRISES:-1000000}}"
DATA_DIR="${BENCH_DATA_DIR:-./bench-data-$SIZE}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-8}"
read -r -a HEAP <<< "${JAVA_HEAP_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError}"
JAR=$(ls enforcement-web/target/enforcement-web-*.jar 2>/dev/null | grep -v -e '-sources' | head -n 1 || true)

if [[ ! "$SIZE" =~ ^[0-9]+$ ]] || (( SIZE <= 0 )); then
    echo "usage: $0 [number of enterprises, default 1000000]" >&2
    exit 2
fi
if [[ -z "$JAR" ]]; then
    echo "== building the application jar"
    ./mvnw -q package -DskipTests
    JAR=$(ls enforcement-web/target/enforcement-web-*.jar | grep -v -e '-sources' | head -n 1)
fi
mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
LOG="$DATA_DIR/benchmark-app.log"

APP_PID=""
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "== stopping the application (pid $APP_PID)"
        kill -TERM "$APP_PID"
        for _ in $(seq 1 120); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            echo "the application did not stop within 120 s; killing pid $APP_PID" >&2
            kill -KILL "$APP_PID"
        fi
    fi
    APP_PID=""
}
trap stop_app EXIT
trap 'stop_app; exit 130' INT TERM

if [[ "$(cat "$DATA_DIR/generated" 2>/dev/null || true)" != "$SIZE" ]]; then
    if [[ -f "$DATA_DIR/generated" ]]; then
        echo "$DATA_DIR holds another size ($(cat "$DATA_DIR/generated")); choose another BENCH_DATA_DIR" >&2
        exit 2
    fi
    echo "== generating $SIZE enterprises in $DATA_DIR (log: $DATA_DIR/generate.log)"
    started=$(date +%s)
    java "${HEAP[@]}" -jar "$JAR" --enforcement.data-dir="$DATA_DIR" --server.port=0 \
        --enforcement.generate.enterprises="$SIZE" > "$DATA_DIR/generate.log" 2>&1 &
    APP_PID=$!
    if ! wait "$APP_PID"; then
        APP_PID=""
        echo "the generator failed; see $DATA_DIR/generate.log" >&2
        exit 1
    fi
    APP_PID=""
    echo "$SIZE" > "$DATA_DIR/generated"
    echo "   generated in $(( $(date +%s) - started )) s"
fi

echo "== starting the application: java ${HEAP[*]} -jar $JAR (log: $LOG)"
java "${HEAP[@]}" -jar "$JAR" --enforcement.data-dir="$DATA_DIR" --server.port=0 > "$LOG" 2>&1 &
APP_PID=$!
PORT=""
for _ in $(seq 1 600); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "the application stopped while starting; see $LOG" >&2
        APP_PID=""
        exit 1
    fi
    PORT=$(grep -o -E 'Tomcat started on port[^0-9]*[0-9]+' "$LOG" | grep -o -E '[0-9]+$' | head -n 1 || true)
    if [[ -n "$PORT" ]] && grep -q 'Started EnforcementApplication' "$LOG"; then
        break
    fi
    PORT=""
    sleep 1
done
if [[ -z "$PORT" ]]; then
    echo "the application did not start within 600 s; see $LOG" >&2
    exit 1
fi

echo "== measuring on port $PORT: $SIZE enterprises, $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s per target"
java scripts/LoadTest.java --base="http://127.0.0.1:$PORT" --pid="$APP_PID" --connections="$CONNECTIONS" \
    --warmup="$WARMUP" --duration="$DURATION"

if grep -q 'OutOfMemoryError' "$LOG"; then
    echo "OutOfMemoryError in $LOG" >&2
    exit 1
fi
echo "No OutOfMemoryError; the application (pid $APP_PID) is still running: $(kill -0 "$APP_PID" 2>/dev/null && echo yes || echo no)."
stop_app
