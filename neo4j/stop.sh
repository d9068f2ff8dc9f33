#!/usr/bin/env bash
# Stops the server started by start-background.sh: SIGTERM (Launcher's shutdown
# hook closes the store cleanly), then waits up to NEO4J_STOP_TIMEOUT seconds
# (default 60). Past that it is SIGKILLed and this exits 1 (the next start then
# runs recovery). Exit 0 if it stopped or wasn't running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pidfile="$here/neo4j.pid"
timeout="${NEO4J_STOP_TIMEOUT:-60}"

if [[ ! -f "$pidfile" ]]; then
  echo "neo4j: not running (no $pidfile)"
  exit 0
fi
pid="$(cat "$pidfile")"

alive() { # running and not a zombie (e.g. a dead child of start-background.sh)
  local st; st="$(ps -o stat= -p "$1" 2>/dev/null)" && [[ -n "$st" && "$st" != Z* ]]
}

# Only signal our own launcher, never a process that reused the pid.
if [[ -z "$pid" ]] || ! alive "$pid" \
   || ! grep -qaE 'Launcher\.java|/run\.sh' "/proc/$pid/cmdline" 2>/dev/null; then
  echo "neo4j: not running (stale pid ${pid:-?})"
  rm -f "$pidfile"
  exit 0
fi

# start-background.sh made it a process-group leader: signal the group when so,
# which also reaches mvn if it is still downloading.
if [[ "$(ps -o pgid= -p "$pid" | tr -d ' ')" == "$pid" ]]; then target=(-- "-$pid"); else target=("$pid"); fi

kill -TERM "${target[@]}" 2>/dev/null || true
deadline=$((SECONDS + timeout))
while alive "$pid"; do
  if ((SECONDS >= deadline)); then
    echo "neo4j: pid $pid still running after ${timeout}s; sending SIGKILL" >&2
    kill -KILL "${target[@]}" 2>/dev/null || true
    rm -f "$pidfile"
    exit 1
  fi
  sleep 0.2
done
rm -f "$pidfile"
echo "neo4j: stopped (pid $pid)"
