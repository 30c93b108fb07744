"""Curated refresh workers (issue 14): a curated rebuild owns the partitions of its dates
(pipeline.curated_partitions), so rebuilds of other partitions run beside it, one of the same
partition waits, a strategy's backtest (every date) waits; drains in two sessions split the
dirty dates by partition and rebuild each date once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from agent.tests.conftest import one


def partition(admin: psycopg.Connection[Any], day: Any) -> int:
    return int(one(admin, "SELECT curated.date_partition(%s) AS p", (day,))["p"])


def test_a_rebuild_owns_its_partition_only(admin, fresh_day):
    other, same = fresh_day + timedelta(days=1), fresh_day + timedelta(days=8)
    assert partition(admin, other) != partition(admin, fresh_day) == partition(admin, same)
    with psycopg.connect("") as holder:  # one transaction, held open below
        holder.execute("SELECT * FROM curated.rebuild(%s)", (fresh_day,))
        with psycopg.connect("", autocommit=True) as beside:
            beside.execute("SET lock_timeout = '3s'")
            # Another partition: runs at once.
            beside.execute("SELECT * FROM curated.rebuild(%s)", (other,))
            # The same partition: waits for the holder (here: gives up after the lock timeout).
            with pytest.raises(psycopg.errors.LockNotAvailable):
                beside.execute("SELECT * FROM curated.rebuild(%s)", (same,))
            # A strategy's backtest rewrites every date: it waits for every rebuild.
            with pytest.raises(psycopg.errors.LockNotAvailable):
                beside.execute("SELECT * FROM curated.backtest_strategy('home_moneyline_at_close')")
        holder.rollback()


def test_two_drains_split_the_dirty_dates(admin, fresh_day):
    days = [fresh_day + timedelta(days=k) for k in range(3)]
    assert len({partition(admin, d) for d in days}) == 3
    admin.execute("DELETE FROM pipeline.dirty_dates")
    admin.execute("INSERT INTO pipeline.dirty_dates (game_date) SELECT unnest(%s::date[])", (days,))
    before = one(admin, "SELECT coalesce(max(id), 0) AS id FROM pipeline.runs")["id"]
    with psycopg.connect("", row_factory=dict_row) as first:  # one transaction: holds its partition until commit
        assert one(first, "SELECT * FROM curated.drain_dirty_dates(1)")["dates"] == 1, "the oldest date"
        with psycopg.connect("", row_factory=dict_row, autocommit=True) as second:
            second.execute("SET lock_timeout = '3s'")  # it must not wait for the first
            drained = one(second, "SELECT * FROM curated.drain_dirty_dates()")
            assert drained["dates"] == 2, "the two partitions the first drain does not hold"
            assert drained["remaining"] == 1, "the first drain's date, not committed yet"
        first.commit()
    assert not admin.execute("SELECT 1 FROM pipeline.dirty_dates WHERE game_date = ANY (%s)", (days,)).fetchall()
    rebuilt = admin.execute(
        "SELECT target_date, count(*) AS n FROM pipeline.runs WHERE id > %s AND zone = 'curated' AND kind = 'rebuild' "
        "AND target_date = ANY (%s) GROUP BY target_date ORDER BY target_date",
        (before, days),
    ).fetchall()
    assert [(r["target_date"], r["n"]) for r in rebuilt] == [(d, 1) for d in days], "each date rebuilt once"
