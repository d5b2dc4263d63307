#!/usr/bin/env bash
# The receivables ageing (issue 13, E-R4) over the order-to-cash history: GET /receivables/ageing
# as the director (every invoice), against a raw SQL anchor on the same database in the same run —
# one statement that sums each EUR instalment's open principal (amount less payment, credit
# note and write-off allocations) into the buckets not due, 0–30, 31–60, 61–90, > 90 days past
# due. The script first checks that both give the same open total. Median and min–max of $CALLS
# calls each, after one warm-up call. Then, in the same run, the route again with every invoice's maintained
# settled_on emptied (decision 0081: it then reads the whole history, as before that decision),
# checking it answers the same; the column is put back afterwards.
#   DB=/tmp/o2c-10m.db bench/ageing.sh          # a database made by bench/w2_order_lines.sh KEEP=…
#   bench/ageing.sh                             # makes its own (LINES=36000, default demo)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
CALLS=${CALLS:-3}
WORK=$(mktemp -d /tmp/salesdesk-ageing.XXXXXX)
PID=
trap '[[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
if [[ -z "${DB:-}" ]]; then
  DB="$WORK/ageing.db"
  "$BIN" demo --db "sqlite:$DB" --order-lines-per-month "${PER_MONTH:-1000}" >/dev/null 2>&1
fi
TOKEN=$("$BIN" token create --db "sqlite:$DB" --email director@medsupply.example --label ageing)
"$BIN" serve --db "sqlite:$DB" --listen 127.0.0.1:0 --threads 4 >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
[[ -n "$PORT" ]] || { cat "$WORK/serve.log" >&2; exit 1; }
python3 - "$PORT" "$TOKEN" "$DB" "$CALLS" <<'PY'
import datetime, http.client, json, sqlite3, statistics, sys, time
port, token, db, calls = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
as_of = datetime.date.today().isoformat()

def api():
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=3600)
    t = time.monotonic()
    c.request("GET", f"/api/v1/receivables/ageing?as_of={as_of}",
              headers={"Authorization": f"Bearer {token}"})
    r = c.getresponse(); body = r.read()
    dt = time.monotonic() - t
    if r.status != 200: sys.exit(f"ageing: {r.status} {body[:300]!r}")
    return dt, json.loads(body)

RAW = """
WITH open_items AS (
  SELECT s.due_on, s.amount_minor
         - COALESCE((SELECT sum(a.amount_minor) FROM payment_allocations a
                     JOIN payments p ON p.id = a.payment_id
                     WHERE a.instalment_id = s.id AND p.paid_on <= :d), 0)
         - COALESCE((SELECT sum(c.amount_minor) FROM credit_note_allocations c
                     JOIN credit_notes n ON n.id = c.credit_note_id
                     WHERE c.instalment_id = s.id AND n.credit_date <= :d), 0)
         - COALESCE((SELECT sum(w.amount_minor) FROM invoice_write_off_allocations w
                     JOIN invoice_write_offs o ON o.id = w.write_off_id
                     WHERE w.instalment_id = s.id AND o.written_off_on <= :d), 0) AS open
  FROM invoice_instalments s JOIN invoices i ON i.id = s.invoice_id
  WHERE i.status = 'posted' AND i.currency = 'EUR' AND i.invoice_date <= :d)
SELECT sum(CASE WHEN due_on >= :d THEN open END),
       sum(CASE WHEN due_on < :d AND julianday(:d) - julianday(due_on) <= 30 THEN open END),
       sum(CASE WHEN julianday(:d) - julianday(due_on) BETWEEN 31 AND 60 THEN open END),
       sum(CASE WHEN julianday(:d) - julianday(due_on) BETWEEN 61 AND 90 THEN open END),
       sum(CASE WHEN julianday(:d) - julianday(due_on) > 90 THEN open END),
       sum(open), count(*)
FROM open_items WHERE open > 0"""

def raw():
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    t = time.monotonic()
    row = con.execute(RAW, {"d": as_of}).fetchone()
    return time.monotonic() - t, row

_, report = api()   # warm-up (and the figures to compare)
_, row = raw()
from decimal import Decimal
api_open = sum(int(Decimal(l["open"]["amount"]) * 100) for l in report["rows"]
               if l["currency"] == "EUR")
invoices = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(
    "SELECT count(*) FROM invoices WHERE status = 'posted'").fetchone()[0]
print(f"as of {as_of}: {invoices:,} posted invoices, {row[6]:,} open EUR instalments; "
      f"open EUR: raw {row[5] / 100:,.2f}, API {api_open / 100:,.2f}")
if api_open != row[5]:
    sys.exit("the API's open total differs from the raw SQL's")
a = sorted(api()[0] for _ in range(calls)); r = sorted(raw()[0] for _ in range(calls))
w = sqlite3.connect(db, timeout=60)
kept = w.execute("SELECT id, settled_on FROM invoices WHERE settled_on IS NOT NULL").fetchall()
print(f"{len(kept):,} of the {invoices:,} posted invoices are settled by their maintained settled_on")
with w:
    w.execute("UPDATE invoices SET settled_on = NULL")
_, unsettled = api()
if unsettled["rows"] != report["rows"]:
    sys.exit("the ageing without settled_on differs from the ageing with it")
u = sorted(api()[0] for _ in range(calls))
with w:
    w.executemany("UPDATE invoices SET settled_on = ? WHERE id = ?", [(s, i) for i, s in kept])
med = statistics.median
print("| call | median s | min–max s | / raw |\n|---|---|---|---|")
print(f"| anchor: raw SQL open items by bucket | {med(r):.3f} | {r[0]:.3f}–{r[-1]:.3f} | 1.0× |")
print(f"| GET /receivables/ageing (director), reading the open invoices | {med(a):.3f} | "
      f"{a[0]:.3f}–{a[-1]:.3f} | {med(a) / med(r):.2f}× |")
print(f"| the same with settled_on emptied (every invoice read) | {med(u):.3f} | "
      f"{u[0]:.3f}–{u[-1]:.3f} | {med(u) / med(r):.2f}× |")
PY
