#!/usr/bin/env python3
"""The home page's figures, two ways, one keep-alive connection, in one run (decision 0019):
   counts   - what the page asked before: 7 `limit=1` list requests (4 lifecycles, key accounts,
              active products, active people), each counting its rows;
   grouped  - what it asks now: 4 `GET /{entity}/aggregate` requests (accounts by lifecycle,
              accounts by key_account, products by active, users by active).
Also one grouped count over the whole accounts table against the 4 counts it replaces.
Prints ms per round (median of --rounds) and the ratio counts / grouped.
  bench/aggregate_home.py --base http://127.0.0.1:PORT/api/v1 --token TOKEN [--rounds 200]
"""
import argparse
import http.client
import json
import statistics
import time
import urllib.parse

COUNTS = [f"/accounts?lifecycle={l}&limit=1" for l in ("prospect", "active", "at_risk", "lost")] + [
    "/accounts?key_account=true&limit=1", "/products?active=true&limit=1",
    "/users?active=true&limit=1"]
GROUPED = ["/accounts/aggregate?group_by=lifecycle", "/accounts/aggregate?group_by=key_account",
           "/products/aggregate?group_by=active", "/users/aggregate?group_by=active"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--rounds", type=int, default=200)
    a = p.parse_args()
    u = urllib.parse.urlparse(a.base)
    conn = http.client.HTTPConnection(u.hostname, u.port)
    headers = {"Authorization": f"Bearer {a.token}"}

    def get(path):
        conn.request("GET", u.path + path, headers=headers)
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise SystemExit(f"{path}: {r.status} {body[:200]!r}")
        return json.loads(body)

    def round_ms(paths):
        t = time.perf_counter()
        for path in paths:
            get(path)
        return (time.perf_counter() - t) * 1000

    # Same answers first: the grouped figures are the counts' figures.
    counts = [get(p)["total"] for p in COUNTS]
    by_l = {g["key"]["lifecycle"]: g["count"] for g in get(GROUPED[0])["groups"]}
    assert counts[:4] == [by_l.get(l, 0) for l in ("prospect", "active", "at_risk", "lost")], (counts, by_l)
    key = {g["key"]["key_account"]: g["count"] for g in get(GROUPED[1])["groups"]}
    assert counts[4] == key.get(True, 0), (counts, key)

    cases = [("home figures: 7 counts", COUNTS), ("home figures: 4 aggregates", GROUPED),
             ("accounts by lifecycle: 4 counts", COUNTS[:4]),
             ("accounts by lifecycle: 1 aggregate", GROUPED[:1])]
    for _, paths in cases:  # warm-up
        for _ in range(5):
            round_ms(paths)
    results = {}
    for _ in range(a.rounds):  # interleaved, so load changes hit every case alike
        for label, paths in cases:
            results.setdefault(label, []).append(round_ms(paths))
    print(f"accounts: {sum(counts[:4])}, rounds: {a.rounds}")
    print("| case | requests | median ms per round | p90 ms |")
    print("|---|---|---|---|")
    for label, paths in cases:
        xs = sorted(results[label])
        print(f"| {label} | {len(paths)} | {statistics.median(xs):.2f} | {xs[int(len(xs) * 0.9)]:.2f} |")
    m = {k: statistics.median(v) for k, v in results.items()}
    print(f"ratio home (counts / aggregates): {m[cases[0][0]] / m[cases[1][0]]:.2f}")
    print(f"ratio lifecycle (4 counts / 1 aggregate): {m[cases[2][0]] / m[cases[3][0]]:.2f}")


if __name__ == "__main__":
    main()
