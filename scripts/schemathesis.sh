#!/usr/bin/env bash
# Runs Schemathesis 4 (every check, the settings and the exceptions of
# test/schemathesis/schemathesis.toml) against the embedded api built in dist/: started
# on a free port with a fresh DATA_DIR and an admin token, stopped at the end.
# Needs `npm run build` first. Writes the JUnit report to .cache/schemathesis/junit.xml
# (or $SCHEMATHESIS_JUNIT); extra arguments go to `schemathesis run`. Exits with its code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

schemathesis="$(bash scripts/schemathesis-install.sh | tail -n 1)"
work="$root/.cache/schemathesis"
junit="${SCHEMATHESIS_JUNIT:-$work/junit.xml}"
mkdir -p "$work"
data_dir="$(mktemp -d "${TMPDIR:-/tmp}/pb-schemathesis-XXXXXX")"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

api_pid=
cleanup() {
  local code=$?
  if [[ -n "$api_pid" ]]; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
  exit "$code"
}
trap cleanup EXIT

# The embedded mode, whatever servers the caller's environment names (npm test sets them).
unset MONGODB_URI KAFKA_BROKERS AUTH_JWT_SECRET AUTH_JWT_PUBLIC_KEY AUTH_JWT_PUBLIC_KEY_FILE
# No seal may write behind the requests' back, and no request may be refused for their number.
export MODE=embedded DATA_DIR="$data_dir" PORT="$port" HOST=127.0.0.1 SEAL_INTERVAL_MINUTES=0 \
  RATE_LIMIT_PER_MINUTE=0 METRICS_PORT=off LOG_LEVEL="${SCHEMATHESIS_API_LOG_LEVEL:-error}"
node dist/apps/api/src/main.js >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 100); do
  node -e "fetch('http://127.0.0.1:$port/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log" >&2; exit 1; }
  sleep 0.2
done
token="$(node dist/apps/api/src/cli.js token --role admin --sub schemathesis)"
# Records name evidence by the hash of an uploaded file; the hooks put these in place of
# generated hashes (test/schemathesis/hooks.py). One per place a list may hold: 50.
evidence="$(API="http://127.0.0.1:$port" TOKEN="$token" node -e '
  const upload = async (i) => {
    const form = new FormData();
    form.append("file", new Blob([`%PDF-1.4\n% evidence ${i}\n%%EOF\n`]), `evidence-${i}.pdf`);
    const answer = await fetch(`${process.env.API}/files`, {
      method: "POST",
      headers: { authorization: `Bearer ${process.env.TOKEN}` },
      body: form,
    });
    if (answer.status !== 201) throw new Error(`upload answered ${answer.status}`);
    return (await answer.json()).sha256;
  };
  Promise.all(Array.from({ length: 50 }, (_, i) => upload(i))).then((all) => console.log(all.join(",")));
')"

# Run from the work folder: Schemathesis keeps its own cache in the current directory.
cd "$work"
set +e
PYTHONPATH="$root/test/schemathesis" SCHEMATHESIS_HOOKS=hooks API_TOKEN="$token" EVIDENCE_SHA256S="$evidence" \
  "$schemathesis" --config-file "$root/test/schemathesis/schemathesis.toml" run \
  "http://127.0.0.1:$port/docs/openapi.json" --url "http://127.0.0.1:$port" \
  --report junit --report-junit-path "$junit" "$@"
code=$?
set -e
exit "$code"
