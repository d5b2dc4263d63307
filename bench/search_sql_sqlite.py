# Engine-level search figures on SQLite (decision 0064): the list SQL BuildListSql writes for a
# full-text ?q= (palette: limit 5 by id; list page: sorted by name and counted) against the raw
# FTS5 match, in one process through Python's sqlite3 (the same libsqlite3 the server links).
#   python3 bench/search_sql_sqlite.py /path/to/demo-200k.db   (migrated to 0049)
import sqlite3, sys, time, unicodedata
c=sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
def fold(w): return ''.join(ch for ch in unicodedata.normalize('NFD',w) if not unicodedata.combining(ch)).lower()
def t(sql, params, n=200):
    ts=[]
    for _ in range(n):
        s=time.perf_counter(); r=c.execute(sql, params).fetchall(); ts.append((time.perf_counter()-s)*1000)
    ts.sort(); return ts[len(ts)//2], ts[int(len(ts)*0.99)-1], len(r)
cols="t.*"
mid=c.execute("select name from accounts order by id limit 1 offset 100000").fetchone()[0]
rep=c.execute("select id from users where email='rep1@medsupply.example'").fetchone()[0]
repname=c.execute(f"select name from accounts where owner_id={rep} order by id limit 1").fetchone()[0]
last=fold(mid.split()[-1]); first=fold(mid.split()[0])
cases=[("accounts q="+first[:2]+" (palette, director)", first[:2], None, 6, False),
       ("accounts q="+last[:3]+" (palette, director)", last[:3], None, 6, False),
       ("accounts q="+fold(repname.split()[0])[:4]+" (palette, rep1)", fold(repname.split()[0])[:4], rep, 6, False),
       ("accounts q="+last+" (list page, sort=name, counted)", last, None, 26, True),
       ("accounts q=zzzz (no match)", "zzzz", None, 6, False)]
print(f"mid-table name: {mid!r}; rep1 id {rep}, first account {repname!r}")
print("| search | list SQL p50 ms | p99 ms | raw FTS p50 ms | p99 ms | p50 ratio | p99 ratio | rows |")
print("|---|---|---|---|---|---|---|---|")
for label,w,owner,limit,counted in cases:
    q=f'("{w}"*)'
    vis = f" AND t.owner_id IN ({owner})" if owner else ""
    order = "t.name_sort ASC, t.id ASC" if counted else "t.id ASC"
    page=f"SELECT {cols}, {'t.name_sort' if counted else 't.id'} FROM accounts t WHERE 1 = 1{vis} AND (t.id IN (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?)) ORDER BY {order} LIMIT ? OFFSET ?"
    raw=f"SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?"
    a50,a99,n=t(page,(q,limit,0))
    if counted:
        cnt=f"SELECT COUNT(*) FROM accounts t WHERE 1 = 1{vis} AND (t.id IN (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?))"
        ts=[]
        for _ in range(100):
            s=time.perf_counter(); c.execute(cnt,(q,)).fetchall(); c.execute(page,(q,limit,0)).fetchall(); ts.append((time.perf_counter()-s)*1000)
        ts.sort(); a50,a99=ts[50],ts[98]
    b50,b99,m=t(raw+" LIMIT 5" if not counted else raw,(q,))
    print(f"| {label} | {a50:.2f} | {a99:.2f} | {b50:.2f} | {b99:.2f} | {a50/b50:.1f}x | {a99/b99:.1f}x | {n}/{m} |")
