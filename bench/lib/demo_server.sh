# Sourced by the API benchmarks that need the demo company with extra pricing rules behind a
# release server: creates $WORK (removed on exit), $DB with $RULES extra rules, the director's
# bearer $TOKEN, and starts `salesdesk serve` ($PID) on a free port; sets $BASE (…/api/v1).
# Needs: BIN, RULES, and a name for the temporary folder in BENCH_NAME; DEMO_ARGS (optional)
# adds flags to `salesdesk demo` (the order history's size).
WORK=$(mktemp -d "/tmp/salesdesk-${BENCH_NAME}.XXXXXX")
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

DB="$WORK/$BENCH_NAME.db"
# shellcheck disable=SC2086  # DEMO_ARGS is a list of flags
TIMEFORMAT="demo: %R s wall"
time "$BIN" demo --db "sqlite:$DB" --extra-pricing-rules "$RULES" \
  ${DEMO_ARGS:-} >/dev/null
TOKEN=$("$BIN" token create --db "sqlite:$DB" --email director@medsupply.example \
  --label "$BENCH_NAME" 2>/dev/null)
start_server() {
  "$BIN" serve --db "sqlite:$DB" --listen 127.0.0.1:0 --threads 4 >"$WORK/serve.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 100); do
    PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
    [[ -n "$PORT" ]] && break
    sleep 0.1
  done
  BASE="http://127.0.0.1:$PORT/api/v1"
}
