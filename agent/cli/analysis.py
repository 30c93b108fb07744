"""Reading the analysis: report (pages and charts), watch (alerts) and export."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from pathlib import Path
from typing import Any

from agent import db, export
from agent.cli.common import EXIT_OK, command, date_arg
from agent.config import Settings


def register(sub: Any) -> None:
    """Adds the group's commands to the mlb-agent parser."""
    report = command(
        sub,
        "report",
        "write a game's chart (HTML page and PNG) or a day's board",
        ["mlb-agent report game 4 -o reports", "mlb-agent report day 2025-06-14 -o reports --png"],
    )
    report_sub = report.add_subparsers(dest="report_command", required=True, metavar="WHAT")
    game = command(
        report_sub,
        "game",
        "one game's line movement page (game-ID.html) and chart (game-ID.png)",
        ["mlb-agent report game 4 -o reports", "mlb-agent report game 4 --no-png"],
    )
    game.add_argument("game_id", type=int, metavar="GAME", help="game id (curated.game_board.game_id)")
    day = command(
        report_sub,
        "day",
        "a day's board (day-DATE.html) linking a page per game",
        ["mlb-agent report day 2025-06-14", "mlb-agent report day 2025-06-14 -o reports --png"],
    )
    day.add_argument("day", type=date_arg, metavar="DATE", help="New York date, YYYY-MM-DD")
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

    serve = command(
        sub,
        "serve",
        "the live board, a page per game and your bets in a browser (read-only, as the analyst role)",
        ["mlb-agent serve", "mlb-agent serve --port 8765", "mlb-agent serve --host 0.0.0.0 --port 8765"],
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)"
    )
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765; 0: any free port)")

    command(
        sub,
        "watch",
        "print each signal alert the database announces and post it to the config's webhooks, until stopped",
        ["mlb-agent watch", "MLB_SLACK_WEBHOOK_URL=https://hooks.slack.com/services/... mlb-agent -v watch"],
    )

    exp = command(
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
    exp.add_argument("--date", type=date_arg, help="only rows of this New York game_date, YYYY-MM-DD")
    exp.add_argument("--start", type=date_arg, help="only rows with game_date on or after this date")
    exp.add_argument("--end", type=date_arg, help="only rows with game_date on or before this date")
    exp.add_argument("--season", type=int, help="only rows of this season (season column, else game_date's year)")
    exp.add_argument("--game", type=int, help="only rows of this game_id")


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


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    from agent import web  # the web stack loads only to serve

    if args.host not in ("127.0.0.1", "::1", "localhost"):
        print(f"warning: serving on {args.host}: anyone who can reach it reads the analyst views", file=sys.stderr)
    with db.connect(settings, role=settings.database.analyst_role):  # says in words when the database is unreachable
        pass
    with contextlib.suppress(KeyboardInterrupt):
        web.serve(settings, args.host, args.port, lambda url: print(f"serving {url} (Ctrl-C stops)", flush=True))
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


COMMANDS = {"report": cmd_report, "serve": cmd_serve, "watch": cmd_watch, "export": cmd_export}
