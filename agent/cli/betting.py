"""Your bets and strategies: bets and strategy."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg

from agent import bets as bets_module
from agent import db, operations
from agent.cli.common import EXIT_OK, EXIT_USAGE, command, date_arg, json_flag
from agent.config import Settings


def register(sub: Any) -> None:
    """Adds the group's commands to the mlb-agent parser."""
    bets = command(
        sub,
        "bets",
        "enter the bets you placed and see them graded with closing line value",
        [
            "mlb-agent bets add --date 2025-06-14 --team NYM --market moneyline --side NYM --price +120 --stake 50 "
            "--book DraftKings",
            "mlb-agent bets import my-bets.csv",
            "mlb-agent bets report",
        ],
    )
    bets_sub = bets.add_subparsers(dest="bets_command", required=True, metavar="ACTION")
    add = command(
        bets_sub,
        "add",
        "store one bet (refused with the reason when the pipeline cannot grade it)",
        [
            "mlb-agent bets add --date 2025-06-14 --team PHI --market spread --side PHI --line=-1.5 --price +140 "
            "--stake 25 --book BetMGM",
            "mlb-agent bets add --date 2025-06-14 --team HOU --market total --side over "
            "--line 8 --price 1.95 --stake 20 --book FanDuel",
        ],
    )
    add.add_argument("--date", type=date_arg, required=True, help="New York date of the game, YYYY-MM-DD")
    add.add_argument("--team", required=True, help="a club of the game: code (NYM) or full name (New York Mets)")
    add.add_argument("--market", required=True, choices=["moneyline", "spread", "total"], help="the market")
    add.add_argument("--side", required=True, help="home, away, over, under, or the club you bet on")
    add.add_argument("--line", type=Decimal, help="run line (-1.5, +1.5) or total (8.5); none for moneylines")
    add.add_argument("--price", required=True, help="American (+150, -110, EVEN) or decimal (2.50) odds, as offered")
    add.add_argument("--stake", type=Decimal, required=True, help="amount staked")
    add.add_argument("--book", required=True, help="the sportsbook's name or key (DraftKings, draftkings)")
    add.add_argument("--placed-at", type=datetime.fromisoformat, help="when, with a time zone (default: now)")
    add.add_argument("--note", help="your note")
    add.add_argument("--game-number", type=int, choices=[1, 2], help="1 or 2 for a doubleheader")
    imp_bets = command(
        bets_sub,
        "import",
        "store the bets of a CSV file (columns: " + ", ".join(bets_module.COLUMNS) + ")",
        ["mlb-agent bets import my-bets.csv"],
    )
    imp_bets.add_argument("file", type=Path, help="CSV with a header row; each row a bet as for bets add")
    json_flag(
        command(
            bets_sub,
            "report",
            "record, profit, ROI and CLV by month and book, and the latest bets",
            ["mlb-agent bets report", "mlb-agent bets report --json"],
        )
    )

    strat = command(
        sub,
        "strategy",
        "compose, list and backtest betting strategies",
        [
            "mlb-agent strategy add home_favourite_at_close --market moneyline --side-rule home --role favourite",
            "mlb-agent strategy list",
            "mlb-agent strategy backtest home_favourite_at_close",
        ],
    )
    strat_sub = strat.add_subparsers(dest="strategy_command", required=True, metavar="ACTION")
    sadd = command(
        strat_sub,
        "add",
        "compose a strategy from filters; it is validated and backtested over every season in the database",
        [
            "mlb-agent strategy add home_favourite_at_close --market moneyline --side-rule home --role favourite",
            "mlb-agent strategy add dogs_2h --market moneyline --side-rule underdog --timing minutes_before "
            "--minutes-before 120 --min-price +110 --max-price +180",
            "mlb-agent strategy add sharp_unders --market total --side-rule under --require-signal sharp_action "
            "--min-strength 2",
        ],
    )
    sadd.add_argument("key", help="strategy key: lower case letters, digits and _")
    sadd.add_argument("--market", required=True, choices=["moneyline", "spread", "total"], help="the market it bets")
    sadd.add_argument(
        "--side-rule",
        required=True,
        choices=["home", "away", "favourite", "underdog", "over", "under", "signal_side"],
        help="the side it bets (signal_side: the side its --signal points to)",
    )
    sadd.add_argument(
        "--role", choices=["any", "favourite", "underdog"], help="only favourites or underdogs of that side"
    )
    sadd.add_argument(
        "--timing",
        choices=["open", "close", "signal", "minutes_before"],
        default="close",
        help="when it bets, at the best price then (default: close)",
    )
    sadd.add_argument("--minutes-before", type=int, help="with --timing minutes_before: minutes before first pitch")
    sadd.add_argument(
        "--signal",
        choices=["sharp_action", "reverse_line_movement", "steam", "fade_the_public", "book_disagreement", "arbitrage"],
        help="the signal it follows (games without it are not bet; --timing signal bets when it became known)",
    )
    sadd.add_argument("--min-price", type=int, help="only prices from this American price (compared as decimal odds)")
    sadd.add_argument("--max-price", type=int, help="only prices up to this American price")
    sadd.add_argument("--min-line", type=Decimal, help="only lines (run line or total) from this")
    sadd.add_argument("--max-line", type=Decimal, help="only lines up to this")
    sadd.add_argument(
        "--require-signal", action="append", help="a signal that must point to the side by then (repeatable)"
    )
    sadd.add_argument("--min-strength", type=Decimal, help="minimum strength of its signals (sharp tier 1-3, ...)")
    sadd.add_argument("--min-books", type=int, help="only when at least this many books offer the side")
    sadd.add_argument("--description", help="what it does, in words")
    json_flag(sadd)
    json_flag(command(strat_sub, "list", "every strategy and its filters", ["mlb-agent strategy list"]))
    sbt = command(
        strat_sub,
        "backtest",
        "backtest one strategy again over every decided game (record, units, ROI, CLV per season)",
        ["mlb-agent strategy backtest favourite_moneyline_at_close"],
    )
    sbt.add_argument("key", help="strategy key (mlb-agent strategy list)")
    json_flag(sbt)


