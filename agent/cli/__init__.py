"""mlb-agent: fetch MLB betting payloads and store them verbatim in PostgreSQL.

The commands live by group: agent/cli/collecting.py, pipeline.py, analysis.py and betting.py;
each registers its parsers and names its command functions; this module builds the parser and
runs a command with the answers every command shares (exit codes, messages in words).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

import psycopg
from rich.console import Console

from agent import __version__, db, redact, sources
from agent.cli import analysis, betting, collecting, pipeline
from agent.cli.common import EXIT_CONFIG, EXIT_DATABASE, EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from agent.config import ConfigError, Settings, load_settings

__all__ = ["EXIT_CONFIG", "EXIT_DATABASE", "EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]
GROUPS = (pipeline, collecting, analysis, betting)
COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {
    name: fn for group in GROUPS for name, fn in group.COMMANDS.items()
}


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
    for group in GROUPS:
        group.register(sub)
    return parser


class _Redact(logging.Filter):
    """Masks each secret in every log line, in any form (httpx logs full URLs, keys URL-encoded, at -v)."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact.text(message, self.secrets), None
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
    except BrokenPipeError:
        # The reader went away (`mlb-agent export ... | head -2`): what it wanted was written. Nothing more goes
        # to the closed pipe, not even Python's flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file named on the command line, in words
        what = exc.strerror.lower() if exc.strerror else str(exc)
        err.print(f"error: {exc.filename}: {what}" if exc.filename else f"error: {what}")
        return EXIT_USAGE
    except ValueError as exc:
        err.print(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAILURE
