"""Strategies you compose: "every home favourite at the close" inserted in plain SQL and through the CLI,
its 2018 record checked against an independent count over the same SBRO closing lines."""

from __future__ import annotations

import json
from decimal import Decimal

import psycopg
import pytest

from agent import cli
from agent.tests.conftest import REAL_FIXTURES


def implied(price: int) -> Decimal:
    return Decimal(100) / (price + 100) if price > 0 else Decimal(-price) / (-price + 100)


@pytest.fixture
def season_2018(admin):
    path = REAL_FIXTURES / "sbro" / "mlb-odds-2018.xlsx"
    if not path.is_file():
        pytest.skip("../shared/fixtures/real/sbro/mlb-odds-2018.xlsx absent")
    assert cli.main(["import-sbro", str(path)]) == 0
    admin.execute("SELECT * FROM staging.promote(100000)")
    admin.execute(
        "SELECT * FROM curated.rebuild_dates(ARRAY(SELECT DISTINCT game_date FROM staging.games "
        "WHERE game_date BETWEEN '2018-01-01' AND '2018-12-31'))"
    )
    return admin


def test_home_favourite_at_close_matches_an_independent_count(season_2018, capsys):
    admin = season_2018
    admin.execute("DELETE FROM curated.strategies WHERE strategy_key = 'home_favourite_at_close'")
    admin.execute(
        """INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, role)
           VALUES ('home_favourite_at_close', 'Every home favourite at the close.', 'every_game', 'moneyline',
                   'home', 'close', 'favourite')"""
    )
    got = admin.execute(
        """SELECT bets, wins, losses, pushes, units, roi, longest_losing_run, max_drawdown
             FROM curated.profitability_metrics
            WHERE strategy_key = 'home_favourite_at_close' AND season = 2018 AND month IS NULL"""
    ).fetchone()

    # Independent: the SBRO closing moneylines of each decided 2018 game, straight from staging.
    rows = admin.execute(
        """SELECT g.game_id, g.game_date, g.status, g.home_score, g.away_score,
                  max(l.american_price) FILTER (WHERE l.side = 'home') AS home,
                  max(l.american_price) FILTER (WHERE l.side = 'away') AS away
             FROM staging.games g JOIN staging.betting_lines l ON l.game_id = g.game_id
            WHERE g.game_date BETWEEN '2018-01-01' AND '2018-12-31' AND l.source = 'sbro'
              AND l.market = 'moneyline' AND l.line_timing = 'close'
            GROUP BY g.game_id ORDER BY g.game_date, g.game_id"""
    ).fetchall()
    wins = losses = pushes = 0
    units = Decimal(0)
    streak = longest = 0
    cumulative = peak = drawdown = Decimal(0)
    for r in rows:
        if r["home"] is None or r["away"] is None or r["status"] != "final":
            continue
        if not implied(r["home"]) > implied(r["away"]):  # strictly the likelier side (fair ordering = implied)
            continue
        price = r["home"]
        if r["home_score"] > r["away_score"]:
            wins, won = wins + 1, Decimal(price) / 100 if price > 0 else Decimal(100) / -price
            streak = 0
        elif r["home_score"] < r["away_score"]:
            losses, won = losses + 1, Decimal(-1)
            streak += 1
        else:
            pushes, won = pushes + 1, Decimal(0)
            streak = 0
        units += won
        longest = max(longest, streak)
        cumulative += won
        peak = max(peak, cumulative)
        drawdown = max(drawdown, peak - cumulative)
    assert (got["wins"], got["losses"], got["pushes"]) == (wins, losses, pushes)
    assert got["bets"] == wins + losses + pushes
    assert got["units"] == round(units, 4)
    assert got["roi"] == round(units / (wins + losses + pushes), 4)
    assert got["longest_losing_run"] == longest and got["max_drawdown"] == round(drawdown, 4)
    # And the hand query quoted in the issue: 1,525 bets, 898-626, -69.77 units, ROI -4.57%.
    assert (got["bets"], wins, losses, round(got["units"], 2), got["roi"]) == (
        1525,
        898,
        626,
        Decimal("-69.77"),
        Decimal("-0.0457"),
    )

    # The same strategy through the CLI: validated, backtested, the same record.
    capsys.readouterr()
    assert cli.main(["strategy", "backtest", "home_favourite_at_close", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    season = next(r for r in report["home_favourite_at_close_by_season"] if r["season"] == 2018)
    assert (season["wins"], season["losses"]) == (wins, losses)


def test_strategy_add_composes_validates_and_reports(season_2018, capsys):
    capsys.readouterr()
    season_2018.execute("DELETE FROM curated.strategies WHERE strategy_key = 'road_dogs_110_180'")
    assert (
        cli.main(
            [
                "strategy",
                "add",
                "road_dogs_110_180",
                "--market",
                "moneyline",
                "--side-rule",
                "away",
                "--role",
                "underdog",
                "--min-price",
                "110",
                "--max-price",
                "180",
                "--json",
            ]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    [season] = [r for r in report["road_dogs_110_180_by_season"] if r["season"] == 2018]
    prices = season_2018.execute(
        "SELECT min(american_price) AS lo, max(american_price) AS hi, count(*) AS n FROM curated.strategy_results "
        "WHERE strategy_key = 'road_dogs_110_180' AND season = 2018"
    ).fetchone()
    assert prices["lo"] >= 110 and prices["hi"] <= 180 and prices["n"] == season["bets"] + season["voids"] > 100
    assert cli.main(["strategy", "add", "bad", "--market", "total", "--side-rule", "home"]) == cli.EXIT_USAGE
    # In words (issue 31: it said `strategy refused: strategies_side_fits_market`).
    err = capsys.readouterr().err
    assert "strategy bad refused: The side must fit the market: a total bets over, under" in err
    assert "strategies_" not in err


def test_the_analyst_composes_and_backtests_strategies(admin, monkeypatch, capsys):
    """`strategy add` as mlb_analyst was refused though docs/analysis.md shows it (issue 31): the analyst composes
    (and so backtests) and stops strategies, and may delete none."""
    monkeypatch.setenv("PGUSER", "mlb_analyst")
    try:
        assert (
            cli.main(
                [
                    "strategy",
                    "add",
                    "analyst_road_dogs",
                    "--market",
                    "moneyline",
                    "--side-rule",
                    "away",
                    "--role",
                    "underdog",
                ]
            )
            == cli.EXIT_OK
        )
        # (its insert backtested it with the owner's rights; pgTAP calls curated.backtest_strategy as the analyst)
        assert cli.main(["strategy", "list"]) == cli.EXIT_OK
        assert "analyst_road_dogs" in capsys.readouterr().out
        with psycopg.connect("", user="mlb_analyst", autocommit=True) as conn:
            conn.execute("UPDATE curated.strategies SET is_active = false WHERE strategy_key = 'analyst_road_dogs'")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("DELETE FROM curated.strategies WHERE strategy_key = 'analyst_road_dogs'")
    finally:
        admin.execute("DELETE FROM curated.strategies WHERE strategy_key = 'analyst_road_dogs'")
