"""W8 measurement for bench/daily_actuals.sh: per rep, year to date, the three reads it names.

Usage: daily_actuals.py DB BASE TOKEN ROUNDS. Prints a Markdown table of p50/p99 per call and the
ratios of the medians. Rounds interleave the three reads so load on the machine hits each alike.
"""
import datetime
import sqlite3
import statistics
import sys
import time
import urllib.request

db_path, base, token, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
reps = [r[0] for r in db.execute("SELECT id FROM users WHERE role = 'rep' ORDER BY id")]
today = datetime.date.today()
year_start, today_s = f"{today.year}-01-01", today.isoformat()
lines = db.execute("SELECT count(*) FROM sales_order_lines").fetchone()[0]
rows = db.execute("SELECT count(*) FROM daily_actuals").fetchone()[0]
measures = ["revenue", "visits", "calls", "orders", "new_customers"]


def anchor(rep):
    for m in measures:
        db.execute("SELECT day, unit, amount FROM daily_actuals WHERE owner_id = ? AND measure = ? "
                   "AND day >= ? AND day <= ?", (rep, m, year_start, today_s)).fetchall()


def raw_lines(rep):
    start_us = int(datetime.datetime(today.year, 1, 1).timestamp() * 1e6)
    db.execute("SELECT invoice_date, sum(untaxed_minor) FROM invoices WHERE owner_id = ? AND "
               "status = 'posted' AND invoice_date BETWEEN ? AND ? GROUP BY invoice_date",
               (rep, year_start, today_s)).fetchall()
    db.execute("SELECT credit_date, sum(untaxed_minor) FROM credit_notes WHERE owner_id = ? AND "
               "status = 'posted' AND credit_date BETWEEN ? AND ? GROUP BY credit_date",
               (rep, year_start, today_s)).fetchall()
    db.execute("SELECT kind, done_at / 86400000000, count(*) FROM activities WHERE owner_id = ? "
               "AND status = 'done' AND kind IN ('visit', 'call') AND done_at >= ? GROUP BY 1, 2",
               (rep, start_us)).fetchall()
    db.execute("SELECT ordered_on, count(*) FROM sales_orders WHERE owner_id = ? AND status = "
               "'confirmed' AND ordered_on BETWEEN ? AND ? GROUP BY ordered_on",
               (rep, year_start, today_s)).fetchall()


def progress(rep):
    req = urllib.request.Request(f"{base}/targets/progress?user_id={rep}",
                                 headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req) as r:
        r.read()


def timed(fn, rep):
    t = time.perf_counter()
    fn(rep)
    return (time.perf_counter() - t) * 1000


calls = {"anchor": anchor, "raw": raw_lines, "progress": progress}
for fn in calls.values():  # warm the caches and the server's first plans
    fn(reps[0])
ms = {k: [] for k in calls}
for _ in range(rounds):
    for rep in reps:
        for k, fn in calls.items():
            ms[k].append(timed(fn, rep))


def p(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


a = statistics.median(ms["anchor"])
print(f"{len(reps)} reps × {rounds} rounds; {lines:,} order lines; {rows:,} daily_actuals rows")
print("| read, one rep, year to date | p50 ms | p99 ms | p50 / anchor |")
print("|---|---|---|---|")
names = {"anchor": "anchor: daily_actuals rows, 5 index ranges (raw SQLite)",
         "raw": "raw lines: best SQL over invoices, credit notes, activities, orders",
         "progress": "GET /targets/progress?user_id= (server)"}
for k in calls:
    print(f"| {names[k]} | {p(ms[k], 0.5):.2f} | {p(ms[k], 0.99):.2f} | "
          f"{statistics.median(ms[k]) / a:.1f}× |")
