"""The real recorded payloads in ../shared/fixtures/real replay into raw and
both SBRO seasons import every row. Skipped cleanly when ../shared is absent."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

import openpyxl
import pytest

from agent import cli
from agent.tests.conftest import REAL_FIXTURES, replay_file

pytestmark = pytest.mark.skipif(not REAL_FIXTURES.is_dir(), reason="../shared/fixtures/real absent")

PAYLOADS = [
    ("sbd", "betting_splits", "sbd/betting-splits-2025-06-13.json", "sbd_betting_splits"),
    ("mlb_stats_api", "schedule", "mlb_stats_api/schedule-2022-04-07.json", "mlb_stats_api"),
    (
        "mlb_stats_api",
        "schedule",
        "mlb_stats_api/schedule-2022-10-11_2022-10-13.json",
        "mlb_stats_api",
    ),
    ("odds_api", "odds", "odds_api/odds-baseball_mlb-2022-09-17.json", "odds_api_responses"),
]


@pytest.mark.parametrize(("source", "endpoint", "relpath", "table"), PAYLOADS)
def test_real_payload_replays_into_raw(admin, source, endpoint, relpath, table):
    path = REAL_FIXTURES / relpath
    key = f"real:{path.name}"
    assert replay_file(source, endpoint, key, path, fetched_at="2025-06-13T17:00:00+00:00") == 0
    row = admin.execute(f"SELECT * FROM raw_data.{table} WHERE request_key = %s", (key,)).fetchone()
    assert row["body_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert row["payload"] is not None
    assert row["fetched_at"].isoformat() == "2025-06-13T17:00:00+00:00"
    lines = admin.execute(
        "SELECT count(*) AS n FROM raw_data.betting_lines_raw WHERE raw_id = %s AND raw_table = %s",
        (row["id"], table),
    ).fetchone()
    if source in ("sbd", "odds_api"):
        assert lines["n"] > 0


def test_real_sbd_lines_keep_home_and_away_from_their_fields(admin):
    path = REAL_FIXTURES / "sbd/betting-splits-2025-06-13.json"
    cli.main(
        [
            "replay",
            "--source",
            "sbd",
            "--endpoint",
            "betting_splits",
            "--request-key",
            "real:sbd-sides",
            str(path),
        ]
    )
    row = admin.execute("""
        SELECT l.home_team_text, l.away_team_text FROM raw_data.betting_lines_raw l
          JOIN raw_data.sbd_betting_splits r ON r.id = l.raw_id AND l.raw_table = 'sbd_betting_splits'
         WHERE r.request_key = 'real:sbd-sides' AND l.source_game_id = '20250613.06-MLB-PIT@CHC' LIMIT 1
    """).fetchone()
    assert (row["home_team_text"], row["away_team_text"]) == ("CHC", "PIT")


@pytest.mark.parametrize("season", ["2014", "2018"])
def test_sbro_season_imports_every_row(admin, season):
    path = REAL_FIXTURES / f"sbro/mlb-odds-{season}.xlsx"
    assert cli.main(["import-sbro", str(path)]) == 0
    row = admin.execute(
        "SELECT * FROM raw_data.sbro_odds WHERE request_key = %s ORDER BY id DESC LIMIT 1",
        (path.name,),
    ).fetchone()
    assert row["body_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    # Independent count of the spreadsheet's non-empty rows, header included.
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    expected = {
        ws.title: sum(1 for r in ws.iter_rows(values_only=True) if any(v is not None for v in r))
        for ws in workbook.worksheets
    }
    stored = {s["name"]: sum(1 for r in s["rows"] if any(v is not None for v in r)) for s in row["payload"]["sheets"]}
    assert stored == expected
    sheet1 = row["payload"]["sheets"][0]["rows"]
    assert sheet1[0][:4] == ["Date", "Rot", "VH", "Team"]
    # Two lines per row for moneylines (open and close) in the raw view.
    games = expected["Sheet1"] - 1
    ml = admin.execute(
        "SELECT count(*) AS n FROM raw_data.moneylines_raw WHERE raw_table = 'sbro_odds' AND raw_id = %s",
        (row["id"],),
    ).fetchone()
    assert ml["n"] == 2 * games


def _as_decimal(price: int) -> float | int:
    """The exact decimal odds of an American price, as The Odds API writes them when asked for oddsFormat=decimal:
    a JSON number, even money as 2 (JavaScript and jq write 2.0 so); eight places keep the American figure."""
    exact = 1 + (price / 100 if price > 0 else 100 / -price)
    return 2 if exact == 2 else round(exact, 8)


def _a_second_later(stamp: str) -> str:
    return (datetime.fromisoformat(stamp.replace("Z", "+00:00")) + timedelta(seconds=1)).isoformat()


def test_real_odds_asked_for_in_decimal_read_as_the_same_prices(admin, tmp_path):
    """Issue 29, item 7: the real Odds API payload rendered in decimal odds (its observation times a second
    later, so both renderings are kept), replayed with the request's oddsFormat=decimal, gives every price the
    American replay gives. Even money written 2 was read as American +2 and rejected."""
    source = REAL_FIXTURES / "odds_api/odds-baseball_mlb-2022-09-17.json"
    events = json.loads(source.read_text())
    evens = 0
    for event in events:
        for book in event["bookmakers"]:
            book["last_update"] = _a_second_later(book["last_update"])
            for market in book["markets"]:
                if "last_update" in market:
                    market["last_update"] = _a_second_later(market["last_update"])
                for outcome in market["outcomes"]:
                    evens += abs(outcome["price"]) == 100
                    outcome["price"] = _as_decimal(outcome["price"])
    assert evens == 72, "the real payload has 72 even-money prices"
    decimal_file = tmp_path / "odds-decimal.json"
    decimal_file.write_text(json.dumps(events))

    keys = {"american": "real:odds-format-american", "decimal": "real:odds-format-decimal"}
    for fmt, path in (("american", source), ("decimal", decimal_file)):
        argv = ["replay", "--source", "odds_api", "--endpoint", "odds", "--request-key", keys[fmt]]
        argv += ["--param", f"oddsFormat={fmt}", "--fetched-at", "2022-09-17T16:00:00+00:00", str(path)]
        assert cli.main(argv) == 0
    ids = {
        fmt: admin.execute(
            "SELECT id, request_params->>'oddsFormat' AS asked FROM raw_data.odds_api_responses WHERE request_key = %s",
            (key,),
        ).fetchone()
        for fmt, key in keys.items()
    }
    assert {fmt: row["asked"] for fmt, row in ids.items()} == {"american": "american", "decimal": "decimal"}
    for row in ids.values():  # queued again in case an earlier run of this suite stored the same bodies
        admin.execute(
            "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) VALUES ('odds_api_responses', %s) "
            "ON CONFLICT DO NOTHING",
            (row["id"],),
        )
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0

    rejected = admin.execute(
        "SELECT rule, count(*) AS n FROM staging.validation_results WHERE raw_table = 'odds_api_responses' "
        "AND raw_id = %s AND rule IN ('unparseable_price', 'price_between_minus_100_and_100', "
        "'decimal_price_not_above_1') GROUP BY rule",
        (ids["decimal"]["id"],),
    ).fetchall()
    assert rejected == []
    prices = admin.execute(
        """SELECT d.american_price AS from_decimal, a.american_price AS from_american, d.stated_decimal_price AS stated
             FROM staging.betting_lines d
             JOIN staging.betting_lines a USING (game_id, sportsbook_id, market, side, source, outlet)
            WHERE d.raw_table = 'odds_api_responses' AND d.raw_id = %s AND a.line IS NOT DISTINCT FROM d.line
              -- the American copy of the same observation (an earlier test may have stored it from its own replay)
              AND a.observed_at = d.observed_at - interval '1 second'""",
        (ids["decimal"]["id"],),
    ).fetchall()
    assert len(prices) > 1500
    assert [p for p in prices if p["from_decimal"] != p["from_american"] or p["stated"] is None] == []
    assert sum(p["stated"] == 2 for p in prices) > 0, "even money, written 2, is +100"
