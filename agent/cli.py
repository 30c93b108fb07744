"""mlb-agent: fetch MLB betting payloads and store them verbatim in PostgreSQL."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from rich.console import Console
from rich.progress import Progress, track
from rich.table import Table

from agent import __version__, collector, db, jsonout, operations, sources, storage
from agent.config import ConfigError, Settings, load_settings
from agent.fetch import Request, Result
from agent.sources import sbro

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CONFIG, EXIT_DATABASE = 0, 1, 2, 3, 4


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD (e.g. 2025-06-14), not {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mlb-agent",
        description=(
            "Collects MLB betting payloads (Action Network, SportsBettingDime, VSIN, "
            "MLB Stats API, The Odds API, SportsbookReviewsOnline) and stores them "
            "untouched in the raw_data schema. Cleaning happens in SQL."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each request")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    status = sub.add_parser("status", help="summarise what the database holds")
    status.add_argument("--json", action="store_true", help="print JSON instead of tables")

    col = sub.add_parser("collect", help="fetch sources once and store every payload")
    col.add_argument(
        "--source",
        action="append",
        choices=collector.SOURCE_NAMES,
        help="source to collect (repeatable; default: all)",
    )
    col.add_argument("--date", type=_date, help="New York date (default: today)")
    col.add_argument("--start", type=_date, help="first date of a range")
    col.add_argument("--end", type=_date, help="last date of a range")
    col.add_argument("--save-dir", type=Path, help="also write each payload to files here")

    rep = sub.add_parser("replay", help="store saved payload files, keeping their fetch times")
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
        help="fetch time of bare files (default: the file's modification time)",
    )

    sub.add_parser("run", help="collect every enabled source on its interval until stopped").add_argument(
        "--source", action="append", choices=collector.SOURCE_NAMES
    )

    pipe = sub.add_parser("pipeline", help="run the pipeline now (what pg_cron does every minute)")
    pipe_sub = pipe.add_subparsers(dest="pipeline_command", required=True, metavar="ACTION")
    run_zone = pipe_sub.add_parser("run", help="collect (raw), promote (staging) or rebuild (curated)")
    which = run_zone.add_mutually_exclusive_group(required=True)
    which.add_argument("--zone", choices=["raw", "staging", "curated"])
    which.add_argument("--full", action="store_true", help="raw, then staging, then curated")

    data = sub.add_parser("data", help="what each zone holds, and its quality")
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    data_status = data_sub.add_parser("status", help="counts, newest rows, backlog, runs, cron jobs")
    data_status.add_argument("--zone", choices=["raw", "staging", "curated", "all"], default="all")
    data_status.add_argument("--json", action="store_true")
    data_quality = data_sub.add_parser("quality", help="validation success, rules, quarantined rows")
    data_quality.add_argument("--zone", choices=["staging", "all"], default="all")
    data_quality.add_argument("--json", action="store_true")

    src = sub.add_parser("sources", help="source health")
    src_sub = src.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    src_sub.add_parser("health", help="freshness per source").add_argument("--json", action="store_true")

    sett = sub.add_parser("settings", help="show or change pipeline.settings")
    sett_sub = sett.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    sett_sub.add_parser("show", help="every setting").add_argument("--json", action="store_true")
    sett_set = sett_sub.add_parser("set", help="change one setting")
    sett_set.add_argument("key")
    sett_set.add_argument("value", help="JSON value: true, false, 12, 0.5")
    sett_sub.add_parser("apply-config", help="write config.toml [pipeline] switches to the database")

    imp = sub.add_parser("import-sbro", help="import SportsbookReviewsOnline season spreadsheets")
    imp.add_argument("files", nargs="+", type=Path, help="season .xlsx files")
    imp.add_argument(
        "--season", type=int, help="the season the files hold (default: the one standalone year in each file name)"
    )
    return parser


# ---------------------------------------------------------------- status


def _print_summary(console: Console, data: dict[str, Any]) -> None:
    table = Table(title="Schemas")
    for col in ("schema", "tables", "views", "description"):
        table.add_column(col)
    for row in data["schemas"]:
        table.add_row(*(str(row[c]) for c in ("schema", "tables", "views", "description")))
    console.print(table)
    sq = data["sqitch"]
    if isinstance(sq, dict):
        console.print(f"sqitch: {sq['unavailable']}")
    else:
        console.print(
            f"sqitch: {sq[0]['deployed']} changes deployed, last {sq[0]['last_change']} at {sq[0]['last_deployed_at']}"
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
        elif not rows:
            console.print(f"{title}: none")
        else:
            out = Table(title=title)
            for col in rows[0]:
                out.add_column(col)
            for row in rows:
                out.add_row(*("" if v is None else str(v) for v in row.values()))
            console.print(out)


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
    console = Console(emoji=False)
    table = Table(title="Collection")
    for col in ("source", "outcomes", "error"):
        table.add_column(col)
    for r in reports:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r.outcomes.items()))
        table.add_row(r.source, outcomes or "-", r.error or r.first_failure or "")
    console.print(table)
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
    secrets = [s.get_secret_value() for s in (settings.odds_api_key,) if s and s.get_secret_value()]
    if secrets:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_Redact(secrets))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    err = Console(stderr=True, emoji=False)
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
