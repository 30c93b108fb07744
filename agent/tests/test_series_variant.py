"""The series storage variant the bench measures (issue 30, bench/series_variant.sql): Action Network line histories
promoted into a series per game, book, outlet, market, side and raw row, read back through a view with the columns of
staging.betting_lines, hold exactly the rows the promotion stored from the same raw rows, the sample day's real
histories and the bench's: fresh, when a history is fetched again (its newer copy wins point by point, the opener stays
the key's first point), with warned points (their scores), and when the older copy is promoted last. A history with a
refused point is left to the row path, whole."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import timedelta
from typing import Any

import psycopg
import pytest

from agent.tests.conftest import ROOT, SAMPLE, one
from agent.tests.test_parallel import store_season_day

sys.path.insert(0, str(ROOT / "bench"))
import run as bench

# The columns of staging.betting_lines the bench compares (all but the ids, run and fetch time of a row).
COLUMNS = bench.COMPARED


@pytest.fixture
def series(admin):
    admin.execute((ROOT / "bench" / "series_variant.sql").read_text())
    yield
    admin.execute("DROP VIEW bench_series_lines")
    admin.execute("DROP TABLE bench_series, bench_series_accounts, bench_series_warnings")
    admin.execute("DROP FUNCTION bench_series_promote(bigint[], bigint), bench_series_without")


def promote(admin: psycopg.Connection[Any]) -> None:
    while one(admin, "SELECT count(*) AS n FROM pipeline.promotion_queue")["n"]:
        assert one(admin, "SELECT status FROM staging.promote(500)")["status"] == "succeeded"


def differences(admin: psycopg.Connection[Any], games: list[int], by: str = "game_id") -> tuple[int, int, int]:
    """Rows only in the series view, rows only in the promotion's, and the promotion's rows, for these games (or,
    by="raw_id", these raw rows)."""
    mine = f"SELECT {COLUMNS} FROM bench_series_lines WHERE {by} = ANY (%(g)s)"
    theirs = (
        f"SELECT {COLUMNS} FROM staging.betting_lines WHERE raw_table = 'action_network_odds' AND {by} = ANY (%(g)s)"
    )
    row = admin.execute(
        f"SELECT (SELECT count(*) FROM ({mine} EXCEPT ALL {theirs}) x) AS a,"
        f" (SELECT count(*) FROM ({theirs} EXCEPT ALL {mine}) y) AS b, (SELECT count(*) FROM ({theirs}) z) AS n",
        {"g": games},
    ).fetchone()
    assert row is not None
    return row["a"], row["b"], row["n"]


def refetch(admin: psycopg.Connection[Any], raw_id: int, change: Any, later: timedelta) -> int:
    """The history of raw row raw_id fetched again `later`, its every outcome's history changed by `change`."""
    raw = one(
        admin, "SELECT request_key, fetched_at, payload FROM raw_data.action_network_odds WHERE id = %s", (raw_id,)
    )
    key, fetched, payload = raw["request_key"], raw["fetched_at"], raw["payload"]
    for book in payload.values():
        for market, outcomes in book["event"].items():
            for outcome in outcomes:
                change(outcome["history"], market, outcome["side"])
    text = json.dumps(payload)
    at = fetched + later
    return one(
        admin,
        "SELECT raw_id AS id FROM raw_data.record_attempt('action_network', 'history', 'action_network_odds', %s, %s, %s, "
        "p_http_status => 200, p_body => %s, p_body_sha256 => %s, p_mode => 'replay', p_body_raw => %s)",
        (key, at, at, text, hashlib.sha256(text.encode()).hexdigest(), text.encode()),
    )["id"]


def history_ids(admin: psycopg.Connection[Any], an_ids: list[int]) -> list[int]:
    rows = admin.execute(
        "SELECT id FROM raw_data.action_network_odds WHERE request_key = ANY (%s) ORDER BY id",
        ([str(a) for a in an_ids],),
    ).fetchall()
    return [r["id"] for r in rows]


