"""mlb-agent: fetch MLB betting payloads and store them verbatim in PostgreSQL."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from rich.console import Console
from rich.progress import Progress, track

from agent import __version__, collector, db, export, jsonout, operations, sources, storage, tables
from agent import bets as bets_module
from agent.config import ConfigError, Settings, load_settings
from agent.fetch import Request, Result
from agent.sources import sbro

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CONFIG, EXIT_DATABASE = 0, 1, 2, 3, 4


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD (e.g. 2025-06-14), not {text!r}") from None


def _command(sub: Any, name: str, help_: str, examples: Sequence[str], **kwargs: Any) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help_,
        description=help_[0].upper() + help_[1:] + ".",
        epilog="examples:\n" + "\n".join(f"  {e}" for e in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        **kwargs,
    )
    return parser


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (numbers as numbers, snake_case keys)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mlb-agent",
        description=(
            "Collects MLB betting payloads (Action Network, SportsBettingDime, VSIN, "
            "MLB Stats API, The Odds API, SportsbookReviewsOnline) and stores them "
            "untouched in the raw_data schema. Cleaning happens in SQL."
        ),
        epilog=(
            "examples:\n  mlb-agent collect --source mlb_stats_api --date 2025-06-14\n"
            "  mlb-agent report day 2025-06-14 -o reports\n"
            "  mlb-agent export curated.closing_lines --season 2025 --format parquet -o closing.parquet\n\n"
            "exit codes: 0 ok, 1 a run or source failed, 2 usage or input error,\n"
            "            3 invalid configuration, 4 database unreachable, not deployed or not allowed"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each request and each collection cycle")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _json_flag(
        _command(sub, "status", "summarise what the database holds", ["mlb-agent status", "mlb-agent status --json"])
    )

    col = _command(
        sub,
        "collect",
        "fetch sources once and store every payload",
        [
            "mlb-agent collect",
            "mlb-agent collect --source sbd --date 2025-06-14",
            "mlb-agent collect --source mlb_stats_api --start 2025-06-01 --end 2025-06-07 --save-dir saved",
        ],
    )
    col.add_argument(
        "--source",
        action="append",
        choices=collector.SOURCE_NAMES,
        help="source to collect (repeatable; default: every source)",
    )
    col.add_argument("--date", type=_date, help="New York date, YYYY-MM-DD (default: today in New York)")
    col.add_argument("--start", type=_date, help="first date of a range, YYYY-MM-DD (with --end)")
    col.add_argument("--end", type=_date, help="last date of a range, YYYY-MM-DD (with --start)")
    col.add_argument("--save-dir", type=Path, help="also write each payload and its .meta.json to this directory")

    rep = _command(
        sub,
        "replay",
        "store saved payload files, keeping their fetch times",
        [
            "mlb-agent replay saved/",
            "mlb-agent replay sample/",
            "mlb-agent replay page.html --source vsin --endpoint betting_splits --request-key 2025-06-14:dk",
        ],
    )
    rep.add_argument(
        "paths",
        nargs="+",
        type=Path,
        help="directories of files written by --save-dir, or bare payload files",
    )
    rep.add_argument("--source", choices=collector.SOURCE_NAMES, help="source of bare files")
    rep.add_argument("--endpoint", help="endpoint of bare files (e.g. betting_splits, schedule)")
    rep.add_argument("--request-key", help="request key of bare files (e.g. the date)")
    rep.add_argument(
        "--fetched-at",
        type=datetime.fromisoformat,
        help="fetch time of bare files, with a time zone (default: the file's modification time)",
    )

    run = _command(
        sub,
        "run",
        "collect every enabled source on its interval until stopped",
        ["mlb-agent run", "mlb-agent -v run --source action_network --source sbd"],
    )
    run.add_argument(
        "--source", action="append", choices=collector.SOURCE_NAMES, help="source to run (repeatable; default: all)"
    )

    pipe = _command(
        sub,
        "pipeline",
        "run the pipeline now (what pg_cron does every minute)",
        ["mlb-agent pipeline run --zone staging", "mlb-agent pipeline run --full"],
    )
    pipe_sub = pipe.add_subparsers(dest="pipeline_command", required=True, metavar="ACTION")
    run_zone = _command(
        pipe_sub,
        "run",
        "collect (raw), promote (staging) or rebuild (curated)",
        ["mlb-agent pipeline run --zone curated", "mlb-agent pipeline run --full"],
    )
    which = run_zone.add_mutually_exclusive_group(required=True)
    which.add_argument("--zone", choices=["raw", "staging", "curated"], help="the one zone to run")
    which.add_argument("--full", action="store_true", help="raw, then staging, then curated")

    data = _command(
        sub, "data", "what each zone holds, and its quality", ["mlb-agent data status", "mlb-agent data quality"]
    )
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    data_status = _command(
        data_sub,
        "status",
        "counts, newest rows, backlog, runs, cron jobs",
        ["mlb-agent data status --zone staging", "mlb-agent data status --json"],
    )
    data_status.add_argument(
        "--zone", choices=["raw", "staging", "curated", "all"], default="all", help="zone to show (default: all)"
    )
    _json_flag(data_status)
    data_quality = _command(
        data_sub,
        "quality",
        "validation success, rules, quarantined rows",
        ["mlb-agent data quality", "mlb-agent data quality --json"],
    )
    data_quality.add_argument("--zone", choices=["staging", "all"], default="all", help="zone to show (default: all)")
    _json_flag(data_quality)

    src = _command(sub, "sources", "source health", ["mlb-agent sources health"])
    src_sub = src.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    _json_flag(_command(src_sub, "health", "freshness per source", ["mlb-agent sources health --json"]))

    sett = _command(
        sub,
        "settings",
        "show or change pipeline.settings",
        ["mlb-agent settings show", "mlb-agent settings set signals.steam_min_books 4"],
    )
    sett_sub = sett.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    _json_flag(_command(sett_sub, "show", "every setting with its type and range", ["mlb-agent settings show"]))
    sett_set = _command(
        sett_sub,
        "set",
        "change one setting (the database checks its type and range)",
        ["mlb-agent settings set pipeline.auto_promotion false", "mlb-agent settings set signals.steam_min_books 4"],
    )
    sett_set.add_argument("key", help="setting key, as in: mlb-agent settings show")
    sett_set.add_argument("value", help="JSON value: true, false, 12, 0.5")
    _command(
        sett_sub,
        "apply-config",
        "write config.toml [pipeline] switches to the database",
        ["mlb-agent settings apply-config"],
    )

    imp = _command(
        sub,
        "import-sbro",
        "import SportsbookReviewsOnline season spreadsheets",
        ["mlb-agent import-sbro 'mlb odds 2018.xlsx'", "mlb-agent import-sbro --season 2015 'mlb odds.xlsx'"],
    )
    imp.add_argument("files", nargs="+", type=Path, help="season .xlsx files")
    imp.add_argument(
        "--season", type=int, help="the season the files hold (default: the one standalone year in each file name)"
    )

    report = _command(
        sub,
        "report",
        "write a game's chart (HTML page and PNG) or a day's board",
        ["mlb-agent report game 4 -o reports", "mlb-agent report day 2025-06-14 -o reports --png"],
    )
    report_sub = report.add_subparsers(dest="report_command", required=True, metavar="WHAT")
    game = _command(
        report_sub,
        "game",
        "one game's line movement page (game-ID.html) and chart (game-ID.png)",
        ["mlb-agent report game 4 -o reports", "mlb-agent report game 4 --no-png"],
    )
    game.add_argument("game_id", type=int, metavar="GAME", help="game id (curated.game_board.game_id)")
    day = _command(
        report_sub,
        "day",
        "a day's board (day-DATE.html) linking a page per game",
        ["mlb-agent report day 2025-06-14", "mlb-agent report day 2025-06-14 -o reports --png"],
    )
    day.add_argument("day", type=_date, metavar="DATE", help="New York date, YYYY-MM-DD")
    for p, png_default in ((game, True), (day, False)):
        p.add_argument(
            "-o", "--out", type=Path, default=Path("reports"), help="directory to write to (default: reports)"
        )
        p.add_argument(
            "--png",
            action=argparse.BooleanOptionalAction,
            default=png_default,
            help=f"also write each game's chart as PNG (default: {'yes' if png_default else 'no'})",
        )

    bets = _command(
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
    add = _command(
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
    add.add_argument("--date", type=_date, required=True, help="New York date of the game, YYYY-MM-DD")
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
    imp_bets = _command(
        bets_sub,
        "import",
        "store the bets of a CSV file (columns: " + ", ".join(bets_module.COLUMNS) + ")",
        ["mlb-agent bets import my-bets.csv"],
    )
    imp_bets.add_argument("file", type=Path, help="CSV with a header row; each row a bet as for bets add")
    _json_flag(
        _command(
            bets_sub,
            "report",
            "record, profit, ROI and CLV by month and book, and the latest bets",
            ["mlb-agent bets report", "mlb-agent bets report --json"],
        )
    )

    strat = _command(
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
    sadd = _command(
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
    _json_flag(sadd)
    _json_flag(_command(strat_sub, "list", "every strategy and its filters", ["mlb-agent strategy list"]))
    sbt = _command(
        strat_sub,
        "backtest",
        "backtest one strategy again over every decided game (record, units, ROI, CLV per season)",
        ["mlb-agent strategy backtest favourite_moneyline_at_close"],
    )
    sbt.add_argument("key", help="strategy key (mlb-agent strategy list)")
    _json_flag(sbt)

    _command(
        sub,
        "watch",
        "print each signal alert the database announces and post it to the config's webhooks, until stopped",
        ["mlb-agent watch", "MLB_SLACK_WEBHOOK_URL=https://hooks.slack.com/services/... mlb-agent -v watch"],
    )

    exp = _command(
        sub,
        "export",
        "write a view or table to CSV, Parquet or JSON, streamed",
        [
            "mlb-agent export curated.game_board --date 2025-06-14 --format csv -o board.csv",
            "mlb-agent export curated.line_history --game 4 --format json -o lines.json",
            "mlb-agent export curated.strategy_results --season 2018 --format parquet -o bets.parquet",
        ],
    )
    exp.add_argument("relation", metavar="RELATION", help="view or table, e.g. curated.closing_lines")
    exp.add_argument("--format", choices=export.FORMATS, default="csv", help="file format (default: csv)")
    exp.add_argument("-o", "--out", type=Path, help="file to write (default: standard output; parquet needs a file)")
    exp.add_argument("--date", type=_date, help="only rows of this New York game_date, YYYY-MM-DD")
    exp.add_argument("--start", type=_date, help="only rows with game_date on or after this date")
    exp.add_argument("--end", type=_date, help="only rows with game_date on or before this date")
    exp.add_argument("--season", type=int, help="only rows of this season (season column, else game_date's year)")
    exp.add_argument("--game", type=int, help="only rows of this game_id")
    return parser


# ---------------------------------------------------------------- status


def _print_summary(console: Console, data: dict[str, Any]) -> None:
    tables.print_rows(console, "Schemas", data["schemas"])
    sq = data["sqitch"]
    if isinstance(sq, dict):
        console.print(f"sqitch: {sq['unavailable']}")
    else:
        when = tables.text(sq[0]["last_deployed_at"])
        console.print(
            f"sqitch: {sq[0]['deployed']} changes deployed, last {sq[0]['last_change']} at {when}", soft_wrap=True
        )
    for key, title in (
        ("raw_tables", "Raw payloads"),
        ("source_health", "Source health"),
        ("staging", "Staging"),
        ("validation", "Validation success rate (pipeline.validation_summary)"),
        ("curated", "Curated"),
        ("strategies", "Strategies by season (curated.profitability_metrics)"),
        ("cron_jobs", "pg_cron jobs"),
    ):
        rows = data.get(key)
        if isinstance(rows, dict):
            console.print(f"{title}: {rows['unavailable']}")
        else:
            tables.print_rows(console, title, rows or [])


def cmd_status(settings: Settings, args: argparse.Namespace) -> int:
    with db.connect(settings) as conn:
        data = db.summary(conn)
    if args.json:
        print(jsonout.dumps(data))
    else:
        _print_summary(Console(emoji=False), data)
    return EXIT_OK


# ---------------------------------------------------------------- collect


def _days(args: argparse.Namespace) -> list[date]:
    if args.start or args.end:
        if not (args.start and args.end) or args.end < args.start:
            raise ValueError("--start and --end go together, start <= end")
        return [args.start + timedelta(days=n) for n in range((args.end - args.start).days + 1)]
    return [args.date or collector.today_new_york()]


def _report(reports: Sequence[collector.SourceReport]) -> int:
    rows = [
        {
            "source": r.source,
            "outcomes": ", ".join(f"{k} {v}" for k, v in sorted(r.outcomes.items())) or "-",
            "error": r.error or r.first_failure or "",
        }
        for r in reports
    ]
    tables.print_rows(Console(emoji=False), "Collection", rows)
    return EXIT_OK if all(r.ok or "skipped_no_key" in r.outcomes for r in reports) else EXIT_FAILURE


def cmd_collect(settings: Settings, args: argparse.Namespace) -> int:
    selected = args.source or list(collector.SOURCE_NAMES)
    days = _days(args)
    # Nothing can be stored without the database: say so once (exit 4), not once per source.
    with db.connect(settings, role=settings.database.agent_role):
        pass
    if len(days) == 1:
        return _report(collector.collect(settings, selected, days, args.save_dir))
    # A range: the MLB schedule takes it in one request, the others day by day.
    reports = []
    if "mlb_stats_api" in selected:
        reports += collector.collect(settings, ["mlb_stats_api"], days, args.save_dir)
    per_day = [s for s in selected if s != "mlb_stats_api"]
    for day in track(days, description="collecting", disable=not per_day or not sys.stderr.isatty()):
        reports += collector.collect(settings, per_day, [day], args.save_dir) if per_day else []
    return _report(reports)


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    collector.run_forever(settings, args.source or list(collector.SOURCE_NAMES))
    return EXIT_OK


# ---------------------------------------------------------------- replay / import


def _bare_result(path: Path, args: argparse.Namespace, conn: psycopg.Connection[dict[str, Any]]) -> Result:
    if not (args.source and args.endpoint and args.request_key):
        raise ValueError(f"{path} has no .meta.json: give --source, --endpoint and --request-key")
    table = db.payload_table_for(conn, args.source, args.endpoint)
    if table is None:
        raise ValueError(f"unknown endpoint {args.endpoint!r} for {args.source}")
    when = args.fetched_at or datetime.fromtimestamp(path.stat().st_mtime, UTC)
    if when.tzinfo is None:
        raise ValueError("--fetched-at needs a time zone, e.g. 2025-06-13T17:00:00+00:00")
    content_type = "text/html" if path.suffix in (".html", ".htm") else "application/json"
    request = Request(args.source, args.endpoint, table, args.request_key, f"file://{path.name}")
    return Result(
        request,
        when,
        when,
        status=200,
        headers={"content-type": content_type},
        body=path.read_bytes(),
    )


def cmd_replay(settings: Settings, args: argparse.Namespace) -> int:
    results: list[Result] = []
    counts: dict[str, int] = {}
    with db.connect(settings, role=settings.database.agent_role) as conn:
        for path in args.paths:
            if path.is_dir():
                results.extend(storage.load_saved(m) for m in storage.saved_payloads(path))
            elif path.name.endswith(".meta.json"):
                results.append(storage.load_saved(path))
            elif path.is_file():
                results.append(_bare_result(path, args, conn))
            else:
                raise ValueError(f"no such file or directory: {path}")
        for result in track(results, description="replaying", disable=not sys.stderr.isatty()):
            rendered = sources.render(result.request.source, result.body) if result.body else None
            stored = storage.record(conn, result, mode="replay", rendered=rendered)
            counts[stored.outcome] = counts.get(stored.outcome, 0) + 1
    print(f"replayed {len(results)} payloads: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return EXIT_OK


def cmd_import_sbro(settings: Settings, args: argparse.Namespace) -> int:
    for path in args.files:  # every name is checked before anything is stored
        if not path.is_file():
            raise ValueError(f"no such file: {path}")
        sbro.request_key(path, args.season)
    with db.connect(settings, role=settings.database.agent_role) as conn:
        for path in track(args.files, description="importing", disable=not sys.stderr.isatty()):
            result, rendered = sbro.import_result(path, args.season)
            # The xlsx bytes are binary: the cells are the payload, the hash is the file's.
            stored = storage.record(conn, result, mode="import", rendered=rendered, keep_body=False)
            rows = sum(len(s["rows"]) for s in rendered["sheets"])
            print(f"{path.name}: {stored.outcome} (raw id {stored.raw_id}, {rows} rows)")
    return EXIT_OK


def cmd_pipeline(settings: Settings, args: argparse.Namespace) -> int:
    zones = ["raw", "staging", "curated"] if args.full else [args.zone]
    status = EXIT_OK
    for zone in zones:
        status = max(status, _run_zone(settings, zone))
    return status


def _run_zone(settings: Settings, zone: str) -> int:
    if zone == "raw":
        days = [collector.today_new_york()]
        return _report(collector.collect(settings, list(collector.SOURCE_NAMES), days))
    if zone == "curated":
        # curated.drain_dirty_dates takes the oldest 31 dates a call; the loop only shows progress.
        remaining = db.dirty_date_count(settings)
        if not remaining:
            print("nothing to rebuild")
            return EXIT_OK
        totals: dict[str, int] = {}
        with Progress(disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("rebuilding curated", total=remaining)
            while remaining:
                done = db.drain_dirty_dates(settings, 31)
                remaining = int(done.pop("remaining"))
                if not done["dates"]:
                    break
                for key, value in done.items():
                    totals[key] = totals.get(key, 0) + int(value)
                progress.update(task, advance=int(done["dates"]))
        dates = totals.pop("dates", 0)
        print(f"curated rebuilt for {dates} dates: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
        return EXIT_OK
    runs = db.promote_until_empty(settings)
    for run in runs:
        print(
            f"run {run['id']}: {run['status']}, {run['rows_in']} raw rows in, "
            f"{run['rows_out']} rows out, {run['rows_rejected']} rejected"
            + (f" ({run['error_text']})" if run["error_text"] else "")
        )
    if not runs:
        print("nothing queued")
    return EXIT_OK if all(r["status"] == "succeeded" for r in runs) else EXIT_FAILURE


def cmd_data(settings: Settings, args: argparse.Namespace) -> int:
    if args.data_command == "quality":
        operations.print_report(operations.quality(settings), args.json)
    else:
        zones = ["raw", "staging", "curated"] if args.zone == "all" else [args.zone]
        operations.print_report(operations.zone_status(settings, zones), args.json)
    return EXIT_OK


def cmd_sources(settings: Settings, args: argparse.Namespace) -> int:
    operations.print_report(operations.source_health(settings), args.json)
    return EXIT_OK


def cmd_settings(settings: Settings, args: argparse.Namespace) -> int:
    if args.settings_command == "show":
        operations.print_report(operations.show_settings(settings), args.json)
    elif args.settings_command == "set":
        row = operations.set_setting(settings, args.key, args.value)
        print(f"{row['key']} = {json.dumps(row['value'])}")
    else:
        for row in operations.apply_config(settings):
            print(f"{row['key']} = {json.dumps(row['value'])}")
    return EXIT_OK


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    from agent import report  # matplotlib loads only for reports

    with db.connect(settings) as conn:
        try:
            if args.report_command == "game":
                written = report.write_game(conn, args.game_id, args.out, args.png)
            else:
                written = report.write_day(conn, args.day, args.out, args.png)
        except report.UnknownGame as exc:
            raise ValueError(str(exc)) from None
    for path in written[:1] if args.report_command == "day" else written:
        print(path)
    if args.report_command == "day":
        print(f"and {len(written) - 1} game files in {args.out}")
    return EXIT_OK


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
                raise ValueError(exc.diag.message_primary or str(exc).strip()) from None
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


def cmd_watch(settings: Settings, args: argparse.Namespace) -> int:
    from agent import alerts

    watcher = alerts.Watcher(settings)
    signal.signal(signal.SIGTERM, lambda *_: watcher.stop())
    print(
        f"listening for alerts on {alerts.CHANNEL}; webhooks: {', '.join(settings.alerts.webhooks) or 'none'}",
        flush=True,
    )
    try:
        watcher.run()
    except KeyboardInterrupt:
        watcher.stop()
    return EXIT_OK


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    filters = export.Filters(args.date, args.start, args.end, args.season, args.game)
    with db.connect(settings) as conn:
        rows = export.export(conn, args.relation, filters, args.format, args.out)
    print(f"{rows} row{'' if rows == 1 else 's'} written to {args.out or 'standard output'}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "status": cmd_status,
    "collect": cmd_collect,
    "replay": cmd_replay,
    "run": cmd_run,
    "import-sbro": cmd_import_sbro,
    "pipeline": cmd_pipeline,
    "data": cmd_data,
    "sources": cmd_sources,
    "settings": cmd_settings,
    "report": cmd_report,
    "export": cmd_export,
    "watch": cmd_watch,
    "bets": cmd_bets,
    "strategy": cmd_strategy,
}


class _Redact(logging.Filter):
    """Replaces each secret with *** in every log line (httpx logs full URLs at -v)."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets:
            message = message.replace(secret, "***")
        record.msg, record.args = message, None
        return True


