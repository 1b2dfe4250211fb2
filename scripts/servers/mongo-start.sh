#!/usr/bin/env bash
# Starts a real MongoDB-wire server for integration tests, without Docker:
# FerretDB v1 (embedded in tools/ferretdb, built with Go) on PostgreSQL
# (Debian's package, run as the `postgres` user), both on 127.0.0.1 only.
#
# Idempotent: installs/builds what is missing (cached in .cache/), reuses the
# data dir (data survives stop/start), and exits 0 at once if some other server
# already answers `ping` on the port. Last line printed: MONGODB_URI=mongodb://127.0.0.1:<port>/
#
# Env: MONGO_PORT (27018), MONGO_PG_PORT (54329), MONGO_HANDLER (postgresql|sqlite),
#      MONGO_CACHE_DIR (<repo>/.cache), MONGO_WAIT_SECONDS (60), MONGO_LOG_LEVEL (error).
# See mongo-stop.sh to stop (and --wipe the data).
set -euo pipefail
# shellcheck source=mongo-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/mongo-common.sh"

WAITER="$ROOT/scripts/servers/wait-mongo.js"
WAIT_SECONDS="${MONGO_WAIT_SECONDS:-60}"

command -v node >/dev/null || die "node is required (for $WAITER)"
mkdir -p "$BIN_DIR" "$RUN_DIR" "$DATA_DIR"

show_logs() {
  local f
  for f in "$FERRET_LOG" "$PG_LOG"; do
    if [[ -s "$f" ]]; then
      echo "----- tail of $f -----" >&2
      tail -n 30 "$f" >&2
    fi
  done
}

# ---------------------------------------------------------------- already up?
# (our own FerretDB still goes through the idempotent steps below, so that a
#  PostgreSQL that died under it is started again)
phase_begin
if ! pid_alive "$FERRET_PID" "$FERRET_BIN" && WAIT_MONGO_QUIET=1 node "$WAITER" "$MONGODB_URI" 0; then
  phase_end "something already answers ping on $MONGO_HOST:$MONGO_PORT; not starting another server"
  echo "MONGODB_URI=$MONGODB_URI"
  exit 0
fi

