#!/usr/bin/env bash
# GET /cockpit for the director on the demo company (issue 14): N sequential calls, p50 and p99,
# beside GET /auth/me (the framework alone: routing, session, JSON) measured in the same run, so
# the ratio holds on a shared, noisy machine. One connection, one call at a time: the figure is
# the latency a director waits for, not throughput.
#   bench/cockpit.sh                                         (after a release build)
#   BIN=build/debug/src/cli/salesdesk CALLS=30 bench/cockpit.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
CALLS=${CALLS:-50}
RULES=0
BENCH_NAME=cockpit
source bench/lib/demo_server.sh   # the default demo (2,000 accounts), $TOKEN, $BASE
start_server
# Milliseconds per call, one per line; the first (cold) call is left out.
measure() {
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$1" || { echo "failed: $1" >&2; exit 1; }
  for _ in $(seq 1 "$CALLS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$1"
  done
}
measure "$BASE/auth/me" >"$WORK/me"
measure "$BASE/cockpit" >"$WORK/cockpit"
BYTES=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/cockpit" | wc -c)
python3 - "$WORK/me" "$WORK/cockpit" "$CALLS" "$BYTES" <<'PY'
import sys
def pct(path):
    xs = sorted(float(l) * 1000 for l in open(path) if l.strip())
    at = lambda q: xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]
    return at(0.5), at(0.99)
me, cockpit = pct(sys.argv[1]), pct(sys.argv[2])
print(f"{sys.argv[3]} sequential calls each, default demo, answer {sys.argv[4]} bytes")
print("| call | p50 ms | p99 ms |")
print("|---|---|---|")
print(f"| anchor: GET /auth/me | {me[0]:.2f} | {me[1]:.2f} |")
print(f"| GET /cockpit (director, this month) | {cockpit[0]:.1f} | {cockpit[1]:.1f} |")
print(f"| ratio cockpit / auth/me | {cockpit[0] / me[0]:.0f}× | {cockpit[1] / me[1]:.0f}× |")
PY
