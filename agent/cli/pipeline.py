"""The pipeline and what it holds: status, pipeline run, data, sources and settings."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.console import Console
from rich.progress import Progress

from agent import collector, db, jsonout, operations, tables
from agent.cli.collecting import report_collection
from agent.cli.common import EXIT_FAILURE, EXIT_OK, command, json_flag
from agent.config import Settings


def register(sub: Any) -> None:
    """Adds the group's commands to the mlb-agent parser."""
    json_flag(
        command(sub, "status", "summarise what the database holds", ["mlb-agent status", "mlb-agent status --json"])
    )

    pipe = command(
        sub,
        "pipeline",
        "run the pipeline now (what pg_cron does every minute)",
        ["mlb-agent pipeline run --zone staging", "mlb-agent pipeline run --full"],
    )
    pipe_sub = pipe.add_subparsers(dest="pipeline_command", required=True, metavar="ACTION")
    run_zone = command(
        pipe_sub,
        "run",
        "collect (raw), promote (staging) or rebuild (curated)",
        ["mlb-agent pipeline run --zone curated", "mlb-agent pipeline run --full"],
    )
    which = run_zone.add_mutually_exclusive_group(required=True)
    which.add_argument("--zone", choices=["raw", "staging", "curated"], help="the one zone to run")
    which.add_argument("--full", action="store_true", help="raw, then staging, then curated")

    data = command(
        sub, "data", "what each zone holds, and its quality", ["mlb-agent data status", "mlb-agent data quality"]
    )
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    data_status = command(
        data_sub,
        "status",
        "counts, newest rows, backlog, runs, cron jobs",
        ["mlb-agent data status --zone staging", "mlb-agent data status --json"],
    )
    data_status.add_argument(
        "--zone", choices=["raw", "staging", "curated", "all"], default="all", help="zone to show (default: all)"
    )
    json_flag(data_status)
    data_quality = command(
        data_sub,
        "quality",
        "validation success, rules, quarantined rows",
        ["mlb-agent data quality", "mlb-agent data quality --json"],
    )
    data_quality.add_argument("--zone", choices=["staging", "all"], default="all", help="zone to show (default: all)")
    json_flag(data_quality)

    src = command(sub, "sources", "source health", ["mlb-agent sources health"])
    src_sub = src.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    json_flag(command(src_sub, "health", "freshness per source", ["mlb-agent sources health --json"]))

    sett = command(
        sub,
        "settings",
        "show or change pipeline.settings",
        ["mlb-agent settings show", "mlb-agent settings set signals.steam_min_books 4"],
    )
    sett_sub = sett.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    json_flag(command(sett_sub, "show", "every setting with its type and range", ["mlb-agent settings show"]))
    sett_set = command(
        sett_sub,
        "set",
        "change one setting (the database checks its type and range)",
        ["mlb-agent settings set pipeline.auto_promotion false", "mlb-agent settings set signals.steam_min_books 4"],
    )
    sett_set.add_argument("key", help="setting key, as in: mlb-agent settings show")
    sett_set.add_argument("value", help="JSON value: true, false, 12, 0.5")
    command(
        sett_sub,
        "apply-config",
        "write config.toml [pipeline] switches to the database",
        ["mlb-agent settings apply-config"],
    )


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


def cmd_pipeline(settings: Settings, args: argparse.Namespace) -> int:
    zones = ["raw", "staging", "curated"] if args.full else [args.zone]
    status = EXIT_OK
    for zone in zones:
        status = max(status, _run_zone(settings, zone))
    return status


def _run_zone(settings: Settings, zone: str) -> int:
    if zone == "raw":
        days = [collector.today_new_york()]
        return report_collection(collector.collect(settings, list(collector.SOURCE_NAMES), days))
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
        if row["marked_dates"]:
            print(
                f"{row['marked_dates']} dates marked for a curated rebuild: the pg_cron jobs rebuild them,"
                " or now: mlb-agent pipeline run --zone curated"
            )
    else:
        for row in operations.apply_config(settings):
            print(f"{row['key']} = {json.dumps(row['value'])}")
    return EXIT_OK


COMMANDS = {
    "status": cmd_status,
    "pipeline": cmd_pipeline,
    "data": cmd_data,
    "sources": cmd_sources,
    "settings": cmd_settings,
}