# ---------------------------------------------------------------- ferretdb binary
# tools/ferretdb embeds FerretDB (github.com/FerretDB/FerretDB/ferretdb). The module
# source is copied from the Go module cache to .cache/ferretdb-src, the local fixes in
# tools/ferretdb/patches/*.patch are applied, and a go.work under .cache replaces the
# module with that copy, so tools/ferretdb/go.mod itself stays a plain module.
phase_begin
command -v go >/dev/null || die "go (>= 1.24) is required to build $FERRET_SRC"
shopt -s nullglob
patches=("$FERRET_SRC"/patches/*.patch)
shopt -u nullglob
stamp="$(cd "$FERRET_SRC" && cat go.mod go.sum main.go "${patches[@]}" | sha256sum | cut -d' ' -f1)-$(go env GOVERSION)"
if [[ -x "$FERRET_BIN" && -f "$FERRET_BIN.stamp" && "$(cat "$FERRET_BIN.stamp")" == "$stamp" ]]; then
  phase_end "ferretdb binary up to date ($FERRET_BIN)"
else
  build_log="$RUN_DIR/ferretdb-build.log"
  src_copy="$CACHE/ferretdb-src"
  work_dir="$CACHE/ferretdb-build"
  build() {
    set -euo pipefail
    export GOWORK=off
    cd "$FERRET_SRC"
    local mod=github.com/FerretDB/FerretDB ver dir p
    ver="$(go list -m -f '{{.Version}}' "$mod")"
    dir="$(go mod download -json "$mod@$ver" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    [[ -d "$dir" ]] || { echo "cannot locate $mod@$ver in the module cache"; return 1; }
    rm -rf "$src_copy" "$work_dir"
    mkdir -p "$src_copy" "$work_dir"
    cp -R "$dir/." "$src_copy/"
    chmod -R u+w "$src_copy"
    for p in "${patches[@]}"; do
      echo "applying $p"
      (cd "$src_copy" && GIT_CEILING_DIRECTORIES="$CACHE" git apply -p1 "$p")
    done
    printf 'go 1.24\n\nuse %s\n\nreplace %s %s => %s\n' "$FERRET_SRC" "$mod" "$ver" "$src_copy" \
      >"$work_dir/go.work"
    GOWORK="$work_dir/go.work" CGO_ENABLED=0 go build -mod=readonly -buildvcs=false -trimpath \
      -ldflags='-s -w' -o "$FERRET_BIN.tmp" .
  }
  if ! (build) >"$build_log" 2>&1; then
    tail -n 40 "$build_log" >&2
    die "building FerretDB failed (full log: $build_log)"
  fi
  mv -f "$FERRET_BIN.tmp" "$FERRET_BIN"
  echo "$stamp" >"$FERRET_BIN.stamp"
  phase_end "built ferretdb (${#patches[@]} local patch(es)) -> $FERRET_BIN"
fi

# FerretDB logs every error reply (e.g. each duplicate key) at warn level: default to error
ferret_args=(-listen "$MONGO_HOST:$MONGO_PORT" -handler "$MONGO_HANDLER" -log-level "${MONGO_LOG_LEVEL:-error}")

case "$MONGO_HANDLER" in
postgresql)
  # -------------------------------------------------------------- postgresql install
  phase_begin
  PG_BIN="$(pg_bin_dir)"
  if [[ -z "$PG_BIN" ]]; then
    apt_log="$RUN_DIR/apt-postgresql.log"
    if ! { apt-get update -qq &&
           DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
             -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
             postgresql; } >"$apt_log" 2>&1; then
      tail -n 30 "$apt_log" >&2
      die "apt-get install postgresql failed (full log: $apt_log)"
    fi
    PG_BIN="$(pg_bin_dir)"
    [[ -n "$PG_BIN" ]] || die "postgresql installed but no /usr/lib/postgresql/*/bin/postgres found"
    phase_end "installed PostgreSQL ($PG_BIN)"
  else
    phase_end "PostgreSQL present ($PG_BIN)"
  fi
  if ! getent passwd postgres >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi

  # -------------------------------------------------------------- postgresql data dir
  phase_begin
  if [[ ! -e "$PG_DATA" ]]; then
    mkdir -p "$PG_DATA"
    chmod 755 "$CACHE" "$DATA_DIR" 2>/dev/null || true
    if ! as_pg test -x "$PG_DATA"; then
      # the postgres user cannot reach the repo (e.g. it lives under /root):
      # keep the cluster in postgres' home and link it from .cache
      rmdir "$PG_DATA"
      ext="/var/lib/postgresql/mongo-test-$(echo -n "$ROOT" | sha256sum | cut -c1-12)$MONGO_SFX"
      mkdir -p "$ext"
      ln -s "$ext" "$PG_DATA"
    fi
  fi
  PG_REAL="$(pg_data_real)"
  if [[ ! -f "$PG_REAL/PG_VERSION" ]]; then
    chown postgres: "$PG_REAL"
    chmod 700 "$PG_REAL"
    initdb_log="$RUN_DIR/postgres-initdb.log"
    if ! as_pg "$PG_BIN/initdb" -D "$PG_REAL" --username=postgres --auth=trust \
           --encoding=UTF8 --no-locale --no-sync >"$initdb_log" 2>&1; then
      tail -n 30 "$initdb_log" >&2
      die "initdb failed (full log: $initdb_log)"
    fi
    phase_end "initialised PostgreSQL data dir $PG_REAL"
  else
    phase_end "PostgreSQL data dir exists ($PG_REAL)"
  fi

  # -------------------------------------------------------------- postgresql start
  phase_begin
  pg_ready() { "$PG_BIN/pg_isready" -q -h "$MONGO_HOST" -p "$MONGO_PG_PORT" -d postgres -U postgres -t 1; }
  pg_wait_ready() {
    local deadline=$((SECONDS + $1))
    until pg_ready; do
      ((SECONDS < deadline)) || return 1
      sleep 0.2
    done
  }
  postmaster=""
  if [[ -f "$PG_REAL/postmaster.pid" ]]; then
    postmaster="$(head -n 1 "$PG_REAL/postmaster.pid")"
    [[ "$postmaster" =~ ^[0-9]+$ ]] && proc_running "$postmaster" || postmaster=""
  fi
  if [[ -n "$postmaster" ]]; then
    # running (maybe still starting or recovering)
    if ! pg_wait_ready 60; then
      show_logs
      die "PostgreSQL (pid $postmaster) runs but does not accept connections on $MONGO_HOST:$MONGO_PG_PORT"
    fi
    phase_end "PostgreSQL already running (pid $postmaster, port $MONGO_PG_PORT)"
  else
    # after a crash / kill -9: let orphaned backends go, then drop the stale lock file
    # (postgres itself refuses to start while the old pid exists, even as a zombie)
    deadline=$((SECONDS + 10))
    while [[ -n "$(cluster_pids "$PG_REAL")" ]] && ((SECONDS < deadline)); do sleep 0.2; done
    for p in $(cluster_pids "$PG_REAL"); do kill -KILL "$p" 2>/dev/null || true; done
    rm -f "$PG_REAL/postmaster.pid"
    touch "$PG_LOG"
    chown postgres: "$PG_LOG"
    if ! as_pg test -w "$PG_LOG"; then
      # .cache is out of the postgres user's reach: log next to the external data dir
      rm -f "$PG_LOG"
      touch "$PG_REAL.log"
      chown postgres: "$PG_REAL.log"
      ln -s "$PG_REAL.log" "$PG_LOG"
      PG_LOG="$PG_REAL.log"
    fi
    # fsync=off: survives process kills (data is in the OS page cache), not an OS crash;
    # fine for a throw-away test store and much faster on slow disks.
    pg_opts="-c listen_addresses=$MONGO_HOST -p $MONGO_PG_PORT -c unix_socket_directories=''"
    pg_opts+=" -c fsync=off -c full_page_writes=off -c max_connections=200"
    pg_opts+=" -c shared_buffers=128MB -c random_page_cost=1.1 -c autovacuum_naptime=5s"
    pg_opts+=" -c log_min_messages=warning"
    # FerretDB keeps a document as one jsonb value, compressed once it passes 2 kB, and
    # reads it again for each field a query looks at; lz4 unpacks several times faster
    # than the default pglz (a member's 5,000 audit events filtered and sorted: 37 -> 18 ms).
    pg_opts+=" -c default_toast_compression=lz4"
    if ! as_pg "$PG_BIN/pg_ctl" start -D "$PG_REAL" -l "$PG_LOG" -w -t 60 -s -o "$pg_opts" >/dev/null 2>&1 ||
       ! pg_wait_ready 30; then
      show_logs
      die "PostgreSQL did not start on $MONGO_HOST:$MONGO_PG_PORT (log: $PG_LOG)"
    fi
    phase_end "started PostgreSQL on $MONGO_HOST:$MONGO_PG_PORT"
  fi
  head -n 1 "$PG_REAL/postmaster.pid" >"$PG_PID"

  phase_begin
  psql=("$PG_BIN/psql" -X -q -h "$MONGO_HOST" -p "$MONGO_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA)
  has_db="$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" ||
    die "cannot query PostgreSQL on $MONGO_HOST:$MONGO_PG_PORT"
  if [[ "$has_db" != "1" ]]; then
    "${psql[@]}" -c "CREATE DATABASE $PG_DB" >/dev/null
    phase_end "created PostgreSQL database $PG_DB"
  fi
  # PostgreSQL has no statistics for the type checks that make an indexed filter exact
  # (tools/ferretdb/patches/0003), so it underestimates their rows: left to itself it
  # would JIT-compile and parallelise a read of a hundred rows from an index, 200 ms
  # instead of 0.3 ms. Set per database, so that a running cluster takes it too.
  "${psql[@]}" -c "ALTER DATABASE $PG_DB SET jit = off" \
    -c "ALTER DATABASE $PG_DB SET max_parallel_workers_per_gather = 0" >/dev/null
  ferret_args+=(-pg-url "postgres://postgres@$MONGO_HOST:$MONGO_PG_PORT/$PG_DB")
  ;;
sqlite)
  mkdir -p "$SQLITE_DIR"
  ferret_args+=(-sqlite "file:$SQLITE_DIR/")
  ;;
*)
  die "MONGO_HANDLER must be postgresql or sqlite, not '$MONGO_HANDLER'"
  ;;
