#!/usr/bin/env python3
"""Writes the sample workspace's seeds (customers, orders, order_lines, payments, site_visits).

Deterministic: a fixed random seed, so running it again gives the same files byte for byte.
products.csv is hand-written and only read here. Six months of orders (July to December 2024)
with a growing trend, weekend peaks and a December rush, so metric previews draw real-looking
charts; every order is preceded by site visits of the same customer (conversion metrics), and
most visits do not convert.

Usage: python3 resources/tools/sample_seeds.py   (from the repository root)
"""
import csv
import datetime as dt
import io
import math
import random
import uuid
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "src/main/resources/dev/steward/resources/sample/seeds"
RNG = random.Random(20240701)

FIRST = ["Emma", "Lucas", "Sofie", "Noah", "Julia", "Liam", "Anna", "Finn", "Mila", "Daan", "Lea", "Jonas",
         "Sara", "Milan", "Nora", "Elias", "Lotte", "Oskar", "Ida", "Paul", "Hanna", "Luuk", "Clara", "Mats"]
LAST = ["de Vries", "Meyer", "Lambert", "Berg", "Smit", "Visser", "Andersson", "Nielsen", "Jansen", "Dubois",
        "Huber", "Peeters", "Larsen", "Bakker", "Schmidt", "Moreau", "Lindqvist", "Maes", "Wagner", "Hansen"]
PLACES = {  # country: (city, postcode, phone prefix, digits)
    "DE": ("Berlin", "10115", "+4930", 8), "NL": ("Utrecht", "3511", "+3130", 7), "BE": ("Gent", "9000", "+329", 7),
    "FR": ("Lyon", "69001", "+334", 8), "AT": ("Graz", "8010", "+43316", 6), "DK": ("Aarhus", "8000", "+45", 8),
    "SE": ("Malmö", "21119", "+4640", 7)}
COUNTRY_WEIGHTS = {"DE": 30, "NL": 25, "BE": 12, "FR": 10, "AT": 8, "DK": 8, "SE": 7}
START = dt.date(2024, 7, 1)
END = dt.date(2024, 12, 31)


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:00Z")


def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    (SAMPLE / name).write_text(buf.getvalue(), encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def customers():
    out, used = [], set()
    day = dt.datetime(2024, 1, 5, 10, 34)
    for i in range(220):
        first, last = RNG.choice(FIRST), RNG.choice(LAST)
        email = f"{first}.{last}".lower().replace(" ", "") + "@example.com"
        n = 2
        while email in used:
            email = f"{first}.{last}{n}".lower().replace(" ", "") + "@example.com"
            n += 1
        used.add(email)
        country = RNG.choices(list(COUNTRY_WEIGHTS), weights=COUNTRY_WEIGHTS.values())[0]
        city, postcode, prefix, digits = PLACES[country]
        phone = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(digits)) if RNG.random() < 0.7 else ""
        out.append([1001 + i, email, f"{first} {last}", phone, country, f"Havenstraat {RNG.randint(1, 99)}", postcode,
                    city, iso(day), "true" if RNG.random() < 0.6 else "false"])
        # sign-ups speed up over the year: about every 2.4 days in January, daily by December
        day += dt.timedelta(hours=RNG.randint(14, 44) * (1.6 if day.month < 7 else 0.9), minutes=RNG.randint(0, 59))
    return out


def products():
    with open(SAMPLE / "products.csv", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f)]


def daily_orders(day: dt.date) -> int:
    t = (day - START).days / (END - START).days
    base = 3.0 + 4.0 * t  # growth over the half year
    if day.weekday() >= 5:
        base *= 1.35
    if day.month == 12 and day.day <= 22:
        base *= 1.6
    if day.month == 11 and day.day >= 25:  # Black Friday week
        base *= 1.8
    return max(0, round(base + RNG.gauss(0, 1.1)))


