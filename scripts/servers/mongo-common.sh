# shellcheck shell=bash
# shellcheck disable=SC2034  # variables are used by the scripts that source this file
# Shared settings for mongo-start.sh / mongo-stop.sh (sourced, not run).
#
# Environment knobs:
#   MONGO_PORT      FerretDB listen port on 127.0.0.1        (default 27018)
#   MONGO_PG_PORT   PostgreSQL port on 127.0.0.1             (default 54329)
#   MONGO_HANDLER   FerretDB backend: postgresql | sqlite   (default postgresql)
#   MONGO_CACHE_DIR where binaries, data, pids and logs live (default <repo>/.cache)
#   FERRETDB_PPROF  address for Go's profiler in FerretDB (net/http/pprof), off by default
#   FERRETDB_GOGC   the Go collector's GOGC for FerretDB (default 400)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${MONGO_CACHE_DIR:-$ROOT/.cache}"
MONGO_PORT="${MONGO_PORT:-27018}"
MONGO_PG_PORT="${MONGO_PG_PORT:-54329}"
MONGO_HANDLER="${MONGO_HANDLER:-postgresql}"
MONGO_HOST=127.0.0.1
MONGODB_URI="mongodb://${MONGO_HOST}:${MONGO_PORT}/"

BIN_DIR="$CACHE/bin"
RUN_DIR="$CACHE/run"
# The default server (port 27018) keeps its data in mongo/; a server on another MONGO_PORT
# gets mongo-<port>/ (and its own PostgreSQL cluster), so both can run side by side and
# `mongo-stop.sh --wipe` of one leaves the other alone.
if [[ "$MONGO_PORT" == 27018 ]]; then MONGO_SFX=""; else MONGO_SFX="-$MONGO_PORT"; fi
DATA_DIR="$CACHE/mongo$MONGO_SFX"
PG_DATA="$DATA_DIR/pg"
SQLITE_DIR="$DATA_DIR/sqlite"
FERRET_BIN="$BIN_DIR/ferretdb"
FERRET_SRC="$ROOT/tools/ferretdb"
FERRET_PID="$RUN_DIR/ferretdb-${MONGO_PORT}.pid"
FERRET_LOG="$RUN_DIR/ferretdb-${MONGO_PORT}.log"
FERRET_HANDLER_FILE="$RUN_DIR/ferretdb-${MONGO_PORT}.handler"
PG_PID="$RUN_DIR/postgres-${MONGO_PG_PORT}.pid"
PG_LOG="$RUN_DIR/postgres-${MONGO_PG_PORT}.log"
PG_DB=ferretdb

_phase_t0=""
_tag="$(basename "$0" .sh)"
phase_begin() { _phase_t0="$EPOCHREALTIME"; }
# phase_end "message": one line with the time taken since phase_begin
phase_end() {
  local t1="$EPOCHREALTIME"
  awk -v a="$_phase_t0" -v b="$t1" -v tag="$_tag" -v m="$1" \
    'BEGIN { printf "[%s] %s (%.1fs)\n", tag, m, b - a }'
}
die() { echo "[$_tag] ERROR: $*" >&2; exit 1; }

# Highest installed PostgreSQL server bin dir, or empty.
pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [[ -x "$d/postgres" ]]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

# as_pg CMD...: run a command as the postgres system user
as_pg() { runuser -u postgres -- "$@"; }

# proc_running PID: true if PID is a live process (a zombie does not count: this
# machine's init reaps orphans lazily, and `kill -0` succeeds on zombies)
proc_running() {
  local st
  st="$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n "$st" && "$st" != Z && "$st" != X ]]
}

# wait_gone PID SECONDS: true once PID has exited (or is a zombie)
wait_gone() {
  local pid="$1" deadline=$((SECONDS + $2))
  while proc_running "$pid"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.1
  done
}

# cluster_pids DATADIR: live processes whose working directory is DATADIR
# (the postmaster and all its backends chdir there)
cluster_pids() {
  local p
  # shellcheck disable=SC2044  # /proc/<pid>/cwd paths have no spaces
  for p in $(find /proc/[0-9]*/cwd -maxdepth 0 -lname "$1" 2>/dev/null); do
    p="${p#/proc/}"
    p="${p%/cwd}"
    if proc_running "$p"; then echo "$p"; fi
  done
}

# pid_alive PIDFILE NAME: true if the pid in PIDFILE runs and its command line mentions NAME
pid_alive() {
  local f="$1" name="$2" pid
  [[ -s "$f" ]] || return 1
  pid="$(head -n 1 "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  proc_running "$pid" || return 1
  local cmd
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *"$name"* ]]
}

# resolved PostgreSQL data dir (PG_DATA may be a symlink to a dir the postgres user can reach)
pg_data_real() { readlink -f "$PG_DATA" 2>/dev/null || echo "$PG_DATA"; }
