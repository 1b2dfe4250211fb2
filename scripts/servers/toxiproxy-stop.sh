#!/usr/bin/env bash
# Stops the toxiproxy started by toxiproxy-start.sh on $TOXIPROXY_PORT (SIGTERM, then
# SIGKILL after 5 s); its proxies go with it. --clean also removes its pid file and log.
#
# Usage: toxiproxy-stop.sh [--clean]
set -euo pipefail
# shellcheck source=toxiproxy-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/toxiproxy-env.sh"

clean=0
for arg in "$@"; do
  case "$arg" in
    --clean) clean=1 ;;
    -h | --help) sed -n '2,5p' "$0"; exit 0 ;;
    *) die "unknown argument '$arg' (usage: toxiproxy-stop.sh [--clean])" ;;
  esac
done

pid="$(server_pid)"
if [[ -n "$pid" ]]; then
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  say "stopped pid $pid"
else
  say "not running on port $TOXIPROXY_PORT"
fi
rm -f "$TOXIPROXY_PID"
if ((clean)); then rm -f "$TOXIPROXY_LOG"; fi
