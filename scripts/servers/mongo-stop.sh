#!/usr/bin/env bash
# Stops the test MongoDB-wire server started by mongo-start.sh: FerretDB first,
# then PostgreSQL (clean shutdown; kill -9 after 10 s). Data is kept unless --wipe.
#
# Usage: mongo-stop.sh [--wipe]
# Env: same as mongo-start.sh (MONGO_PORT, MONGO_PG_PORT, MONGO_CACHE_DIR).
set -euo pipefail
# shellcheck source=mongo-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/mongo-common.sh"

wipe=0
for arg in "$@"; do
  case "$arg" in
  --wipe) wipe=1 ;;
  -h | --help) sed -n '2,6p' "$0"; exit 0 ;;
  *) die "unknown argument '$arg' (usage: mongo-stop.sh [--wipe])" ;;
  esac
done

# ---------------------------------------------------------------- ferretdb
phase_begin
if pid_alive "$FERRET_PID" "$FERRET_BIN"; then
  fpid="$(head -n 1 "$FERRET_PID")"
  kill -TERM "$fpid" 2>/dev/null || true
  if wait_gone "$fpid" 10; then
    phase_end "stopped FerretDB (pid $fpid)"
  else
    kill -KILL "$fpid" 2>/dev/null || true
    wait_gone "$fpid" 5 || true
    phase_end "FerretDB (pid $fpid) ignored SIGTERM for 10s; killed with SIGKILL"
  fi
else
  phase_end "FerretDB not running on port $MONGO_PORT"
fi
rm -f "$FERRET_PID"
handler="postgresql"
if [[ -s "$FERRET_HANDLER_FILE" ]]; then handler="$(cat "$FERRET_HANDLER_FILE")"; fi
rm -f "$FERRET_HANDLER_FILE"

# ---------------------------------------------------------------- postgresql
phase_begin
PG_REAL="$(pg_data_real)"
PG_BIN="$(pg_bin_dir)"
if [[ "$handler" == sqlite ]]; then
  phase_end "FerretDB on port $MONGO_PORT used sqlite; PostgreSQL left as it is"
elif [[ -f "$PG_REAL/postmaster.pid" ]]; then
  ppid_="$(head -n 1 "$PG_REAL/postmaster.pid")"
  if [[ "$ppid_" =~ ^[0-9]+$ ]] && proc_running "$ppid_"; then
    if [[ -n "$PG_BIN" ]] &&
       as_pg "$PG_BIN/pg_ctl" stop -D "$PG_REAL" -m fast -w -t 10 -s >/dev/null 2>&1; then
      phase_end "stopped PostgreSQL (pid $ppid_)"
    else
      # postmaster is a session leader (pg_ctl setsid()s it): kill it and its backends
      kill -KILL -- "-$ppid_" 2>/dev/null || kill -KILL "$ppid_" 2>/dev/null || true
      wait_gone "$ppid_" 5 || true
      for p in $(cluster_pids "$PG_REAL"); do kill -KILL "$p" 2>/dev/null || true; done
      phase_end "PostgreSQL (pid $ppid_) did not stop within 10s; killed with SIGKILL"
    fi
  else
    phase_end "PostgreSQL not running (stale postmaster.pid)"
  fi
else
  phase_end "PostgreSQL not running"
fi
rm -f "$PG_PID"

# ---------------------------------------------------------------- wipe
if ((wipe)); then
  phase_begin
  if [[ -L "$PG_DATA" ]]; then
    ext="$(readlink -f "$PG_DATA")"
    rm -rf -- "$ext" "$ext.log"
  fi
  rm -rf -- "$DATA_DIR"
  phase_end "wiped data ($DATA_DIR)"
fi
