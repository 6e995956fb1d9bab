#!/usr/bin/env bash
# Load test of POST /api/v1/decisions/acceptance with wrk (docs/performance.md).
#
#   scripts/load.sh                 # warm-up 300 s, then 30 s measured: decisions/s and latency percentiles
#   scripts/load.sh --soak          # warm-up, then 10 minutes; errors and live heap (after a full GC) before/after
#   scripts/load.sh --start ...     # also starts target/zwfw-rules-*.jar (built if missing) with a fresh store, and stops it
#   scripts/load.sh --ratio         # after the warm-up: liveness probe, decisions, liveness probe (each --duration, same
#                                   # connections) and the ratio decisions/s : probe requests/s (issue 19, target >= 0.6)
#
# Options: --url http://localhost:8080  --duration 30s  --warmup 300s  --connections 16  --threads 1
#          --soak-duration 600s  --heap-every 60 (seconds between heap samples during a soak)
#          --jar PATH (with --start: the jar to start instead of target/zwfw-rules-*.jar)
# Environment: ZWFW_TOKEN (default intake-dev-token, the default profile's intake token); KEEP_STORE=1 keeps the
# database of the fresh store --start made (deleted at the end otherwise, the log kept: it grows by gigabytes a run).
# Targets (issue 6): >= 5,000 decisions/s with p99 <= 10 ms on 2 cores, audit log on; soak with 0 errors and a flat heap.
# Without --start the service must already run (mvn spring-boot:run, or java -Dfile.encoding=UTF-8 -jar target/…jar);
# the heap is read with jcmd from the JVM whose command line names ZwfwRulesApplication or zwfw-rules.
# wrk comes from Debian's packages: installed with apt-get when missing (needs root or sudo).
set -euo pipefail

cd "$(dirname "$0")/.."
URL=http://localhost:8080
DURATION=30s
# The warm-up is long on purpose: on 2 cores the JIT (one C2 thread) needs 5 minutes and more of traffic to compile
# the ~30,000 hot methods of the web stack, Drools and H2; meanwhile throughput climbs from a few hundred to ~2,400
# decisions/s (docs/performance.md). A 20 s warm-up measured the JIT, not the service.
WARMUP=300s
CONNECTIONS=16
THREADS=1
SOAK=false
SOAK_DURATION=600s
HEAP_EVERY=60
START=false
RATIO=false
JAR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --soak) SOAK=true; shift ;;
    --soak-duration) SOAK_DURATION=$2; shift 2 ;;
    --heap-every) HEAP_EVERY=$2; shift 2 ;;
    --start) START=true; shift ;;
    --ratio) RATIO=true; shift ;;
    --jar) JAR=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  echo "wrk not found: installing Debian's package"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null \
    || { $SUDO apt-get update -q >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
fi

SERVICE_PID=""
if $START; then
  [ -n "$JAR" ] || JAR=$(ls target/zwfw-rules-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ]; then
    mvn -q -B -DskipTests package
    JAR=$(ls target/zwfw-rules-*.jar | grep -v original | head -1)
  fi
  STORE=$(mktemp -d /tmp/zwfw-load.XXXXXX)
  echo "starting $JAR (store $STORE, log $STORE/service.log)"
  java -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -jar "$JAR" \
    --server.port="${URL##*:}" \
    --spring.datasource.url="jdbc:h2:file:$STORE/zwfw;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    >"$STORE/service.log" 2>&1 &
  SERVICE_PID=$!
  # The database files are deleted at the end, the service's log kept (KEEP_STORE=1 keeps both): with WRITE_DELAY=0
  # every group commit appends to the H2 file, which grows by gigabytes in minutes of load (3-9 GB a run here) and
  # filled this machine's disk once.
  trap 'kill $SERVICE_PID 2>/dev/null || true; wait $SERVICE_PID 2>/dev/null || true
        if [ -z "${KEEP_STORE:-}" ]; then rm -f "$STORE"/zwfw.*; else echo "store kept: $STORE"; fi' EXIT
fi

for _ in $(seq 1 300); do
  curl -sf "$URL/actuator/health" >/dev/null && break
  [ -n "$SERVICE_PID" ] && ! kill -0 "$SERVICE_PID" 2>/dev/null && { echo "service did not start" >&2; exit 1; }
  sleep 1
done
curl -sf "$URL/actuator/health" >/dev/null || { echo "no service at $URL (start it: mvn spring-boot:run)" >&2; exit 1; }

PID=$SERVICE_PID
if [ -z "$PID" ]; then
  PID=$(jcmd -l 2>/dev/null | awk '/ZwfwRulesApplication|zwfw-rules/ {print $1; exit}' || true)
fi

# Live heap: a full GC first (jcmd GC.run), so what is left is what the service holds, not garbage awaiting collection.
live_heap() {
  if [ -z "$PID" ]; then echo "heap: no local JVM found (jcmd -l)"; return; fi
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | awk -v label="$1" '/garbage-first heap|total/ && !done {
    for (i = 1; i <= NF; i++) { if ($i == "used") { c = $(i-1); sub(/,$/, "", c); print "HEAP " label ": used " $(i+1) " of committed " c " (after full GC)"; done = 1 } } }'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); date: $(date -u +%FT%TZ)"
echo "target: $URL/api/v1/decisions/acceptance, $THREADS wrk thread(s), $CONNECTIONS connections"

echo "== warm-up ($WARMUP, not counted)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s scripts/acceptance.lua "$URL" | grep -E '^(RESULT|ERRORS|  HTTP)' || true

if $SOAK; then
  live_heap before
  echo "== soak ($SOAK_DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SOAK_DURATION" --latency -s scripts/acceptance.lua "$URL" &
  WRK=$!
  START_S=$(date +%s)
  while kill -0 $WRK 2>/dev/null; do
    sleep "$HEAP_EVERY"
    if kill -0 $WRK 2>/dev/null && [ -n "$PID" ]; then
      echo "heap at +$(( $(date +%s) - START_S ))s (no GC forced): $(jcmd "$PID" GC.heap_info | awk '/total/ {print $0; exit}' | xargs)"
    fi
  done
  wait $WRK
  live_heap after
elif $RATIO; then
  # The liveness probe is the least a request costs through Tomcat, Spring MVC and the security chain: measured before
  # and after the decisions, so a change in the machine's load during the run shows as a difference between the two.
  probe() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$URL/actuator/health/liveness" \
      | awk '/Non-2xx/ {bad = $NF} /^Requests\/sec/ {rps = $2} END {printf "%.0f %d\n", rps, bad}'
  }
  echo "== liveness probe ($DURATION)"
  read -r P1 BAD1 < <(probe); echo "PROBE requests_per_s=$P1 non_2xx=$BAD1"
  echo "== decisions ($DURATION)"
  OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/acceptance.lua "$URL")
  echo "$OUT"
  D=$(echo "$OUT" | awk -F'decisions_per_s=' '/^RESULT/ {split($2, a, " "); print a[1]}')
  echo "== liveness probe again ($DURATION)"
  read -r P2 BAD2 < <(probe); echo "PROBE requests_per_s=$P2 non_2xx=$BAD2"
  awk -v d="$D" -v p1="$P1" -v p2="$P2" 'BEGIN {printf "RATIO decisions_per_s=%s probe_per_s=%.0f (%s, %s) ratio=%.2f\n", d, (p1 + p2) / 2, p1, p2, d / ((p1 + p2) / 2)}'
else
  echo "== measured ($DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/acceptance.lua "$URL"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