def orders_and_more(custs, prods):
    orders, lines, payments, visits = [], [], [], []
    order_id, visit_id = 50001, 700001
    day = START
    while day <= END:
        eligible = [c for c in custs if c[8][:10] < day.isoformat()]
        for _ in range(daily_orders(day)):
            cust = RNG.choice(eligible)
            placed = dt.datetime.combine(day, dt.time(RNG.randint(7, 22), RNG.randint(0, 59)))
            channel = "app" if RNG.random() < 0.3 + 0.25 * (day - START).days / 183 else "web"
            subtotal = 0
            for n in range(1, RNG.choices([1, 2, 3, 4], weights=[40, 30, 20, 10])[0] + 1):
                p = RNG.choice([p for p in prods if p["active"] == "true"])
                qty = RNG.choices([1, 2, 3], weights=[70, 22, 8])[0]
                price = int(p["unit_price_cents"])
                lines.append([order_id, n, p["product_id"], qty, price, qty * price])
                subtotal += qty * price
            shipping = 0 if subtotal >= 5000 else 495
            age = (END - day).days
            r = RNG.random()
            status = ("cancelled" if r < 0.04 else "returned" if r < 0.07 and age > 14 else
                      "placed" if age < 2 else "paid" if age < 4 else "shipped" if age < 8 else "delivered")
            orders.append([order_id, cust[0], iso(placed), status, subtotal + shipping, shipping, channel])
            method = RNG.choices(["card", "ideal", "paypal", "klarna", "bank_transfer"], weights=[40, 25, 18, 7, 10])[0]
            failed = status == "cancelled"
            payments.append([str(uuid.UUID(int=RNG.getrandbits(128), version=4)), order_id, method, subtotal + shipping,
                             "failed" if failed else "captured",
                             "" if failed else iso(placed + dt.timedelta(minutes=RNG.randint(1, 90))),
                             f"PSP-{RNG.randint(0, 999999999):09d}",
                             f"**{RNG.randint(1000, 9999)}" if method == "bank_transfer" else ""])
            # the visits that led to the order: one on the day, sometimes earlier ones within a week
            for back in sorted(RNG.sample(range(1, 7), RNG.choices([0, 1, 2], weights=[50, 35, 15])[0]), reverse=True):
                seen = placed - dt.timedelta(days=back, minutes=RNG.randint(0, 600))
                visits.append([visit_id, cust[0], iso(seen), channel, RNG.choice(["home", "product", "search"])])
                visit_id += 1
            visits.append([visit_id, cust[0], iso(placed - dt.timedelta(minutes=RNG.randint(3, 45))), channel,
                           RNG.choice(["product", "cart"])])
            visit_id += 1
            order_id += 1
        # browsing that does not turn into an order (within a week)
        for _ in range(round(daily_orders(day) * 2.2)):
            cust = RNG.choice(eligible)
            seen = dt.datetime.combine(day, dt.time(RNG.randint(6, 23), RNG.randint(0, 59)))
            visits.append([visit_id, cust[0], iso(seen), RNG.choice(["web", "web", "app"]),
                           RNG.choice(["home", "product", "search", "blog"])])
            visit_id += 1
        day += dt.timedelta(days=1)
    visits.sort(key=lambda v: (v[2], v[0]))
    return orders, lines, payments, visits


def main():
    custs = customers()
    orders, lines, payments, visits = orders_and_more(custs, products())
    write("customers.csv", ["customer_id", "email", "full_name", "phone", "country_code", "billing_street",
                            "billing_postcode", "billing_city", "signed_up_at", "marketing_opt_in"], custs)
    write("orders.csv", ["order_id", "customer_id", "placed_at", "status", "order_total_cents", "shipping_cents",
                         "sales_channel"], orders)
    write("order_lines.csv", ["order_id", "line_number", "product_id", "quantity", "unit_price_cents",
                              "line_total_cents"], lines)
    write("payments.csv", ["payment_id", "order_id", "method", "amount_cents", "status", "captured_at",
                           "provider_reference", "payer_iban_masked"], payments)
    write("site_visits.csv", ["visit_id", "customer_id", "visited_at", "channel", "landing_page"], visits)


if __name__ == "__main__":
    main()
