#!/usr/bin/env bash
# W2 (QUALITY.md): bulk load of order lines through the batch path — `salesdesk demo` with the
# order-to-cash history flags (decision 0050), which plans every document with the modules' rules
# and writes orders, lines, deliveries, invoices, instalments, credit notes, payments and
# allocations through the record repository, one transaction a month — against raw batched
# inserts of the same rows in the same run (Python's sqlite3 executemany, $BATCH rows per
# transaction, WAL, synchronous=FULL, the same tables and indexes, no logic): once the order lines
# alone (the QUALITY.md anchor) and once every row the history wrote (like for like).
#   bench/w2_order_lines.sh                         # 1M lines: 200 reps, 20k accounts, 5k products
#   LINES=10000000 KEEP=/tmp/o2c-10m.db bench/w2_order_lines.sh   # the 10M set, kept for ageing.sh
#   LINES=36000 REPS=8 ACCOUNTS=400 PRODUCTS=40 bench/w2_order_lines.sh   # short (CI-sized)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
LINES=${LINES:-1000000}
MONTHS=${MONTHS:-36}
REPS=${REPS:-200}
ACCOUNTS=${ACCOUNTS:-20000}
PRODUCTS=${PRODUCTS:-5000}
BATCH=${BATCH:-10000}
WORK=$(mktemp -d /tmp/salesdesk-w2.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
DB=${KEEP:-$WORK/w2.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
PER_MONTH=$(( (LINES + MONTHS - 1) / MONTHS ))
START=$(date +%s.%N)
"$BIN" demo --db "sqlite:$DB" --reps "$REPS" --accounts "$ACCOUNTS" --products "$PRODUCTS" \
  --order-months "$MONTHS" --order-lines-per-month "$PER_MONTH" >"$WORK/demo.out" 2>"$WORK/demo.err"
END=$(date +%s.%N)
grep '^order history:' "$WORK/demo.err" >"$WORK/history.txt" || { cat "$WORK/demo.err" >&2; exit 1; }
python3 - "$DB" "$WORK/raw" "$BATCH" "$WORK/history.txt" "$START" "$END" <<'PY'
import re, sqlite3, sys, time
db, raw_dir, batch, history, start, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), \
    open(sys.argv[4]).read(), float(sys.argv[5]), float(sys.argv[6])
m = re.search(r"(\d+) orders, (\d+) lines.* in ([0-9.]+) s .*CPU ([0-9.]+) s", history)
orders, lines, seconds, cpu = int(m.group(1)), int(m.group(2)), float(m.group(3)), float(m.group(4))
# The history's tables, parents first (what one month's transaction writes).
tables = ["sales_orders", "sales_order_lines", "deliveries", "delivery_lines", "invoices",
          "invoice_lines", "invoice_instalments", "credit_notes", "credit_note_lines",
          "credit_note_allocations", "payments", "payment_allocations"]
src = sqlite3.connect(db)
schema = {t: [r[0] for r in src.execute(
    "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
    "ORDER BY type DESC", (t,))] for t in tables}  # the table first, then its indexes
rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}

def raw(which, name):
    import os
    path = f"{raw_dir}-{name}.db"
    for s in ("", "-wal", "-shm"):
        if os.path.exists(path + s): os.remove(path + s)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=FULL")
    for t in which:
        for sql in schema[t]:
            con.execute(re.sub(r"REFERENCES \w+\(id\)", "", sql))
    t0, c0 = time.monotonic(), time.process_time()
    n = 0
    for t in which:
        data = rows[t]
        if not data: continue
        marks = ",".join("?" * len(data[0]))
        for i in range(0, len(data), batch):
            con.execute("BEGIN IMMEDIATE")
            con.executemany(f"INSERT INTO {t} VALUES ({marks})", data[i:i + batch])
            con.execute("COMMIT")
        n += len(data)
    return time.monotonic() - t0, n, time.process_time() - c0

t_lines, n_lines, c_lines = raw(["sales_order_lines"], "lines")
t_all, n_all, c_all = raw(tables, "all")
print(f"| lines | orders | rows written (all tables) | demo total s | history s | lines/s | "
      f"raw lines s | lines/s (raw) | ratio | raw all rows s | ratio (like for like) |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
print(f"| {lines:,} | {orders:,} | {n_all:,} | {end - start:.1f} | {seconds:.1f} | "
      f"{lines / seconds:,.0f} | {t_lines:.1f} | {n_lines / t_lines:,.0f} | "
      f"{(lines / seconds) / (n_lines / t_lines):.2f} | {t_all:.1f} | {t_all / seconds:.2f} |")
print(f"\nCPU seconds (the machine is shared; CPU time is steadier than wall time): history "
      f"{cpu:.1f}, raw lines {c_lines:.1f} (ratio {c_lines / cpu * lines / n_lines:.2f}), raw all rows "
      f"{c_all:.1f} (ratio {c_all / cpu:.2f})")
print(f"\n10M lines at this rate: {10_000_000 / (lines / seconds):,.0f} s through the history path, "
      f"{10_000_000 / (n_lines / t_lines):,.0f} s raw (lines only); goal ≤ ~30 s and ratio ≥ 0.50")
PY
