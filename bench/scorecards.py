"""W6 measurement for bench/scorecards.sh: the month's appraisal of every rep, live.

Usage: scorecards.py DB BASE TOKEN ROUNDS MONTH. Interleaved in each round, for the director:
  anchor: the best raw indexed SQL over the documents for each rep's month (posted invoices and
    credit notes, confirmed orders, done visits and calls; no split credit, no conversion, no
    customer rhythm: a lower bound), summed over the reps;
  one by one: GET /appraisals/scorecard?user_id=&month= for each rep (each card read alone);
  leaderboard: GET /appraisals/leaderboard?month= (every rep's card in one request, sharing the
    reads that are not a person's: scorecard_reads.h).
Prints a Markdown table.
"""
import datetime
import sqlite3
import statistics
import sys
import time
import urllib.request

db_path, base, token, rounds, month = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
reps = [r[0] for r in db.execute("SELECT id FROM users WHERE role = 'rep' AND active = 1 ORDER BY id")]
lines = db.execute("SELECT count(*) FROM sales_order_lines").fetchone()[0]
y, m = int(month[:4]), int(month[5:])
first = f"{month}-01"
last = (datetime.date(y + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1)).isoformat()
start_us = int(datetime.datetime(y, m, 1).timestamp() * 1e6)
end_us = int(datetime.datetime.fromisoformat(last).timestamp() * 1e6) + 86_400_000_000


def raw():
    for rep in reps:
        db.execute("SELECT sum(untaxed_minor) FROM invoices WHERE owner_id = ? AND status = "
                   "'posted' AND invoice_date BETWEEN ? AND ?", (rep, first, last)).fetchall()
        db.execute("SELECT sum(untaxed_minor) FROM credit_notes WHERE owner_id = ? AND status = "
                   "'posted' AND credit_date BETWEEN ? AND ?", (rep, first, last)).fetchall()
        db.execute("SELECT account_id, ordered_on FROM sales_orders WHERE owner_id = ? AND status "
                   "= 'confirmed' AND ordered_on BETWEEN ? AND ?", (rep, first, last)).fetchall()
        db.execute("SELECT kind, count(*) FROM activities WHERE owner_id = ? AND status = 'done' "
                   "AND done_at >= ? AND done_at < ? GROUP BY kind", (rep, start_us, end_us)).fetchall()


def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req) as r:
        r.read()


def one_by_one():
    for rep in reps:
        get(f"/appraisals/scorecard?user_id={rep}&month={month}")


def leaderboard():
    get(f"/appraisals/leaderboard?month={month}")


def timed(fn):
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


calls = {"raw": raw, "one_by_one": one_by_one, "leaderboard": leaderboard}
for fn in calls.values():
    fn()
ms = {k: [] for k in calls}
for _ in range(rounds):
    for k, fn in calls.items():
        ms[k].append(timed(fn))
a = statistics.median(ms["raw"])
print(f"{len(reps)} reps, {month}; {lines:,} order lines; {rounds} rounds")
print("| every rep's scorecard for the month | median ms | min–max ms | / raw SQL |")
print("|---|---|---|---|")
names = {"raw": "anchor: raw indexed SQL over the documents, per rep (SQLite)",
         "one_by_one": "GET /appraisals/scorecard, each rep alone",
         "leaderboard": "GET /appraisals/leaderboard (one request, shared reads)"}
for k in calls:
    med = statistics.median(ms[k])
    print(f"| {names[k]} | {med:.1f} | {min(ms[k]):.1f}–{max(ms[k]):.1f} | {med / a:.1f}× |")
