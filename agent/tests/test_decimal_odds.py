"""Decimal odds (The Odds API with oddsFormat=decimal): stored exactly, shown rounded, graded at the exact price."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from agent import cli
from agent.tests.conftest import replay_file, replay_schedule_game


def test_decimal_odds_are_stored_exactly_and_shown_rounded(admin, tmp_path, fresh_day):
    """The Odds API requested with oddsFormat=decimal: 2.02, 2.0, 2.78, 1.74, 1.75 are prices, not rejects;
    unibet_us is a book; a decimal price of 1 or less says what is wrong."""
    day = fresh_day.isoformat()
    assert replay_schedule_game(tmp_path, fresh_day, 997000 + fresh_day.toordinal() % 2999) == 0
    stamp = f"{day}T16:40:00Z"  # 25 minutes before first pitch: a close

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
    assert replay_file("odds_api", "odds", day, path, f"{day}T16:45:00+00:00") == 0
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
