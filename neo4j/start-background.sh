#!/usr/bin/env bash
# Starts run.sh in the background (for CI and test scripts) and waits for READY.
#   neo4j/start-background.sh [LOGFILE]
# Env: NEO4J_LOG (log file, default <this dir>/neo4j.log; the argument wins),
#      NEO4J_START_TIMEOUT (seconds, default 180; a first run also downloads the jars),
#      plus everything run.sh reads (NEO4J_PORT, NEO4J_HOME_DIR, NEO4J_FRESH, ...).
# Writes the pid to <this dir>/neo4j.pid. Exit 0 after printing the READY line;
# exit 1 with the log tail if the server dies or times out (it is then stopped).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="${1:-${NEO4J_LOG:-$here/neo4j.log}}"
pidfile="$here/neo4j.pid"
timeout="${NEO4J_START_TIMEOUT:-180}"

alive() { # running and not a zombie (our dead child stays a zombie until we exit)
  local st; st="$(ps -o stat= -p "$1" 2>/dev/null)" && [[ -n "$st" && "$st" != Z* ]]
}
is_ours() { # alive and our launcher (not a recycled pid)
  alive "$1" && grep -qaE 'Launcher\.java|/run\.sh' "/proc/$1/cmdline" 2>/dev/null
}

if [[ -f "$pidfile" ]]; then
  old="$(cat "$pidfile")"
  if [[ -n "$old" ]] && is_ours "$old"; then
    echo "neo4j: already running (pid $old, $pidfile); run neo4j/stop.sh first" >&2
    exit 1
  fi
  rm -f "$pidfile"
fi

mkdir -p "$(dirname "$log")"
# setsid: own process group, so the caller's Ctrl-C/job control doesn't hit it and
# stop.sh can signal the group (mvn too, if stopped mid-download). run.sh execs
# java, so this pid ends up being the JVM itself.
setsid "$here/run.sh" >"$log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pidfile"

deadline=$((SECONDS + timeout))
while ((SECONDS < deadline)); do
  if line="$(grep -a -m1 -oE 'NEO4J READY bolt://[^[:space:]]+' "$log" 2>/dev/null)"; then
    echo "$line"
    exit 0
  fi
  if ! alive "$pid"; then
    echo "neo4j: exited before READY (pid $pid); last lines of $log:" >&2
    tail -n 40 "$log" >&2 || true
    rm -f "$pidfile"
    exit 1
  fi
  sleep 0.5
done

echo "neo4j: no READY within ${timeout}s (pid $pid); last lines of $log:" >&2
tail -n 40 "$log" >&2 || true
# Don't leave a half-started server behind for the next run to trip over.
"$here/stop.sh" >&2 || true
exit 1