def cmd_bets(settings: Settings, args: argparse.Namespace) -> int:
    if args.bets_command == "report":
        operations.print_report(operations.run_queries(settings, bets_module.REPORT), args.json)
        return EXIT_OK
    with db.connect(settings) as conn:
        if args.bets_command == "add":
            bet = bets_module.Bet(
                args.date,
                args.team,
                args.market,
                args.side,
                args.line,
                args.price,
                args.stake,
                args.book,
                args.placed_at,
                args.note,
                args.game_number,
            )
            try:
                bet_id = bets_module.place(conn, bet)
            except psycopg.errors.InsufficientPrivilege:
                raise
            except psycopg.Error as exc:
                raise ValueError(f"bet refused: {db.refusal(conn, exc)}") from None
            print(f"bet {bet_id} stored (see: mlb-agent bets report)")
            return EXIT_OK
        stored, refused = bets_module.import_csv(conn, args.file)
    print(f"{len(stored)} bets stored, {len(refused)} refused")
    for line in refused:
        print(f"refused: {line}", file=sys.stderr)
    return EXIT_USAGE if refused else EXIT_OK


def cmd_strategy(settings: Settings, args: argparse.Namespace) -> int:
    from agent import strategies

    if args.strategy_command == "list":
        report = operations.run_queries(settings, {"strategies": strategies.LIST_SQL})
    else:
        with db.connect(settings) as conn:
            if args.strategy_command == "add":
                rows = strategies.add(conn, args.key, args)
            else:
                try:
                    rows = db.fetch_all_params(conn, strategies.BACKTEST_SQL, (args.key,))
                except psycopg.errors.InvalidParameterValue as exc:
                    raise ValueError(exc.diag.message_primary or str(exc)) from None
        report = {f"{args.key} by season": rows}
    operations.print_report(report, args.json)
    return EXIT_OK


COMMANDS = {"bets": cmd_bets, "strategy": cmd_strategy}
