#!/usr/bin/env bash
# What gzip of API answers costs the server and saves the network (decision 0011): the same
# GETs with and without "Accept-Encoding: gzip", one connection, in one run: a 20-line quote's
# document against 10,000 extra pricing rules (every candidate of every line explained) and a
# 100-account list page. Prints bytes on the wire and requests/s; the ratio is gzip ÷ plain.
#   bench/gzip_answers.sh            (after a release build; DURATION=5 RULES=10000)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build/release/src/cli/salesdesk
BENCH=build/release/bench
DURATION=${DURATION:-5}
RULES=${RULES:-10000}
BENCH_NAME=gzip
source bench/lib/demo_server.sh
start_server
python3 bench/quote_body.py --base "$BASE" --token "$TOKEN" --lines 20 >"$WORK/quote.json"
QUOTE=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/quote.json" "$BASE/quotes" | python3 -c 'import json,sys; print(json.load(sys.stdin)["quote"]["id"])')

bytes() {  # url [encoding]
  curl -sf -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $TOKEN" \
    ${2:+-H "Accept-Encoding: $2"} "$1"
}
load() {  # url [encoding]
  "$BENCH/loadgen" --connections 1 --duration "$DURATION" --warmup 1 --threads 1 --url "$1" \
    --header "Authorization: Bearer $TOKEN" ${2:+--header "Accept-Encoding: $2"}
}
echo "| answer ($RULES extra rules) | encoding | bytes | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
for what in "quote document (20 lines)|$BASE/quotes/$QUOTE/document" \
            "account list page (100)|$BASE/accounts?limit=100&sort=name"; do
  label=${what%%|*}
  url=${what#*|}
  plain=$(load "$url")
  zipped=$(load "$url" gzip)
  python3 - "$label" "$(bytes "$url")" "$(bytes "$url" gzip)" "$plain" "$zipped" <<'PY'
import json, sys
label, plain_b, gz_b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
plain, gz = json.loads(sys.argv[4]), json.loads(sys.argv[5])
for enc, b, r in (("identity", plain_b, plain), ("gzip", gz_b, gz)):
    print(f"| {label} | {enc} | {b:,} | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | "
          f"{r['p99_us']/1000:.2f} | {r['errors'] + r['non2xx']} |")
print(f"| {label}: gzip ÷ identity | | {gz_b / plain_b:.3f} | {gz['rps'] / plain['rps']:.2f} | | | |")
PY
done
