"""W7 measurement for bench/matrix.sh: the director's rep × month revenue matrix over 36 months.

Usage: matrix.py DB BASE TOKEN ROUNDS ANCHOR. Interleaved in each round: the columnar scan (the
ANCHOR binary: columns loaded once, the sums scanned in memory; its own median of 21 scans), the
best raw SQL over the documents (posted invoices less credit notes grouped by rep and month), the
same sums from daily_actuals, and GET /cockpit/matrix. Prints a Markdown table and query plans.
"""
import datetime
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request

db_path, base, token, rounds, anchor_bin = sys.argv[1:6]
rounds = int(rounds)
db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
currency = db.execute("SELECT base_currency FROM settings WHERE id = 1").fetchone()[0]
today = datetime.date.today()
index = today.year * 12 + today.month - 1 - 35  # the 36 months ending with this one
frm, to = f"{index // 12}-{index % 12 + 1:02d}", f"{today.year}-{today.month:02d}"
day_from, day_to = f"{frm}-01", f"{to}-31"
lines = db.execute("SELECT count(*) FROM sales_order_lines").fetchone()[0]
reps = db.execute("SELECT count(*) FROM users WHERE role = 'rep'").fetchone()[0]
rows = db.execute("SELECT count(*) FROM daily_actuals").fetchone()[0]

RAW = ["SELECT owner_id, substr(invoice_date, 1, 7), sum(untaxed_minor) FROM invoices WHERE "
       "status = 'posted' AND untaxed_currency = ? AND invoice_date BETWEEN ? AND ? GROUP BY 1, 2",
       "SELECT owner_id, substr(credit_date, 1, 7), sum(untaxed_minor) FROM credit_notes WHERE "
       "status = 'posted' AND untaxed_currency = ? AND credit_date BETWEEN ? AND ? GROUP BY 1, 2"]
SUMMARY = ("SELECT owner_id, substr(day, 1, 7), sum(amount) FROM daily_actuals WHERE measure = "
           "'revenue' AND unit = ? AND day BETWEEN ? AND ? GROUP BY 1, 2")


def raw():
    for q in RAW:
        db.execute(q, (currency, day_from, day_to)).fetchall()


def summary():
    db.execute(SUMMARY, (currency, day_from, day_to)).fetchall()


def matrix():
    req = urllib.request.Request(f"{base}/cockpit/matrix?from={frm}&to={to}",
                                 headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req) as r:
        r.read()


def columnar():
    out = subprocess.run([anchor_bin, db_path, currency, day_from, day_to, "21"],
                         capture_output=True, text=True, check=True).stdout
    return float(out.split("scan_ms=")[1].split()[0])


def timed(fn):
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


t0 = time.perf_counter()
matrix()
cold = (time.perf_counter() - t0) * 1000
ms = {"columnar": [], "raw": [], "summary": [], "matrix": []}
for _ in range(rounds):
    ms["columnar"].append(columnar())
    for k, fn in (("raw", raw), ("summary", summary), ("matrix", matrix)):
        ms[k].append(timed(fn))


def p(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


col, rawm = statistics.median(ms["columnar"]), statistics.median(ms["raw"])
print(f"{reps} reps, {frm}..{to}; {lines:,} order lines; {rows:,} daily_actuals rows; "
      f"{rounds} rounds")
print("| read, director, revenue, 36 months | p50 ms | p99 ms | / columnar | / raw SQL |")
print("|---|---|---|---|---|")
names = {"columnar": "anchor: columnar scan of the documents' (rep, month, amount), in memory",
         "raw": "anchor: best raw SQL over invoices and credit notes (SQLite)",
         "summary": "the same sums from daily_actuals (raw SQLite)",
         "matrix": "GET /cockpit/matrix (server, warm)"}
for k in ms:
    m = statistics.median(ms[k])
    print(f"| {names[k]} | {p(ms[k], 0.5):.3f} | {p(ms[k], 0.99):.3f} | {m / col:.0f}× | "
          f"{m / rawm:.2f}× |")
print(f"| GET /cockpit/matrix, first request after start (cold) | {cold:.3f} | | | "
      f"{cold / rawm:.2f}× |")
print("\nQuery plans:")
for q in RAW + [SUMMARY]:
    plan = db.execute("EXPLAIN QUERY PLAN " + q, (currency, day_from, day_to)).fetchall()
    print("-", q.split(" FROM ")[1].split(" ")[0], ":", "; ".join(r[-1] for r in plan))
