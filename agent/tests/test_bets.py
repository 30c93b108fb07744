"""Your bets from a CSV, graded by the pipeline on the sample day and checked by hand:
a win in American odds, a loss in decimal, a push, a void; CLV against the consensus and the book."""

from __future__ import annotations

import json
from decimal import Decimal

from agent import cli
from agent.tests.conftest import sample_game

CSV = """date,team,market,side,line,price,stake,book,placed_at,note,game_number
2025-06-14,TB,moneyline,TB,,-121,100,DraftKings,2025-06-14T11:00:00-04:00,win american,1
2025-06-14,Baltimore Orioles,moneyline,home,,2.09,50,fanatics,2025-06-14T11:00:00-04:00,loss decimal,1
2025-06-14,HOU,total,over,8.0,1.95,20,FanDuel,2025-06-14T18:00:00-04:00,push decimal,
2025-06-14,CWS,moneyline,CWS,,+145,10,Fanatics,2025-06-14T12:00:00-04:00,void american,
2025-06-14,NYM,moneyline,NYM,,+120,NaN,DraftKings,2025-06-14T12:00:00-04:00,nan stake,
2025-06-14,HOU,total,over,nan,1.95,20,FanDuel,2025-06-14T18:00:00-04:00,nan line,
2025-06-14,NYM,moneyline,NYM,,+120,10,DraftKings,2025-06-14T12:00:00-04:00,infinite game number,Infinity
2025-06-14,NYM,moneyline,NYM,,+120,10,DraftKings,2025-06-14T12:00:00-04:00,half a game number,1.5
2025-06-14,NYM,moneyline,NYM,,+120,10,Nowhere Sportsbook,2025-06-14T12:00:00-04:00,unknown book,
2025-06-15,NYM,moneyline,NYM,,+120,10,DraftKings,2025-06-14T12:00:00-04:00,no game that day,
2025-06-14,TB,moneyline,TB,,-121,10,DraftKings,2025-06-14T11:00:00-04:00,doubleheader without a number,
2025-06-14,NYM,moneyline,NYM,,+120,0,DraftKings,2025-06-14T12:00:00-04:00,no stake,
"""


def fair(p_side: Decimal, p_other: Decimal) -> Decimal:
    return p_side / (p_side + p_other)


def implied(price: int) -> Decimal:
    return Decimal(100) / (price + 100) if price > 0 else Decimal(-price) / (-price + 100)


def test_bets_imported_from_csv_are_graded_with_clv(sample_day, tmp_path, capsys):
    # Bets are kept forever; a database this test ran in before holds its earlier bets on the sample day.
    sample_day.execute(
        "DELETE FROM curated.user_bets WHERE game_id IN (SELECT game_id FROM staging.games "
        "WHERE game_date = '2025-06-14')"
    )
    path = tmp_path / "bets.csv"
    path.write_text(CSV)
    assert cli.main(["bets", "import", str(path)]) == cli.EXIT_USAGE  # eight rows refused, four stored
    out = capsys.readouterr()
    assert "4 bets stored, 8 refused" in out.out
    # NaN and Infinity are refused by line (issue 29: NaN was stored, Infinity aborted the import), and the rows
    # after them are still read.
    assert "line 6: stake 'NaN' is not a number" in out.err
    assert "line 7: line 'nan' is not a number" in out.err
    assert "line 8: game_number 'Infinity' is not a number" in out.err
    assert "line 9: game_number '1.5' is not 1, 2 or 3 (a doubleheader's game)" in out.err
    assert "line 10: unknown book Nowhere Sportsbook" in out.err
    assert "line 11: no game of NYM on 2025-06-15 in staging.games" in out.err
    assert "line 12: TB played 2 games on 2025-06-14 (a doubleheader): give the game number" in out.err
    # The database's refusal in words (issue 31: `violates check constraint "user_bets_stake_check"`).
    assert "line 13: The stake must be more than 0." in out.err and "check constraint" not in out.err

    rows = {
        r["note"]: r
        for r in sample_day.execute(
            "SELECT * FROM curated.user_bet_results WHERE game_date = '2025-06-14' AND note IS NOT NULL"
        ).fetchall()
    }
    win, loss, push, void = rows["win american"], rows["loss decimal"], rows["push decimal"], rows["void american"]
    assert (win["result"], win["profit"]) == ("win", Decimal("82.64"))  # 100 x 100/121
    assert (loss["result"], loss["profit"], loss["decimal_price"], loss["american_price"]) == (
        "loss",
        Decimal("-50"),
        Decimal("2.09"),
        109,
    )
    assert (push["result"], push["profit"]) == ("push", 0)  # KC 2, HOU 6: 8 runs on 8.0
    assert (void["result"], void["profit"]) == ("void", 0)  # MIN @ CWS was postponed

    # CLV by hand: the consensus fair probability, and DraftKings' own no-vig close from its two closing prices.
    game = sample_game(sample_day, "TB", "BAL", 1)
    consensus = sample_day.execute(
        "SELECT close_fair_probability AS p FROM curated.market_consensus WHERE game_id = %s AND market = 'moneyline' "
        "AND side = 'away'",
        (game,),
    ).fetchone()["p"]
    decimal_taken = 1 + Decimal(100) / 121
    assert abs(win["clv"] - (decimal_taken * consensus - 1)) < Decimal("1e-12")
    closes = {
        r["side"]: r["close_price"]
        for r in sample_day.execute(
            """SELECT e.side, e.close_price FROM curated.betting_lines_enhanced e
                 JOIN staging.sportsbooks b USING (sportsbook_id)
                WHERE e.game_id = %s AND e.market = 'moneyline' AND b.book_key = 'draftkings'""",
            (game,),
        ).fetchall()
    }
    book_fair = fair(implied(closes["away"]), implied(closes["home"]))
    assert abs(win["clv_book"] - (decimal_taken * book_fair - 1)) < Decimal("1e-12")

    assert cli.main(["bets", "report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    overall = next(r for r in report["by_month_and_book"] if r["month"] == "2025-06" and r["book"] == "all")
    assert (overall["wins"], overall["losses"], overall["pushes"], overall["voids"]) == (1, 1, 1, 1)
    assert overall["profit"] == 32.64 and overall["staked"] == 170  # 82.64 - 50 on 100 + 50 + 20
    assert overall["roi"] == round(32.64 / 170, 4)


def test_bets_add_places_one_and_says_why_not(sample_day, capsys):
    bet = [
        "bets",
        "add",
        "--date",
        "2025-06-14",
        "--team",
        "PHI",
        "--market",
        "spread",
        "--side",
        "PHI",
        "--price",
        "+140",
        "--stake",
        "25",
        "--book",
        "BetMGM",
    ]
    assert cli.main([*bet, "--line=-1.5"]) == 0
    assert capsys.readouterr().out.startswith("bet ")
    assert cli.main(bet) == cli.EXIT_USAGE
    assert "a spread bet needs its line" in capsys.readouterr().err
