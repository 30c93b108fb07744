"""No silent zero: for every source, a payload that holds data but yields no staged row leaves a reason."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agent import cli
from agent.tests.conftest import replay_file

# source, endpoint, raw table, a payload with data that yields nothing, the reason expected
CASES: list[tuple[str, str, str, Any, str]] = [
    # A history whose one book has no event: stated as an element that cannot be read.
    ("action_network", "history", "action_network_odds", {"68": {"note": "no event"}}, "unreadable_element"),
    # A scoreboard game with neither time nor teams: stated, and quarantined for it.
    (
        "action_network",
        "scoreboard",
        "action_network_games",
        {"games": [{"id": 4242, "status": "scheduled"}]},
        "missing_game_date",
    ),
    # SBD games given as strings, not objects: no id, no date, no teams.
    (
        "sbd",
        "betting_splits",
        "sbd_betting_splits",
        {"group": "x", "games": ["20250613.06-MLB-PIT@CHC"]},
        "missing_game_date",
    ),
    # A schedule date without games.
    (
        "mlb_stats_api",
        "schedule",
        "mlb_stats_api",
        {"dates": [{"date": "1931-05-05", "totalGames": 1}]},
        "payload_unread",
    ),
    # An Odds API event without teams or bookmakers.
    ("odds_api", "odds", "odds_api_responses", [{"id": "e-silent", "sport_key": "baseball_mlb"}], "missing_game_date"),
]


def _raw_id(admin: Any, table: str, key: str) -> int:
    row = admin.execute(f"SELECT max(id) AS id FROM raw_data.{table} WHERE request_key = %s", (key,)).fetchone()
    assert row["id"] is not None
    return int(row["id"])


def _staged_and_reasons(admin: Any, table: str, raw_id: int) -> tuple[int, list[str]]:
    staged = admin.execute(
        """SELECT (SELECT count(*) FROM staging.betting_lines WHERE raw_table = %(t)s AND raw_id = %(id)s)
                + (SELECT count(*) FROM staging.betting_splits WHERE raw_table = %(t)s AND raw_id = %(id)s)
                + (SELECT count(*) FROM staging.game_source_ids WHERE raw_table = %(t)s AND raw_id = %(id)s)
                + (SELECT count(*) FROM staging.games WHERE raw_table = %(t)s AND raw_id = %(id)s) AS n""",
        {"t": table, "id": raw_id},
    ).fetchone()["n"]
    reasons = admin.execute(
        "SELECT DISTINCT rule FROM staging.validation_results WHERE raw_table = %s AND raw_id = %s AND severity = 'reject'",
        (table, raw_id),
    ).fetchall()
    return staged, sorted(r["rule"] for r in reasons)


@pytest.mark.parametrize(
    ("source", "endpoint", "table", "payload", "reason"), CASES, ids=[c[2] + ":" + c[4] for c in CASES]
)
def test_a_payload_with_data_that_yields_nothing_says_why(admin, tmp_path, source, endpoint, table, payload, reason):
    key = f"silent-{table}-{reason}"
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(payload))
    assert replay_file(source, endpoint, key, path, "1931-05-05T12:00:00+00:00") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    staged, reasons = _staged_and_reasons(admin, table, _raw_id(admin, table, key))
    assert staged == 0
    assert reason in reasons


def test_a_vsin_page_whose_rows_cannot_be_read_says_why(admin, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><table><tr><th>Team</th><th>Handle</th><th>Bets</th></tr>"
        "<tr><td>Only one name</td><td>55%</td><td>60%</td></tr></table></body></html>"
    )
    key = "1931-05-05:silent"
    assert replay_file("vsin", "betting_splits", key, page, "1931-05-05T12:00:00+00:00") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    staged, reasons = _staged_and_reasons(admin, "vsin_data", _raw_id(admin, "vsin_data", key))
    assert staged == 0 and reasons  # a reason, whichever the parser gives


def test_an_sbro_sheet_without_its_header_says_why(admin, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    for row in ([505, 901, "V", "BOS", "A-R", 3, 110, 120], [505, 902, "H", "NYY", "B-R", 4, -120, -130]):
        ws.append(row)  # the rows of a season, but no header row naming the columns
    path: Path = tmp_path / "mlb odds 1931 headless.xlsx"
    book.save(path)
    assert cli.main(["import-sbro", str(path)]) == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    staged, reasons = _staged_and_reasons(admin, "sbro_odds", _raw_id(admin, "sbro_odds", path.name))
    assert staged == 0
    assert "payload_unread" in reasons


def test_decimal_odds_are_stored_exactly_and_shown_rounded(admin, tmp_path, fresh_day):
    """The Odds API requested with oddsFormat=decimal: 2.02, 2.0, 2.78, 1.74, 1.75 are prices, not rejects;
    unibet_us is a book; a decimal price of 1 or less says what is wrong."""
    from agent.tests.conftest import replay_schedule_game

    day = fresh_day.isoformat()
    assert replay_schedule_game(tmp_path, fresh_day, 997000 + fresh_day.toordinal() % 2999) == 0
    stamp = f"{day}T15:00:00Z"

    def book(key: str, home: float, away: float) -> dict[str, Any]:
        outcomes = [{"name": "New York Yankees", "price": home}, {"name": "Boston Red Sox", "price": away}]
        return {
            "key": key,
            "title": key,
            "last_update": stamp,
            "markets": [{"key": "h2h", "last_update": stamp, "outcomes": outcomes}],
        }

    event = {
        "id": f"dec-{day}",
        "commence_time": f"{day}T17:05:00Z",
        "home_team": "New York Yankees",
        "away_team": "Boston Red Sox",
        "bookmakers": [book("draftkings", 1.74, 2.02), book("unibet_us", 1.75, 2.0), book("fanduel", 0.95, 2.78)],
    }
    path = tmp_path / "decimal.json"
    path.write_text(json.dumps([event]))
    assert replay_file("odds_api", "odds", day, path, f"{day}T15:05:00+00:00") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    rows = admin.execute(
        """SELECT b.book_key, l.side, l.american_price, l.stated_decimal_price FROM staging.betting_lines l
             JOIN staging.sportsbooks b USING (sportsbook_id) JOIN staging.games g USING (game_id)
            WHERE g.game_date = %s AND l.source = 'odds_api' ORDER BY 1, 2""",
        (fresh_day,),
    ).fetchall()
    assert [(r["book_key"], r["side"], r["american_price"], float(r["stated_decimal_price"])) for r in rows] == [
        ("draftkings", "away", 102, 2.02),
        ("draftkings", "home", -135, 1.74),
        ("fanduel", "away", 178, 2.78),
        ("unibet", "away", 100, 2.0),
        ("unibet", "home", -133, 1.75),
    ]
    bad = admin.execute(
        """SELECT details->>'price' AS price FROM staging.validation_results
            WHERE rule = 'decimal_price_not_above_1' AND source = 'odds_api' AND game_date = %s""",
        (fresh_day,),
    ).fetchall()
    assert [r["price"] for r in bad] == ["0.95"]
    # Graded at the exact price: the best home close is unibet's 1.75 (-133 shown); the home side won 3-2.
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
    bet = admin.execute(
        """SELECT r.american_price, r.stated_decimal_price, r.result, r.profit_units, r.closing_line_value,
                  r.closing_fair_probability
             FROM curated.strategy_results r JOIN staging.games g USING (game_id)
            WHERE g.game_date = %s AND r.strategy_key = 'home_moneyline_at_close'""",
        (fresh_day,),
    ).fetchone()
    assert (bet["american_price"], float(bet["stated_decimal_price"]), bet["result"]) == (-133, 1.75, "win")
    assert bet["profit_units"] == Decimal("0.75")  # not 100/133 = 0.7519
    assert bet["closing_line_value"] == Decimal("1.75") * bet["closing_fair_probability"] - 1
    fair = admin.execute(
        """SELECT e.close_fair_probability FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
             JOIN staging.sportsbooks b USING (sportsbook_id)
            WHERE g.game_date = %s AND b.book_key = 'draftkings' AND e.market = 'moneyline' AND e.side = 'home'""",
        (fresh_day,),
    ).fetchone()["close_fair_probability"]
    exact = (1 / Decimal("1.74")) / (1 / Decimal("1.74") + 1 / Decimal("2.02"))
    assert abs(fair - exact) < Decimal("1e-12")  # no-vig from 1.74 and 2.02, not from -135 and +102


UNREADABLE: list[tuple[str, str, str, Any]] = [
    # A v2 outcome that is not an object, beside a good one.
    (
        "action_network",
        "scoreboard",
        "action_network_games",
        {
            "games": [
                {
                    "id": 5151,
                    "start_time": "1931-06-06T17:05:00.000Z",
                    "home_team_id": 191,
                    "away_team_id": 190,
                    "markets": {"68": {"event": {"moneyline": [{"side": "home", "odds": -120}, "garbled"]}}},
                }
            ]
        },
    ),
    # A v1 odds element that is a number, beside a good one.
    (
        "action_network",
        "scoreboard",
        "action_network_games",
        {
            "games": [
                {
                    "id": 5152,
                    "start_time": "1931-06-06T17:05:00.000Z",
                    "home_team_id": 191,
                    "away_team_id": 190,
                    "odds": [{"book_id": 15, "type": "game", "ml_home": -120, "ml_away": 110}, 42],
                }
            ]
        },
    ),
    # A history point that is a string.
    (
        "action_network",
        "history",
        "action_network_odds",
        {
            "68": {
                "event": {
                    "moneyline": [
                        {"side": "home", "history": [{"odds": -120, "updated_at": "1931-06-06T12:00:00Z"}, "garbled"]}
                    ]
                }
            }
        },
    ),
    # An SBD side that is a string.
    (
        "sbd",
        "betting_splits",
        "sbd_betting_splits",
        {
            "group": "1931-06-06",
            "games": [
                {
                    "_id": "sbd-unread",
                    "date": "1931-06-06T17:05:00.000Z",
                    "home": {"code": "NYY"},
                    "away": {"code": "BOS"},
                    "sportsbooks": [
                        {"name": "draftkings", "odds": {"moneyline": {"home": {"american": "-120"}, "away": "garbled"}}}
                    ],
                }
            ],
        },
    ),
    # An Odds API outcome that is a string.
    (
        "odds_api",
        "odds",
        "odds_api_responses",
        [
            {
                "id": "ev-unread",
                "commence_time": "1931-06-06T17:05:00Z",
                "home_team": "New York Yankees",
                "away_team": "Boston Red Sox",
                "bookmakers": [
                    {
                        "key": "draftkings",
                        "markets": [
                            {"key": "h2h", "outcomes": [{"name": "New York Yankees", "price": -120}, "garbled"]}
                        ],
                    }
                ],
            }
        ],
    ),
]


@pytest.mark.parametrize(
    ("source", "endpoint", "table", "payload"), UNREADABLE, ids=["an-v2", "an-v1", "an-history", "sbd", "odds-api"]
)
def test_an_element_that_cannot_be_read_is_a_reason_not_dropped(admin, tmp_path, source, endpoint, table, payload):
    key = f"unread-{source}-{json.dumps(payload)[:40]}"
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(payload))
    assert replay_file(source, endpoint, key, path, "1931-06-06T12:00:00+00:00") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    rows = admin.execute(
        "SELECT rule, details FROM staging.validation_results WHERE raw_table = %s AND raw_id = %s",
        (table, _raw_id(admin, table, key)),
    ).fetchall()
    unread = [r for r in rows if r["rule"] == "unreadable_element"]
    assert len(unread) == 1, rows
    assert unread[0]["details"]["price"] in ('"garbled"', "42")
