#!/usr/bin/env bash
# Paired comparison of two service jars on a shared machine (docs/performance.md, 2026-12-06):
#
#   scripts/load-paired.sh BEFORE.jar AFTER.jar     # env: WARM_ROUNDS (4), WARM (60s), ROUNDS (2)
#
# Both jars run at once, each with a fresh H2 file store (WRITE_DELAY=0, as scripts/load.sh --start) and idle while
# the other is driven; phases alternate between them so the machine's load falls on both alike: WARM_ROUNDS x WARM of
# decisions on each, then per round a 20 s liveness probe and 20 s of decisions (scripts/acceptance.lua) on each,
# 16 connections, one wrk thread. Each phase prints requests/s and the CPU per request of the service (its JVM's
# utime + stime from /proc over the phase: request threads, audit writer, GC and JIT) and of wrk (/usr/bin/time).
# Phases are labelled "main" (the first jar) and "branch" (the second).
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
declare -A PORT=([main]=18151 [branch]=18152) PID=() STORE=()
JAR_main=$1; JAR_branch=$2
for w in main branch; do
  jar=JAR_$w; S=$(mktemp -d /tmp/zwfw-paired.XXXXXX); STORE[$w]=$S
  java -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -jar ${!jar} --server.port=${PORT[$w]} \
   --spring.datasource.url="jdbc:h2:file:$S/zwfw;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" > $S/service.log 2>&1 &
  PID[$w]=$!; echo "$w pid ${PID[$w]} jar ${!jar} store $S"
done
# Both databases are deleted at the end, the services' logs kept: each grows by gigabytes a run (WRITE_DELAY=0 appends
# every commit to the file).
trap 'kill ${PID[main]} ${PID[branch]} 2>/dev/null; wait ${PID[main]} ${PID[branch]} 2>/dev/null; rm -f "${STORE[main]}"/zwfw.* "${STORE[branch]}"/zwfw.*' EXIT
for w in main branch; do for i in $(seq 1 300); do curl -sf localhost:${PORT[$w]}/actuator/health >/dev/null && break; sleep 1; done; done
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
phase() { # which kind duration
  local w=$1 k=$2 d=$3 url=http://localhost:${PORT[$w]} out j0 j1 t0 t1 n rps wc
  j0=$(ticks ${PID[$w]}); t0=$(date +%s.%N)
  if [ $k = dec ]; then
    out=$(/usr/bin/time -f "WRKCPU %U %S" wrk -t1 -c16 -d$d -s scripts/acceptance.lua $url 2>&1)
    rps=$(echo "$out" | awk -F'decisions_per_s=' '/^RESULT/ {split($2,a," "); print a[1]}')
    extra=$(echo "$out" | grep -o "non_2xx=[0-9]*" | head -1)
  else
    out=$(/usr/bin/time -f "WRKCPU %U %S" wrk -t1 -c16 -d$d $url/actuator/health/liveness 2>&1)
    rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
    extra=$(echo "$out" | grep -E "Non-2xx" | tr -s ' ')
  fi
  j1=$(ticks ${PID[$w]}); t1=$(date +%s.%N)
  wc=$(echo "$out" | awk '/^WRKCPU/ {print $2+$3}')
  awk -v w=$w -v k=$k -v rps=$rps -v dj=$((j1-j0)) -v dt=$(echo "$t1 - $t0" | bc) -v wc=$wc -v x="$extra" -v la="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    n = rps*dt; printf "PHASE %-6s %-5s rps=%7.0f service_cpu=%.3f ms/req wrk_cpu=%.3f ms/req service_cores=%.2f load=%s %s\n", w, k, rps, dj*10/n, wc*1000/n, dj/100/dt, la, x }'
}
echo "start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 ${WARM_ROUNDS:-3}); do for w in main branch; do phase $w dec ${WARM:-60s} | sed 's/^PHASE/WARM/'; done; done
for r in $(seq 1 ${ROUNDS:-2}); do
  for w in main branch; do phase $w probe 20s; phase $w dec 20s; done
done
echo "end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
