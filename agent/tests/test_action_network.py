"""Action Network as it really is: a catalogue of state outlets mapped to brands, and both game shapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from agent import cli
from agent.tests.conftest import ROOT, SAMPLE, replay_file, replay_schedule_game

CATALOGUE = ROOT / "scripts" / "action_network_books.json"


def _when(minutes_ago: int) -> str:
    return (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat()


def _outlets(admin: Any) -> dict[str, tuple[str, str | None, list[str] | None]]:
    rows = admin.execute(
        """SELECT m.source_book_key, b.book_key, m.outlet_name, m.states FROM staging.sportsbook_source_ids m
             JOIN staging.sportsbooks b USING (sportsbook_id) WHERE m.source = 'action_network'"""
    ).fetchall()
    return {r["source_book_key"]: (r["book_key"], r["outlet_name"], r["states"]) for r in rows}


def test_the_real_catalogue_maps_outlets_to_brands_and_replaces_an_invented_mapping(admin, tmp_path):
    """972 once meant Fanatics by an invented sample catalogue; the real catalogue says BetRivers NY.
    The newer catalogue wins, the change is recorded, and no sample-day line is an unknown book."""
    invented = tmp_path / "invented.json"
    invented.write_text(json.dumps({"books": [{"id": 972, "display_name": "Fanatics"}]}))
    assert replay_file("action_network", "books", "books", invented, _when(10)) == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    assert _outlets(admin)["972"][0] == "fanatics"  # a bare display name, taken only because no brand is stated

    real = json.loads(CATALOGUE.read_text())
    real["books"].append({"id": 99999, "display_name": "Nowhere NJ", "parent_name": "Nowhere Sportsbook"})
    path = tmp_path / "real.json"
    path.write_text(json.dumps(real))
    assert replay_file("action_network", "books", "books", path, _when(5)) == 0
    assert cli.main(["replay", str(SAMPLE)]) == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0

    outlets = _outlets(admin)
    assert outlets["972"] == ("betrivers", "BetRivers NY", ["NY"])
    assert outlets["68"] == ("draftkings", "DK NJ", ["NJ"])
    assert outlets["1548"] == ("draftkings", "DK NY", ["NY"])
    assert outlets["2988"][0] == "fanatics" and outlets["247"][0] == "unibet"
    assert outlets["15"][0] == "consensus" and outlets["30"][0] == "opening_line"
    assert "99999" not in outlets
    change = admin.execute(
        """SELECT o.book_key AS old, n.book_key AS new, c.new_outlet_name FROM staging.sportsbook_source_id_changes c
             JOIN staging.sportsbooks o ON o.sportsbook_id = c.old_sportsbook_id
             JOIN staging.sportsbooks n ON n.sportsbook_id = c.new_sportsbook_id
            WHERE c.source = 'action_network' AND c.source_book_key = '972' ORDER BY c.change_id DESC LIMIT 1"""
    ).fetchone()
    assert change == {"old": "fanatics", "new": "betrivers", "new_outlet_name": "BetRivers NY"}
    warned = admin.execute(
        "SELECT details FROM staging.validation_results WHERE rule = 'unknown_book_brand' AND record_ref = 'book:99999'"
    ).fetchone()
    assert warned is not None and warned["details"]["brand"] == "Nowhere Sportsbook"

    unknown = admin.execute(
        """SELECT count(*) AS n FROM staging.validation_results
            WHERE rule = 'unknown_book' AND source = 'action_network' AND game_date = '2025-06-14'"""
    ).fetchone()
    assert unknown["n"] == 0
    brands = admin.execute(
        """SELECT DISTINCT b.book_key FROM staging.betting_lines l JOIN staging.sportsbooks b USING (sportsbook_id)
             JOIN staging.games g USING (game_id) WHERE l.source = 'action_network' AND g.game_date = '2025-06-14'"""
    ).fetchall()
    assert {r["book_key"] for r in brands} == {
        "consensus",
        "opening_line",
        "draftkings",
        "fanduel",
        "betmgm",
        "caesars",
        "fanatics",
    }


def test_the_v1_flat_odds_shape_stages_lines_and_splits_and_keeps_periods_apart(admin, tmp_path, fresh_day):
    """A v1 scoreboard game with odds[] objects: the consensus -180/+165, 7.5 total and 73% of tickets /
    86% of money reach staging; a first-five-innings object is not a full-game line."""
    day = fresh_day.isoformat()
    game_id = 990000 + fresh_day.toordinal() % 9999
    assert replay_schedule_game(tmp_path, fresh_day, 995000 + fresh_day.toordinal() % 4999) == 0
    stamp = f"{day}T15:00:00.000Z"
    full = {
        "book_id": 15,
        "type": "game",
        "inserted": stamp,
        "ml_home": -180,
        "ml_away": 165,
        "spread_home": -1.5,
        "spread_away": 1.5,
        "spread_home_line": 110,
        "spread_away_line": -130,
        "total": 7.5,
        "over": -105,
        "under": -115,
        "ml_home_public": 73,
        "ml_away_public": 27,
        "ml_home_money": 86,
        "ml_away_money": 14,
        "spread_home_public": 58,
        "spread_away_public": 42,
        "spread_home_money": 64,
        "spread_away_money": 36,
        "total_over_public": 55,
        "total_under_public": 45,
        "total_over_money": 60,
        "total_under_money": 40,
        "num_bets": 1740,
    }
    f5 = {
        "book_id": 15,
        "type": "firstfiveinnings",
        "inserted": stamp,
        "ml_home": -150,
        "ml_away": 130,
        "total": 4.5,
        "over": -110,
        "under": -110,
    }
    payload = {
        "games": [
            {
                "id": game_id,
                "start_time": f"{day}T17:05:00.000Z",
                "status": "scheduled",
                "home_team_id": 191,
                "away_team_id": 190,  # Action Network's real ids of the Yankees and the Red Sox
                "teams": [{"id": 190, "full_name": "Boston Red Sox"}, {"id": 191, "full_name": "New York Yankees"}],
                "odds": [full, f5],
            }
        ]
    }
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(payload))
    assert replay_file("action_network", "scoreboard", day, path, f"{day}T15:05:00Z") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0

    lines = admin.execute(
        """SELECT l.market, l.side, l.line, l.american_price FROM staging.betting_lines l JOIN staging.games g USING (game_id)
            WHERE g.game_date = %s AND l.source = 'action_network' ORDER BY 1, 2""",
        (fresh_day,),
    ).fetchall()
    assert [(r["market"], r["side"], r["line"], r["american_price"]) for r in lines] == [
        ("moneyline", "away", None, 165),
        ("moneyline", "home", None, -180),
        ("spread", "away", 1.5, -130),
        ("spread", "home", -1.5, 110),
        ("total", "over", 7.5, -105),
        ("total", "under", 7.5, -115),
    ]
    splits = admin.execute(
        """SELECT s.market, s.side, s.bets_percent, s.money_percent FROM staging.betting_splits s
             JOIN staging.games g USING (game_id) WHERE g.game_date = %s AND s.source = 'action_network' ORDER BY 1, 2""",
        (fresh_day,),
    ).fetchall()
    assert [(r["market"], r["side"], float(r["bets_percent"]), float(r["money_percent"])) for r in splits] == [
        ("moneyline", "away", 27.0, 14.0),
        ("moneyline", "home", 73.0, 86.0),
        ("spread", "away", 42.0, 36.0),
        ("spread", "home", 58.0, 64.0),
        ("total", "over", 55.0, 60.0),
        ("total", "under", 45.0, 40.0),
    ]
    periods = admin.execute(
        """SELECT count(*) AS n FROM staging.validation_results
            WHERE rule = 'unsupported_market' AND record_ref LIKE %s""",
        (f"{game_id}:15:firstfiveinnings%",),
    ).fetchone()
    assert periods["n"] == 4  # the first five innings states four prices: each has its reason, none is a full-game line