def redact_secrets_in_logs(settings: Settings) -> None:
    secrets = sources.secrets()
    secrets += [os.environ[h.url_env] for h in settings.alerts.webhooks.values() if os.environ.get(h.url_env)]
    if secrets:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_Redact(secrets))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    err = Console(stderr=True, emoji=False, soft_wrap=True)
    try:
        settings = load_settings()
        redact_secrets_in_logs(settings)
        return COMMANDS[args.command](settings, args)
    except ConfigError as exc:
        err.print(f"error: invalid configuration: {exc}")
        return EXIT_CONFIG
    except db.DatabaseUnavailable as exc:
        err.print(f"error: {exc}")
        return EXIT_DATABASE
    except (
        psycopg.errors.UndefinedTable,
        psycopg.errors.UndefinedFunction,
        psycopg.errors.InvalidSchemaName,
    ) as exc:
        first = str(exc).strip().splitlines()[0]
        err.print(f"error: the database is not deployed or lacks pg_cron ({first}); run: make deploy")
        return EXIT_DATABASE
    except psycopg.errors.InsufficientPrivilege as exc:
        err.print(f"error: not allowed: {str(exc).strip().splitlines()[0]}")
        return EXIT_DATABASE
    except (ValueError, OSError) as exc:
        err.print(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
