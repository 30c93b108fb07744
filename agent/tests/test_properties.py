"""Property tests: the SQL odds and no-vig functions against a Python reference."""

from __future__ import annotations

from decimal import Decimal, getcontext

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

getcontext().prec = 40
american_prices = st.one_of(st.integers(min_value=100, max_value=10000), st.integers(min_value=-10000, max_value=-100))


def ref_decimal(a: int) -> Decimal:
    return 1 + Decimal(a) / 100 if a > 0 else 1 + Decimal(100) / -a


def ref_implied(a: int) -> Decimal:
    return Decimal(100) / (a + 100) if a > 0 else Decimal(-a) / (-a + 100)


@pytest.fixture(scope="module")
def conn():
    import os

    if not os.environ.get("PGHOST"):
        pytest.skip("no test database (run through `make test`)")
    with psycopg.connect("", autocommit=True) as c:
        yield c


def one(conn, sql: str, *args):
    row = conn.execute(sql, args).fetchone()
    return row[0]


@settings(max_examples=200, deadline=None)
@given(american_prices)
def test_american_decimal_implied_agree_with_python(conn, a):
    assert abs(one(conn, "SELECT staging.american_to_decimal(%s)", a) - ref_decimal(a)) < Decimal("1e-12")
    assert abs(one(conn, "SELECT staging.american_to_implied_probability(%s)", a) - ref_implied(a)) < Decimal("1e-12")
    # Round trips come back to the same price (within rounding; +100 and -100 are both even money).
    for sql in (
        "SELECT staging.decimal_to_american(staging.american_to_decimal(%s))",
        "SELECT staging.implied_probability_to_american(staging.american_to_implied_probability(%s))",
    ):
        back = one(conn, sql, a)
        assert abs(back - a) <= 1 or {back, a} == {100, -100}


@settings(max_examples=200, deadline=None)
@given(american_prices, american_prices)
def test_no_vig_methods_agree_with_python(conn, a, b):
    pa, pb = ref_implied(a), ref_implied(b)
    mult = one(conn, "SELECT curated.no_vig_multiplicative(%s, %s)", pa, pb)
    add = one(conn, "SELECT curated.no_vig_additive(%s, %s)", pa, pb)
    assert abs(mult - pa / (pa + pb)) < Decimal("1e-12")
    assert abs(add - (pa - (pa + pb - 1) / 2)) < Decimal("1e-12")
    # Each method's two sides sum to one; equal prices give one half either way.
    assert abs(mult + one(conn, "SELECT curated.no_vig_multiplicative(%s, %s)", pb, pa) - 1) < Decimal("1e-12")
    assert abs(add + one(conn, "SELECT curated.no_vig_additive(%s, %s)", pb, pa) - 1) < Decimal("1e-12")
    hold = one(conn, "SELECT curated.hold(%s, %s)", pa, pb)
    assert abs(hold - (1 - 1 / (pa + pb))) < Decimal("1e-12")


@settings(max_examples=100, deadline=None)
@given(american_prices, st.sampled_from(["win", "loss", "push", "void"]))
def test_profit_units_agree_with_python(conn, a, result):
    expected = {"win": ref_decimal(a) - 1, "loss": Decimal(-1), "push": Decimal(0), "void": Decimal(0)}[result]
    assert abs(one(conn, "SELECT curated.profit_units(%s, %s)", result, a) - expected) < Decimal("1e-12")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=12))
def test_price_parser_never_guesses(conn, text):
    if "\x00" in text:
        return
    parsed = one(conn, "SELECT staging.parse_american_odds(%s)", text)
    stripped = text.strip()
    if stripped.upper() in ("EVEN", "EV", "EVS"):
        assert parsed == 100
    elif parsed is not None:
        assert int(Decimal(stripped)) == parsed  # only plain numbers parse
