"""What every command group shares: exit codes, argument types and the help layout."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CONFIG, EXIT_DATABASE = 0, 1, 2, 3, 4


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD (e.g. 2025-06-14), not {text!r}") from None


def command(sub: Any, name: str, help_: str, examples: Sequence[str], **kwargs: Any) -> argparse.ArgumentParser:
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


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (numbers as numbers, snake_case keys)")