def test_series_hold_the_promotions_rows_fresh_restated_and_out_of_order(admin, fresh_day, series):
    games = store_season_day(admin, fresh_day, points=8)
    promote(admin)
    ids = history_ids(admin, [g["an_id"] for g in games])
    game_ids = [
        r["game_id"]
        for r in admin.execute(
            "SELECT game_id FROM staging.game_source_ids WHERE source = 'action_network' AND source_game_id = ANY (%s)",
            ([str(g["an_id"]) for g in games],),
        )
    ]
    assert len(ids) == len(game_ids) == 15
    admin.execute("SELECT bench_series_promote(%s, 0)", (ids,))
    assert differences(admin, game_ids) == (0, 0, 15 * 10 * 6 * 8)
    assert one(admin, "SELECT count(*) FILTER (WHERE row_path IS NULL) AS n FROM bench_series_accounts")["n"] == 15

    # Fetched again an hour later: its first point gone, the last price moved, a point more. The newer copy wins
    # each point it states; the first point stays the older copy's, and the opener.
    def moved(history: list[dict[str, Any]], market: str, side: str) -> None:
        history.pop(0)
        last = history[-1]
        last["odds"] += 5 if last["odds"] > 0 else -5
        history.append(dict(last, updated_at=last["updated_at"][:11] + "23:59:00Z"))

    newer = refetch(admin, ids[0], moved, timedelta(hours=1))
    promote(admin)
    admin.execute("SELECT bench_series_promote(%s, 0)", ([newer],))
    assert differences(admin, game_ids) == (0, 0, 15 * 10 * 6 * 8 + 10 * 6)
    assert one(admin, "SELECT count(*) AS n FROM bench_series WHERE raw_id = %s", (ids[0],))["n"] == 60
    kept = "SELECT bool_and(cardinality(observed_at) = 1 AND is_opener) AS ok FROM bench_series WHERE raw_id = %s"
    assert one(admin, kept, (ids[0],))["ok"]

    def repriced(history: list[dict[str, Any]], market: str, side: str) -> None:
        first = history[0]
        first["odds"] += 10 if first["odds"] > 0 else -10

    # Fetched again with every point restated, one price moved: the older series goes whole, the opener with it.
    restated = refetch(admin, ids[2], repriced, timedelta(hours=1))
    promote(admin)
    admin.execute("SELECT bench_series_promote(%s, 0)", ([restated],))
    assert differences(admin, game_ids) == (0, 0, 15 * 10 * 6 * 8 + 10 * 6)
    assert one(admin, "SELECT count(*) AS n FROM bench_series WHERE raw_id = %s", (ids[2],))["n"] == 0

    # An older copy of another game promoted last: the stored newer copy keeps every point it states.
    older = refetch(admin, ids[1], repriced, -timedelta(hours=1))
    promote(admin)
    admin.execute("SELECT bench_series_promote(%s, 0)", ([older],))
    assert differences(admin, game_ids)[:2] == (0, 0)
    assert one(admin, "SELECT count(*) AS n FROM bench_series WHERE raw_id = %s", (older,))["n"] == 0

    # Warned points, fetched again: the home run line at 2.5 on the third point (unusual, the sides not opposite),
    # the over's total half a run off the under's on the fourth (the sides differ). Scores as the row path's.
    def warned(history: list[dict[str, Any]], market: str, side: str) -> None:
        if market == "spread" and side == "home":
            history[2]["value"] = 2.5 if history[2]["value"] > 0 else -2.5
        if market == "total" and side == "over":
            history[3]["value"] += 0.5

    rewarned = refetch(admin, ids[3], warned, timedelta(hours=2))
    promote(admin)
    admin.execute("SELECT bench_series_promote(%s, 0)", ([rewarned],))
    assert differences(admin, game_ids)[:2] == (0, 0)
    scores = "SELECT count(DISTINCT quality_score) AS n FROM staging.betting_lines WHERE raw_id = %s"
    assert one(admin, scores, (rewarned,))["n"] >= 3  # 1.000, and the warned points' lower scores


def test_a_history_with_a_refused_point_takes_the_row_path(admin, fresh_day, series):
    games = store_season_day(admin, fresh_day, points=4)
    ids = history_ids(admin, [g["an_id"] for g in games])
    promote(admin)

    def refused(history: list[dict[str, Any]], market: str, side: str) -> None:
        history[1]["odds"] = 50  # between -100 and +100: the row path refuses it

    bad = refetch(admin, ids[2], refused, timedelta(minutes=30))
    promote(admin)
    admin.execute("SELECT bench_series_promote(%s, 0)", ([*ids, bad],))
    paths = {
        r["p"]: r["n"]
        for r in admin.execute(
            "SELECT coalesce(row_path, 'series') AS p, count(*) AS n FROM bench_series_accounts GROUP BY 1"
        )
    }
    assert paths == {"series": 15, "a point refused or unreadable": 1}
    assert one(admin, "SELECT count(*) AS n FROM bench_series WHERE raw_id = %s", (bad,))["n"] == 0


def test_series_hold_the_sample_days_real_histories(sample_day, series):
    """The sample day's 15 Action Network line histories (real payloads, sample/action_network) as series: the rows
    the promotion stored from them, each one."""
    keys = [
        p.name.split("_history_")[1].removesuffix(".json")
        for p in (SAMPLE / "action_network").glob("*_history_*[0-9].json")
    ]
    ids = [
        r["id"]
        for r in sample_day.execute(
            "SELECT max(id) AS id FROM raw_data.action_network_odds WHERE request_key = ANY (%s) GROUP BY request_key",
            (keys,),
        )
    ]
    assert len(ids) == len(keys) == 15
    sample_day.execute("SELECT bench_series_promote(%s, 0)", (ids,))
    only_series, only_promotion, rows = differences(sample_day, ids, by="raw_id")
    assert (only_series, only_promotion) == (0, 0) and rows > 2000
