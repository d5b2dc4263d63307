#!/usr/bin/env python3
"""Builds W1's order-intake body (decision 0075) from a running server's demo data.

  order_body.py --base http://127.0.0.1:PORT/api/v1 --token TOKEN [--lines 5] [--confirm] [--check]

Picks, through the API and as the token's user: the first EUR account the user can see, the list
that account is priced with when the body names none (the active list in its currency with the
lowest id, as the server's DefaultListOf) and the first N distinct products with a base price
(min_quantity 0) in that list. Prints the JSON body
  {"account_id", "lines": [N x {"product_id", "quantity"}], "confirm": false}
with no price_list_id: the server prices each line with the account's list, as a phone order is.
With --check it POSTs the body once to /sales-orders and exits non-zero unless the answer is 201,
the order is open (or, with --confirm, confirmed and not on credit hold), its total is above
zero and it has N lines, so a benchmark never measures error answers. No Idempotency-Key is sent:
every request of the benchmark takes a new order.
"""
import argparse
import json
import sys

sys.dont_write_bytecode = True  # no bench/__pycache__ from the import below
from quote_body import call, items_of, token_safe_argv  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--lines", type=int, default=5)
    ap.add_argument("--confirm", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(token_safe_argv(sys.argv[1:]))

    def get(path):
        status, body = call(a.base, a.token, "GET", path)
        if status != 200:
            sys.exit(f"order_body: GET {path} -> {status}: {body}")
        return body

    accounts = items_of(get("/accounts?currency=EUR&sort=id&limit=1"))
    if not accounts:
        sys.exit("order_body: no EUR account visible to the token's user")
    account = accounts[0]
    currency = account.get("currency") or "EUR"
    lists = [l for l in items_of(get(f"/price-lists?currency={currency}&sort=id&limit=50"))
             if l.get("active", True)]
    if not lists:
        sys.exit(f"order_body: no active {currency} price list")
    list_id = lists[0]["id"]
    products = []
    for item in items_of(get(f"/price-list-items?price_list_id={list_id}&sort=id&limit=500")):
        if float(item["min_quantity"]) == 0 and item["product_id"] not in products:
            products.append(item["product_id"])
    if len(products) < a.lines:
        sys.exit(f"order_body: only {len(products)} products with a base price in list {list_id}")
    body = {
        "account_id": account["id"],
        "lines": [{"product_id": p, "quantity": str(1 + i % 7 * 3)}
                  for i, p in enumerate(products[:a.lines])],
        "confirm": a.confirm,
    }
    if a.check:
        status, doc = call(a.base, a.token, "POST", "/sales-orders", body)
        if status != 201 or not isinstance(doc, dict):
            sys.exit(f"order_body: POST /sales-orders -> {status}: {str(doc)[:500]}")
        want = "confirmed" if a.confirm else "open"
        total = doc.get("total") or {}
        if doc.get("status") != want or doc.get("credit_hold") == "held":
            sys.exit(f"order_body: order {doc.get('number')} is {doc.get('status')}, credit hold "
                     f"{doc.get('credit_hold')} ({doc.get('credit_hold_reason')}); wanted {want}")
        if float(total.get("amount", 0)) <= 0:
            sys.exit(f"order_body: order {doc.get('number')} has total {total}")
        lines = get(f"/sales-order-lines?sales_order_id={doc['id']}&sort=position&limit=500")
        if len(items_of(lines)) != a.lines:
            sys.exit(f"order_body: order {doc.get('number')} has {len(items_of(lines))} lines, "
                     f"wanted {a.lines}")
        print(f"order_body: check POST /sales-orders -> 201, {doc['number']} {doc['status']} for "
              f"account {account['id']} (list {list_id}), {a.lines} lines, "
              f"total {total['amount']} {total.get('currency', '')}", file=sys.stderr)
    print(json.dumps(body))


if __name__ == "__main__":
    main()
