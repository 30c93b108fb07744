"""Curated numbers checked by hand on the sample day, and the SBRO home-moneyline
baseline checked against an independent computation from the spreadsheets."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Any

import openpyxl
import pytest

from agent import cli
from agent.tests.conftest import REAL_FIXTURES

DAY = "2025-06-14"
CURATED_TABLES = [
    "enhanced_games",
    "betting_lines_enhanced",
    "market_consensus",
    "movement_analysis",
    "betting_analysis",
    "strategy_results",
]


def implied(price: int) -> Decimal:
    p = Decimal(price)
    return Decimal(100) / (p + 100) if p > 0 else -p / (-p + 100)


def decimal_odds(price: int) -> Decimal:
    return 1 + Decimal(price) / 100 if price > 0 else 1 + Decimal(100) / -price


def table_digest(admin, table: str) -> str:
    cols = [
        r["attname"]
        for r in admin.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped "
            "AND attname <> 'pipeline_run_id' ORDER BY attnum",
            (f"curated.{table}",),
        ).fetchall()
    ]
    row = admin.execute(
        f"SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM (SELECT {', '.join(cols)} FROM curated.{table}) t"
    ).fetchone()
    return row["h"]


def test_results_per_game(sample_day):
    games = {
        (r["away_team"], r["home_team"], r["game_number"]): r
        for r in sample_day.execute("SELECT * FROM curated.enhanced_games WHERE game_date = %s", (DAY,)).fetchall()
    }
    assert len(games) == 15
    assert games[("MIN", "CWS", 1)]["has_result"] is False
    assert games[("MIN", "CWS", 1)]["winner"] is None
    assert (games[("TB", "BAL", 1)]["winner"], games[("TB", "BAL", 2)]["winner"]) == (
        "away",
        "home",
    )
    assert games[("NYY", "BOS", 1)]["total_runs"] == 11
    assert games[("NYY", "BOS", 1)]["home_margin"] == 3


def test_open_close_hold_and_no_vig_by_hand(sample_day):
    rows = sample_day.execute("""
        SELECT l.side, l.american_price, l.observed_at, l.line_timing, l.is_live, g.start_time
          FROM staging.betting_lines l JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
         WHERE g.game_pk = 777104 AND b.book_key = 'draftkings' AND l.market = 'moneyline'
         ORDER BY l.observed_at, l.line_id""").fetchall()
    pre = [r for r in rows if r["observed_at"] < r["start_time"] and not r["is_live"]]
    expected = {}
    for side in ("home", "away"):
        side_rows = [r for r in pre if r["side"] == side]
        expected[side] = (side_rows[0]["american_price"], side_rows[-1]["american_price"])
    got = {
        r["side"]: r
        for r in sample_day.execute("""
        SELECT e.* FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
          JOIN staging.sportsbooks b USING (sportsbook_id)
         WHERE g.game_pk = 777104 AND b.book_key = 'draftkings' AND e.market = 'moneyline'""").fetchall()
    }
    for side in ("home", "away"):
        assert (got[side]["open_price"], got[side]["close_price"]) == expected[side]
    assert got["home"]["close_price"] == -131  # after the steam, before first pitch
    ph, pa = implied(expected["home"][1]), implied(expected["away"][1])
    assert round(got["home"]["close_hold"], 10) == round(1 - 1 / (ph + pa), 10)
    assert round(got["home"]["close_overround"], 10) == round(ph + pa - 1, 10)
    assert round(got["home"]["close_fair_probability"], 10) == round(ph / (ph + pa), 10)
    assert round(got["home"]["close_fair_probability_additive"], 10) == round(ph - (ph + pa - 1) / 2, 10)


def test_consensus_is_averaged_in_probability_space(sample_day):
    books = sample_day.execute("""
        SELECT e.close_fair_probability FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
         WHERE g.game_pk = 777103 AND e.market = 'moneyline' AND e.side = 'home' AND e.is_bettable
           AND e.close_fair_probability IS NOT NULL""").fetchall()
    consensus = sample_day.execute("""
        SELECT c.* FROM curated.market_consensus c JOIN staging.games g USING (game_id)
         WHERE g.game_pk = 777103 AND c.market = 'moneyline' AND c.side = 'home'""").fetchone()
    mean = sum(b["close_fair_probability"] for b in books) / len(books)
    assert round(consensus["close_fair_probability"], 10) == round(mean, 10)
    # Five Action Network books; consensus and opening line are not bettable, and Circa's one VSIN quote, shown at
    # 16:05 and never again, is no close (lines.close_window_minutes).
    assert consensus["books"] == len(books) == 5


def test_steam_move_in_the_sample(sample_day):
    steam = sample_day.execute("""
        SELECT m.*, b.book_key AS first_mover FROM curated.movement_analysis m JOIN staging.games g USING (game_id)
          JOIN staging.sportsbooks b ON b.sportsbook_id = m.first_mover_sportsbook_id
         WHERE g.game_pk = 777104 AND m.movement_type = 'steam' AND m.market = 'moneyline'""").fetchall()
    assert len(steam) == 1
    (s,) = steam
    assert s["side"] == "home"  # Boston shortened
    assert s["first_mover"] == "draftkings"
    assert s["books"] == 5
    assert s["size"] > Decimal("0.03")
    # Known when the third book moved (22:02 DK, 22:03 FanDuel, 22:04 BetMGM).
    assert s["detected_at"].isoformat() == "2025-06-14T22:04:00+00:00"
    others = sample_day.execute(
        """
        SELECT count(*) AS n FROM curated.movement_analysis m JOIN staging.games g USING (game_id)
         WHERE g.game_date = %s AND m.movement_type = 'steam' AND g.game_pk <> 777104""",
        (DAY,),
    ).fetchone()
    assert others["n"] == 0


def test_reverse_line_movement_needs_the_public_seen_after_the_move(sample_day):
    """The sample's splits were fetched once per source (Action Network 15:00, SBD 16:00, VSIN 16:05); the Phillies
    shortened at 16:31 with 72% of
    tickets on the Mets. One fetch cannot show a move went against the public: no reverse line movement (it once
    fired on 6 of the 15 games, all stamped at that fetch). A later fetch showing the public still there, stored or
    unchanged, makes it known then (pgTAP: curated/rebuild/reverse_line_movement)."""
    splits = sample_day.execute("""
        SELECT max(s.observed_at) AS last FROM staging.betting_splits s JOIN staging.games g USING (game_id)
         WHERE g.game_pk = 777103 AND s.market = 'moneyline' AND s.observed_at < g.start_time""").fetchone()
    assert splits["last"].isoformat() < "2025-06-14T16:31"  # every pre-game split before the move
    rlm = sample_day.execute(
        """
        SELECT count(*) AS n FROM curated.movement_analysis m JOIN staging.games g USING (game_id)
         WHERE g.game_date = %s AND m.movement_type = 'reverse_line_movement'""",
        (DAY,),
    ).fetchone()
    assert rlm["n"] == 0
    rate = sample_day.execute(
        "SELECT percent_of_games FROM curated.signal_rates WHERE game_date = %s AND signal = 'reverse_line_movement'",
        (DAY,),
    ).fetchone()
    assert rate["percent_of_games"] == 0


def test_grading_at_the_odds_taken(sample_day):
    bets = sample_day.execute(
        """
        SELECT r.*, e.home_score, e.away_score, e.total_runs, e.status FROM curated.strategy_results r
          JOIN curated.enhanced_games e USING (game_id) WHERE r.game_date = %s""",
        (DAY,),
    ).fetchall()
    assert bets
    seen = set()
    for b in bets:
        if b["status"] != "final":
            assert (b["result"], b["profit_units"]) == ("void", 0)
            seen.add("void")
            continue
        if b["market"] == "moneyline":
            mine = b["home_score"] if b["side"] == "home" else b["away_score"]
            theirs = b["away_score"] if b["side"] == "home" else b["home_score"]
            expected = "win" if mine > theirs else "loss"
        elif b["market"] == "total":
            diff = (b["total_runs"] - b["line"]) * (1 if b["side"] == "over" else -1)
            expected = "win" if diff > 0 else "loss" if diff < 0 else "push"
        else:
            margin = (b["home_score"] - b["away_score"]) * (1 if b["side"] == "home" else -1) + b["line"]
            expected = "win" if margin > 0 else "loss" if margin < 0 else "push"
        assert b["result"] == expected, b
        seen.add(expected)
        price = b["american_price"]
        profit = {"win": decimal_odds(price) - 1, "loss": Decimal(-1), "push": Decimal(0)}[expected]
        assert round(b["profit_units"], 8) == round(profit, 8)
        if b["closing_fair_probability"] is not None:
            assert round(b["closing_line_value"], 8) == round(
                decimal_odds(price) * b["closing_fair_probability"] - 1, 8
            )
    assert {"win", "loss", "push", "void"} <= seen
    # Never the assumed -110: the prices taken differ from game to game.
    assert len({b["american_price"] for b in bets}) > 5


def test_signals_use_no_information_from_after_they_fire(sample_day):
    late = sample_day.execute(
        """
        SELECT a.* FROM curated.betting_analysis a JOIN staging.games g USING (game_id)
         WHERE g.game_date = %s AND a.known_at >= g.start_time""",
        (DAY,),
    ).fetchall()
    assert late == []
    signal_bets = sample_day.execute(
        """
        SELECT r.*, a.known_at FROM curated.strategy_results r JOIN curated.strategies s USING (strategy_key)
          JOIN curated.betting_analysis a ON a.game_id = r.game_id AND a.market = r.market AND a.side = r.side AND a.signal = s.signal
         WHERE s.bet_timing = 'signal' AND r.game_date = %s""",
        (DAY,),
    ).fetchall()
    assert signal_bets
    for bet in signal_bets:
        assert bet["bet_at"] == bet["known_at"]
        # The best price on offer at that moment, from observations made by then.
        offered = sample_day.execute(
            """
            SELECT DISTINCT ON (b.sportsbook_id) b.american_price FROM staging.betting_lines b
              JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
             WHERE b.game_id = %s AND b.market = %s AND b.side = %s AND b.observed_at <= %s AND NOT b.is_live
             ORDER BY b.sportsbook_id, b.observed_at DESC, b.line_id DESC""",
            (bet["game_id"], bet["market"], bet["side"], bet["known_at"]),
        ).fetchall()
        assert bet["american_price"] == max((o["american_price"] for o in offered), key=decimal_odds)


def test_rebuild_is_idempotent(sample_day):
    first = {t: table_digest(sample_day, t) for t in CURATED_TABLES}
    again = sample_day.execute("SELECT * FROM curated.rebuild(%s)", (DAY,)).fetchone()
    assert again["games"] == 15
    assert {t: table_digest(sample_day, t) for t in CURATED_TABLES} == first


@pytest.mark.skipif(not REAL_FIXTURES.is_dir(), reason="../shared/fixtures/real absent")
@pytest.mark.parametrize("season", [2014, 2018])
def test_sbro_home_moneyline_baseline_matches_the_spreadsheet(admin, season):
    path = REAL_FIXTURES / f"sbro/mlb-odds-{season}.xlsx"
    assert cli.main(["import-sbro", str(path)]) == 0
    admin.execute("SELECT * FROM staging.promote(100000)")
    admin.execute(
        "SELECT * FROM curated.rebuild_dates(ARRAY(SELECT DISTINCT game_date FROM staging.games "
        "WHERE extract(year FROM game_date) = %s))",
        (season,),
    )
    # Independent: pair each V row with the H row after it; bet the H row's Close.
    rows: list[tuple[Any, ...]] = list(
        openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0].iter_rows(values_only=True)
    )
    header = list(rows[0])
    vh, final, close, date = (header.index(c) for c in ("VH", "Final", "Close", "Date"))
    wins = losses = pushes = 0
    units = Decimal(0)
    for v, h in itertools.pairwise(rows[1:]):
        if v[vh] != "V" or h[vh] != "H" or v[date] != h[date]:
            continue
        price = h[close]
        if isinstance(price, str) and re.fullmatch(r"[+-]?\d+", price.strip()):
            price = int(price)
        if not isinstance(price, int) or -100 < price < 100:
            continue
        if h[final] > v[final]:
            wins += 1
            units += decimal_odds(price) - 1
        elif h[final] < v[final]:
            losses += 1
            units -= 1
        else:
            pushes += 1
    got = admin.execute(
        """
        SELECT bets, wins, losses, pushes, units, roi FROM curated.profitability_metrics
         WHERE strategy_key = 'home_moneyline_at_close' AND season = %s AND month IS NULL""",
        (season,),
    ).fetchone()
    assert (got["wins"], got["losses"], got["pushes"]) == (wins, losses, pushes)
    assert got["units"] == round(units, 4)
    assert got["bets"] == wins + losses + pushes
    assert got["roi"] == round(units / (wins + losses + pushes), 4)  # ROI on amount risked, 1 unit a bet
    assert wins + losses > 2400


def test_features_use_nothing_after_the_cutoff(sample_day):
    def features() -> dict[str, Any]:
        return sample_day.execute("""
            SELECT f.* FROM curated.feature_vectors f JOIN staging.games g USING (game_id) WHERE g.game_pk = 777104""").fetchone()

    before = features()
    assert before["steam_side"] == "home"  # the steam (22:04) came before the cutoff (22:45)
    assert before["label_home_win"] is True
    assert before["cutoff_at"].isoformat() == "2025-06-14T22:45:00+00:00"
    # A wild price one minute after the cutoff must change nothing.
    sample_day.execute(
        """
        INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                           quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
        SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -900, %s::timestamptz + interval '1 minute', 'odds_api',
               1, 'odds_api_responses', 1, now(), (SELECT max(id) FROM pipeline.runs)
          FROM staging.games g, staging.sportsbooks b WHERE g.game_pk = 777104 AND b.book_key = 'draftkings'""",
        (before["cutoff_at"],),
    )
    try:
        sample_day.execute("SELECT * FROM curated.rebuild(%s)", (DAY,))
        after = features()
        assert {k: v for k, v in after.items() if k != "pipeline_run_id"} == {
            k: v for k, v in before.items() if k != "pipeline_run_id"
        }
    finally:
        sample_day.execute("DELETE FROM staging.betting_lines WHERE american_price = -900 AND source = 'odds_api'")
        sample_day.execute("SELECT * FROM curated.rebuild(%s)", (DAY,))