esac

# ---------------------------------------------------------------- ferretdb start
phase_begin
if pid_alive "$FERRET_PID" "$FERRET_BIN"; then
  fpid="$(head -n 1 "$FERRET_PID")"
  started="reusing running FerretDB (pid $fpid)"
else
  echo "=== $(date -Is) starting ferretdb ${ferret_args[*]}" >>"$FERRET_LOG"
  # GOGC=400: the collector runs a quarter as often; FerretDB's live heap is small,
  # and it allocates a whole document tree for each document it reads.
  GOGC="${FERRETDB_GOGC:-400}" setsid nohup "$FERRET_BIN" "${ferret_args[@]}" >>"$FERRET_LOG" 2>&1 </dev/null &
  fpid=$!
  echo "$fpid" >"$FERRET_PID"
  echo "$MONGO_HANDLER" >"$FERRET_HANDLER_FILE"
  started="started FerretDB (pid $fpid, handler $MONGO_HANDLER)"
fi

WAIT_MONGO_QUIET=1 node "$WAITER" "$MONGODB_URI" "$WAIT_SECONDS" &
wpid=$!
while kill -0 "$wpid" 2>/dev/null; do
  if ! proc_running "$fpid"; then
    kill "$wpid" 2>/dev/null || true
    wait "$wpid" 2>/dev/null || true
    show_logs
    die "FerretDB exited before answering ping on $MONGO_HOST:$MONGO_PORT"
  fi
  sleep 0.1
done
if ! wait "$wpid"; then
  show_logs
  die "no ping answer on $MONGO_HOST:$MONGO_PORT within ${WAIT_SECONDS}s"
fi
phase_end "$started; ping ok on $MONGO_HOST:$MONGO_PORT"

echo "MONGODB_URI=$MONGODB_URI"
