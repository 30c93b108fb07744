"""Collecting: collect, run, replay and import-sbro store payloads in raw_data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from rich.console import Console
from rich.progress import track

from agent import collector, db, sources, storage, tables
from agent.cli.common import EXIT_FAILURE, EXIT_OK, command, date_arg
from agent.config import Settings
from agent.fetch import Request, Result
from agent.sources import sbro


def register(sub: Any) -> None:
    """Adds the group's commands to the mlb-agent parser."""
    col = command(
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
    col.add_argument("--date", type=date_arg, help="New York date, YYYY-MM-DD (default: today in New York)")
    col.add_argument("--start", type=date_arg, help="first date of a range, YYYY-MM-DD (with --end)")
    col.add_argument("--end", type=date_arg, help="last date of a range, YYYY-MM-DD (with --start)")
    col.add_argument("--save-dir", type=Path, help="also write each payload and its .meta.json to this directory")

    rep = command(
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
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a request parameter bare files were fetched with, stored with them (e.g. oddsFormat=decimal: "
        "The Odds API's prices are then read as decimal odds)",
    )
    rep.add_argument(
        "--fetched-at",
        type=datetime.fromisoformat,
        help="fetch time of bare files, with a time zone (default: the file's modification time)",
    )

    run = command(
        sub,
        "run",
        "collect every enabled source on its interval until stopped",
        ["mlb-agent run", "mlb-agent -v run --source action_network --source sbd"],
    )
    run.add_argument(
        "--source", action="append", choices=collector.SOURCE_NAMES, help="source to run (repeatable; default: all)"
    )

    imp = command(
        sub,
        "import-sbro",
        "import SportsbookReviewsOnline season spreadsheets",
        ["mlb-agent import-sbro 'mlb odds 2018.xlsx'", "mlb-agent import-sbro --season 2015 'mlb odds.xlsx'"],
    )
    imp.add_argument("files", nargs="+", type=Path, help="season .xlsx files")
    imp.add_argument(
        "--season", type=int, help="the season the files hold (default: the one standalone year in each file name)"
    )


def _days(args: argparse.Namespace) -> list[date]:
    if args.start or args.end:
        if not (args.start and args.end) or args.end < args.start:
            raise ValueError("--start and --end go together, start <= end")
        return [args.start + timedelta(days=n) for n in range((args.end - args.start).days + 1)]
    return [args.date or collector.today_new_york()]


def report_collection(reports: Sequence[collector.SourceReport]) -> int:
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
        return report_collection(collector.collect(settings, selected, days, args.save_dir))
    # A range: a source that takes ranges (the MLB schedule) asks once, the others day by day.
    reports = []
    ranged = [s for s in selected if sources.takes_ranges(s)]
    if ranged:
        reports += collector.collect(settings, ranged, days, args.save_dir)
    per_day = [s for s in selected if s not in ranged]
    for day in track(days, description="collecting", disable=not per_day or not sys.stderr.isatty()):
        reports += collector.collect(settings, per_day, [day], args.save_dir) if per_day else []
    return report_collection(reports)


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    collector.run_forever(settings, args.source or list(collector.SOURCE_NAMES))
    return EXIT_OK


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
    params = dict(p.split("=", 1) for p in args.param if "=" in p)
    if len(params) != len(args.param):
        raise ValueError("--param takes KEY=VALUE, e.g. oddsFormat=decimal")
    request = Request(args.source, args.endpoint, table, args.request_key, f"file://{path.name}", params=params)
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


COMMANDS = {"collect": cmd_collect, "replay": cmd_replay, "run": cmd_run, "import-sbro": cmd_import_sbro}
