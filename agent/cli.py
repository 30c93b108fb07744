"""mlb-agent: fetch MLB betting payloads and store them verbatim in PostgreSQL."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from agent import __version__, db
from agent.config import load_settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CONFIG, EXIT_DATABASE = 0, 1, 2, 3, 4


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
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    status = sub.add_parser("status", help="summarise what the database holds")
    status.add_argument("--json", action="store_true", help="print JSON instead of tables")
    return parser


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
            f"sqitch: {sq[0]['deployed']} changes deployed, last {sq[0]['last_change']} "
            f"at {sq[0]['last_deployed_at']}"
        )
    jobs = data["cron_jobs"]
    if isinstance(jobs, dict):
        console.print(f"pg_cron: {jobs['unavailable']}")
    elif not jobs:
        console.print("pg_cron: no jobs scheduled")
    else:
        cron = Table(title="pg_cron jobs")
        for col in ("jobname", "schedule", "active", "username"):
            cron.add_column(col)
        for job in jobs:
            cron.add_row(*(str(job[c]) for c in ("jobname", "schedule", "active", "username")))
        console.print(cron)


def cmd_status(args: argparse.Namespace) -> int:
    settings = load_settings()
    with db.connect(settings) as conn:
        data = db.summary(conn)
    if args.json:
        print(json.dumps(data, default=str, indent=2))
    else:
        _print_summary(Console(), data)
    return EXIT_OK


COMMANDS = {"status": cmd_status}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    err = Console(stderr=True)
    try:
        return COMMANDS[args.command](args)
    except ValidationError as exc:
        err.print(f"error: invalid configuration: {exc.errors()[0]['msg']}")
        return EXIT_CONFIG
    except ValueError as exc:
        err.print(f"error: {exc}")
        return EXIT_CONFIG
    except db.DatabaseUnavailable as exc:
        err.print(f"error: {exc}")
        return EXIT_DATABASE


if __name__ == "__main__":
    sys.exit(main())
