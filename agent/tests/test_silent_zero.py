"""No silent zero: for every source, a payload that holds data but yields no staged row leaves a reason."""

from __future__ import annotations

import json
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
    # A history outcome without a history list, beside one with points.
    (
        "action_network",
        "history",
        "action_network_odds",
        {
            "68": {
                "event": {
                    "spread": [
                        {
                            "side": "home",
                            "value": -1.5,
                            "history": [{"odds": -120, "value": -1.5, "updated_at": "1931-06-06T12:00:00Z"}],
                        },
                        {"side": "away", "value": 1.5, "odds": 110},
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
    # An SBD sportsbook without its odds object, beside one with prices.
    (
        "sbd",
        "betting_splits",
        "sbd_betting_splits",
        {
            "group": "1931-06-06",
            "games": [
                {
                    "_id": "sbd-unread-book",
                    "date": "1931-06-06T17:05:00.000Z",
                    "home": {"code": "NYY"},
                    "away": {"code": "BOS"},
                    "sportsbooks": [
                        {"name": "draftkings", "odds": {"moneyline": {"home": {"american": "-120"}}}},
                        {"name": "fanduel"},
                    ],
                }
            ],
        },
    ),
    # An Odds API market without its outcomes list, beside one with prices.
    (
        "odds_api",
        "odds",
        "odds_api_responses",
        [
            {
                "id": "ev-unread-market",
                "commence_time": "1931-06-06T17:05:00Z",
                "home_team": "New York Yankees",
                "away_team": "Boston Red Sox",
                "bookmakers": [
                    {
                        "key": "draftkings",
                        "markets": [
                            {"key": "h2h", "outcomes": [{"name": "New York Yankees", "price": -120}]},
                            {"key": "totals"},
                        ],
                    }
                ],
            }
        ],
    ),
]


@pytest.mark.parametrize(
    ("source", "endpoint", "table", "payload"),
    UNREADABLE,
    ids=["an-v2", "an-v1", "an-history", "an-history-outcome", "sbd", "sbd-book", "odds-api", "odds-api-market"],
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
    assert unread[0]["details"]["price"] in (
        '"garbled"',
        "42",
        '{"odds": 110, "side": "away", "value": 1.5}',
        '{"key": "totals"}',
        '{"name": "fanduel"}',
    )
