#!/usr/bin/env bash
# Commands over HTTP against the embedded default, next to the command-service's own health endpoints in the same
# run (/actuator/health asks MongoDB and the processors; /actuator/health/liveness asks nothing, so it is the web
# stack's own rate): POST /api/raids, each naming the same NCO (the hottest case for the reference gate), 16 connections, with wrk.
# Then the same command at fixed rates (RATES, default "50 100 200" a second, FIXED_SECONDS each, default 60, long
# enough that anything the server does now and then shows in every run; benchmarks/FixedRate.java, an open loop
# timing each request from when it was due, after one second's worth sent one at a time to warm up its own client),
# each rate first against the liveness probe: the tail that the machine, the web stack, the JVM and the client add
# to any request at that rate, the baseline the raids' p99 is divided by.
# Usage: benchmarks/http-commands.sh [launcher jar]   (needs wrk: apt-get install wrk; build the jar first)
set -euo pipefail
JAR=$(realpath "${1:-launcher/target/civic-tracker.jar}")
FIXED_RATE=$(realpath "$(dirname "$0")/FixedRate.java")
PORT=18181
WORK=$(mktemp -d)
cd "$WORK"
EMBEDDED_MONGO_PORT=27998 COMMAND_SERVICE_PORT=$PORT QUERY_SERVICE_PORT=18182 \
  CIVIC_USERS='bench:bench-password-1:STAFF' java -Xmx1g -jar "$JAR" > launcher.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  sleep 1
  curl -s "localhost:$PORT/actuator/health" | grep -q UP && break
done
curl -sf -o /dev/null -u bench:bench-password-1 "localhost:$PORT/api/ncos" -H 'Content-Type: application/json' \
  -d '{"id":"nco-bench","fullName":"Общество","legalForm":"LOCAL_PUBLIC_ORGANIZATION","registeredOn":"2015-03-12"}'
RAID='{"heldOn":"2020-06-19","location":"Улица Мира","purpose":"Памятки","participantNcoIds":["nco-bench"],"leafletsDistributed":20}'
cat > post.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic YmVuY2g6YmVuY2gtcGFzc3dvcmQtMQ=="
wrk.body = '$RAID'
LUA
wrk -t2 -c16 -d"${WARMUP:-60}"s -s post.lua "http://localhost:$PORT/api/raids" > /dev/null   # warm-up
health=$(wrk -t2 -c16 -d15s "http://localhost:$PORT/actuator/health" | awk '/Requests\/sec/ {print $2}')
liveness=$(wrk -t2 -c16 -d15s "http://localhost:$PORT/actuator/health/liveness" | awk '/Requests\/sec/ {print $2}')
raids=$(wrk -t2 -c16 -d20s --latency -s post.lua "http://localhost:$PORT/api/raids" | tee raids.txt | awk '/Requests\/sec/ {print $2}')
grep -E ' 50%| 99%|Non-2xx' raids.txt || true
ratio() { awk -v r="$raids" -v h="$1" 'BEGIN {printf "%.3f", r / h}'; }
echo "health: $health/s  liveness: $liveness/s  raids: $raids/s  ratio to health: $(ratio "$health")  to liveness: $(ratio "$liveness")"
p99() { sed -n 's/.* p99 \([0-9.]*\) ms.*/\1/p'; }
for rate in ${RATES:-50 100 200}; do
  base=$(java "$FIXED_RATE" "http://localhost:$PORT/actuator/health/liveness" bench:bench-password-1 "$rate" \
           "${FIXED_SECONDS:-60}")
  echo "liveness $base"
  run=$(java "$FIXED_RATE" "http://localhost:$PORT/api/raids" bench:bench-password-1 "$rate" "${FIXED_SECONDS:-60}" "$RAID")
  echo "raids    $run"
  awk -v r="$(p99 <<< "$run")" -v b="$(p99 <<< "$base")" -v rate="$rate" \
      'BEGIN {printf "%s/s: raids p99 %s ms, liveness p99 %s ms, ratio %.2f\n", rate, r, b, r / b}'
done
