#!/usr/bin/env python3
"""Builds the quote benchmark's request body (issue 4) from a running server's demo data.

  quote_body.py --base http://127.0.0.1:PORT/api/v1 --token TOKEN [--lines 20] [--check]

Picks, through the API and as the token's user: the active EUR list without a parent (the demo's
"EUR List"), the first N distinct products with a base price (min_quantity 0) in it, and the
first EUR account the user can see. Prints the JSON body
  {"account_id", "price_list_id", "payment_terms_days": 30,
   "lines": [N x {"product_id", "quantity", "tax_rate_pct": "21"}]}
With --check it POSTs the body once to /quotes and exits non-zero unless the answer is 201 with
N lines, so a benchmark never measures error answers.
"""
import argparse
import json
import sys
import urllib.error
import urllib.request


def call(base, token, method, path, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token,
                                          "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            return res.status, json.loads(res.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def token_safe_argv(argv):
    """argv with "--token VALUE" joined into "--token=VALUE": a bearer token may begin with "-",
    which argparse would take for an option."""
    out = []
    it = iter(argv)
    for arg in it:
        if arg == "--token":
            arg = "--token=" + next(it, "")
        out.append(arg)
    return out


def items_of(page):
    return page["items"] if isinstance(page, dict) else page


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--lines", type=int, default=20)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(token_safe_argv(sys.argv[1:]))

    def get(path):
        status, body = call(a.base, a.token, "GET", path)
        if status != 200:
            sys.exit(f"quote_body: GET {path} -> {status}: {body}")
        return items_of(body)

    lists = [l for l in get("/price-lists?currency=EUR&sort=id&limit=50")
             if l.get("active", True) and l.get("parent_id") is None]
    if not lists:
        sys.exit("quote_body: no active EUR price list without a parent")
    list_id = lists[0]["id"]
    products = []
    for item in get(f"/price-list-items?price_list_id={list_id}&sort=id&limit=500"):
        if float(item["min_quantity"]) == 0 and item["product_id"] not in products:
            products.append(item["product_id"])
    if len(products) < a.lines:
        sys.exit(f"quote_body: only {len(products)} products with a base price in list {list_id}")
    accounts = get("/accounts?currency=EUR&sort=id&limit=1")
    if not accounts:
        sys.exit("quote_body: no EUR account visible to the token's user")
    body = {
        "account_id": accounts[0]["id"],
        "price_list_id": list_id,
        "payment_terms_days": 30,
        "lines": [{"product_id": p, "quantity": str(1 + i % 7 * 3), "tax_rate_pct": "21"}
                  for i, p in enumerate(products[:a.lines])],
    }
    if a.check:
        status, doc = call(a.base, a.token, "POST", "/quotes", body)
        if status != 201 or len(doc.get("lines", [])) != a.lines:
            sys.exit(f"quote_body: POST /quotes -> {status}: {str(doc)[:500]}")
        print(f"quote_body: check POST /quotes -> 201, {doc['quote']['number']}, "
              f"total {doc['quote']['total']}", file=sys.stderr)
    print(json.dumps(body))


if __name__ == "__main__":
    main()
