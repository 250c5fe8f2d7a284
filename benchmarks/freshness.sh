#!/usr/bin/env bash
# Freshness: how long after the command-service acknowledges a command the query-service shows it. Registers NCOs one
# at a time (each POST /api/ncos answered 201), and after each polls GET /api/ncos/{id} on the query-service until it
# answers 200; prints p50, p90, p99 and max over the samples, next to the round trip of the query-service's own
# liveness probe in the same run (the polling's resolution).
# Usage: benchmarks/freshness.sh [samples] [launcher jar]   (build the jar first: ./mvnw -q -B -DskipTests package)
set -euo pipefail
SAMPLES=${1:-100}
JAR=$(realpath "${2:-launcher/target/civic-tracker.jar}")
COMMANDS=18191
QUERIES=18192
WORK=$(mktemp -d)
cd "$WORK"
EMBEDDED_MONGO_PORT=27996 COMMAND_SERVICE_PORT=$COMMANDS QUERY_SERVICE_PORT=$QUERIES \
  CIVIC_USERS='bench:bench-password-1:STAFF+ANALYST' java -Xmx1g -jar "$JAR" > launcher.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  sleep 1
  curl -s "localhost:$QUERIES/actuator/health" | grep -q UP && curl -s "localhost:$COMMANDS/actuator/health" | grep -q UP && break
done
AUTH=(-u bench:bench-password-1)
now() { date +%s%N; }
probe=()
for i in $(seq 1 20); do
  start=$(now); curl -s -o /dev/null "localhost:$QUERIES/actuator/health/liveness"; probe+=($(( ($(now) - start) / 1000000 )))
done
lags=()
for i in $(seq 1 "$SAMPLES"); do
  id="nco-fresh-$i"
  code=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "localhost:$COMMANDS/api/ncos" -H 'Content-Type: application/json' \
    -d "{\"id\":\"$id\",\"fullName\":\"Общество $i\",\"legalForm\":\"LOCAL_PUBLIC_ORGANIZATION\",\"registeredOn\":\"2015-03-12\"}")
  acknowledged=$(now)
  [ "$code" = 201 ] || { echo "registration $i answered $code" >&2; exit 1; }
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "localhost:$QUERIES/api/ncos/$id")" = 200 ]; do :; done
  lags+=($(( ($(now) - acknowledged) / 1000000 )))
done
# Nearest rank, as FixedRate reports: the q-quantile of n sorted samples is the ceil(q * n)-th.
stats() { sort -n | awk 'function at(q,  r) { r = q * NR; return v[r > int(r) ? int(r) + 1 : int(r)] }
  {v[NR]=$1} END {printf "p50 %d ms  p90 %d ms  p99 %d ms  max %d ms", at(0.5), at(0.9), at(0.99), v[NR]}'; }
echo "acknowledged -> visible, $SAMPLES commands: $(printf '%s\n' "${lags[@]}" | stats)"
echo "liveness round trip (the polling's resolution): $(printf '%s\n' "${probe[@]}" | stats)"
