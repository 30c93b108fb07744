"""SportsbookReviewsOnline season files: the season, games not played, equal prices, corrections, one-sided rows."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import openpyxl

from agent import cli

INNINGS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"]
HEADER = [
    "Date",
    "Rot",
    "VH",
    "Team",
    "Pitcher",
    *INNINGS,
    "Final",
    "Open",
    "Close",
    "Run Line",
    None,
    "Open OU",
    None,
    "Close OU",
    None,
]  # a blank header is the price of the one before
_days = itertools.count(401)  # MMDD of 1931: no other test plays that season


def game(visitor: str, home: str, final: tuple[Any, Any], close: tuple[Any, Any], mmdd: int) -> list[list[Any]]:
    """A V row and its H row, as the spreadsheets write them."""
    z = [0] * 9
    return [
        [mmdd, 901, "V", visitor, "A-R", *z, final[0], 110, close[0], 1.5, -150, 8, -110, 8, -110],
        [mmdd, 902, "H", home, "B-R", *z, final[1], -120, close[1], -1.5, 130, 8, -110, 8, -110],
    ]


def sheet(path: Path, *games: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADER)
    for rows in games:
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def run_all() -> None:
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0


def staged_game(admin: Any, day: str, home: str) -> dict[str, Any]:
    row = admin.execute("SELECT * FROM staging.games WHERE game_date = %s AND home_team = %s", (day, home)).fetchone()
    assert row is not None, f"no game of {home} on {day}"
    return dict(row)


def test_the_season_is_the_standalone_year_or_says_to_pass_season(admin, tmp_path, capsys):
    d = next(_days)
    path = sheet(tmp_path / "20240105 mlb odds 1931.xlsx", game("BOS", "NYY", (2, 3), (120, -130), d))
    assert cli.main(["import-sbro", str(path)]) == 0
    run_all()
    staged_game(admin, f"1931-{d // 100:02d}-{d % 100:02d}", "NYY")  # 1931, not 2024
    # Raw files it under that season too: the 1931 partition, not the year it was imported in.
    filed = admin.execute(
        "SELECT season, tableoid::regclass::text AS part FROM raw_data.sbro_odds WHERE request_key = %s", (path.name,)
    ).fetchone()
    assert (filed["season"], filed["part"]) == (1931, "raw_data.sbro_odds_1931")
    assert not admin.execute(
        "SELECT 1 FROM staging.games WHERE game_date = %s", (f"2024-{d // 100:02d}-{d % 100:02d}",)
    ).fetchone()

    for name in ("mlb odds 1931 1932.xlsx", "mlb odds.xlsx"):
        bad = sheet(tmp_path / name, game("BOS", "NYY", (2, 3), (120, -130), d))
        assert cli.main(["import-sbro", str(bad)]) != 0
        assert "--season" in capsys.readouterr().err
    d2 = next(_days)
    named = sheet(tmp_path / "mlb odds.xlsx", game("SEA", "TEX", (1, 0), (105, -115), d2))
    assert cli.main(["import-sbro", "--season", "1931", str(named)]) == 0
    assert admin.execute(
        "SELECT 1 FROM raw_data.sbro_odds WHERE request_key = '1931:mlb odds.xlsx' AND season = 1931"
    ).fetchone()
    run_all()
    staged_game(admin, f"1931-{d2 // 100:02d}-{d2 % 100:02d}", "TEX")


def test_nl_is_not_played_equal_prices_have_no_favourite_and_one_side_still_shows(admin, tmp_path):
    d_nl, d_even, d_one = next(_days), next(_days), next(_days)
    path = sheet(
        tmp_path / "mlb-odds-1931-cases.xlsx",
        game("CUB", "STL", ("NL", "NL"), (-105, -115), d_nl),  # rained out
        game("DET", "CLE", (4, 2), (-110, -110), d_even),  # both closing prices equal
        game("SEA", "TEX", (5, 1), (-125, None), d_one),  # the home close missing
    )
    assert cli.main(["import-sbro", str(path)]) == 0
    run_all()

    def day(d: int) -> str:
        return f"1931-{d // 100:02d}-{d % 100:02d}"

    nl = staged_game(admin, day(d_nl), "STL")
    assert (nl["status"], nl["home_score"], nl["away_score"]) == ("postponed", None, None)
    results = admin.execute(
        "SELECT DISTINCT result FROM curated.strategy_results WHERE game_id = %s", (nl["game_id"],)
    ).fetchall()
    assert {r["result"] for r in results} == {"void"}  # bets on a game not played are void

    even = staged_game(admin, day(d_even), "CLE")
    fav = admin.execute(
        "SELECT count(*) AS n FROM curated.strategy_results WHERE game_id = %s AND strategy_key = 'favourite_moneyline_at_close'",
        (even["game_id"],),
    ).fetchone()
    assert fav["n"] == 0  # no favourite, so no bet, never the away side by default
    skip = admin.execute(
        "SELECT reason FROM curated.strategy_skips WHERE game_id = %s AND strategy_key = 'favourite_moneyline_at_close'",
        (even["game_id"],),
    ).fetchone()
    assert skip == {"reason": "no_favourite"}
    metrics = admin.execute(
        """SELECT skipped FROM curated.profitability_metrics
            WHERE strategy_key = 'favourite_moneyline_at_close' AND season = 1931 AND month IS NULL"""
    ).fetchone()
    assert metrics is not None and metrics["skipped"] >= 1

    one = staged_game(admin, day(d_one), "TEX")
    row = admin.execute(
        """SELECT m.home_close_price, m.away_close_price FROM curated.moneylines m
             JOIN staging.sportsbooks b USING (sportsbook_id) WHERE m.game_id = %s AND b.book_key = 'sbro'""",
        (one["game_id"],),
    ).fetchone()
    assert row == {"home_close_price": -125, "away_close_price": None} or row == {
        "home_close_price": None,
        "away_close_price": -125,
    }


def test_a_corrected_sheet_supersedes_the_old_one_in_promotion_and_rebuild(admin, tmp_path):
    d = next(_days)
    day = f"1931-{d // 100:02d}-{d % 100:02d}"
    first = sheet(tmp_path / "mlb-odds-1931-fix.xlsx", game("BOS", "NYY", (2, 3), (120, -130), d))
    assert cli.main(["import-sbro", str(first)]) == 0
    run_all()
    fixed_dir = tmp_path / "fixed"
    fixed_dir.mkdir()
    fixed = sheet(fixed_dir / "mlb-odds-1931-fix.xlsx", game("BOS", "NYY", (2, 4), (125, -140), d))
    assert cli.main(["import-sbro", str(fixed)]) == 0
    run_all()

    def stated() -> tuple[Any, ...]:
        g = staged_game(admin, day, "NYY")
        close = admin.execute(
            """SELECT l.american_price, l.raw_id FROM staging.betting_lines l
                WHERE l.game_id = %s AND l.source = 'sbro' AND l.market = 'moneyline' AND l.side = 'home'
                  AND l.line_timing = 'close'""",
            (g["game_id"],),
        ).fetchone()
        return g["home_score"], close["american_price"], close["raw_id"]

    raws = admin.execute(
        "SELECT id FROM raw_data.sbro_odds WHERE request_key = 'mlb-odds-1931-fix.xlsx' ORDER BY id"
    ).fetchall()
    assert len(raws) == 2  # the old import stays in raw
    assert stated() == (4, -140, raws[1]["id"])  # the newer import is what staging shows, lineage to it
    admin.execute("SELECT * FROM staging.rebuild(%s)", (day,)).fetchall()
    assert stated() == (4, -140, raws[1]["id"])
