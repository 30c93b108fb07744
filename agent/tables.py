"""Rows as a console shows them: a table when it fits the terminal, else one block per row (like psql's \\x)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table


def signed_price(price: int | None) -> str:
    """American odds as people write them: +150, -110; "-" for none."""
    return "-" if price is None else f"+{price}" if price > 0 else str(price)


# Columns a bettor reads in percent: returns and closing line value signed (+4.2%), shares of a book or market plain.
SIGNED_PERCENT = {"roi", "roi_ci95_low", "roi_ci95_high", "average_clv", "average_clv_book", "clv", "clv_book"}
PERCENT = {"hold", "overround", "close_hold", "close_overround", "implied_probability", "close_implied_probability"}


def text(value: Any, column: str = "") -> str:
    """A value as a bettor reads it (what the database keeps is exact; JSON output keeps it as a number): American
    prices signed (+117), returns and CLV in percent (+4.2%), probabilities and hold in percent, strengths and units
    rounded, yes/no for true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, int) and column.endswith("price") and "decimal" not in column:
        return signed_price(value)
    if isinstance(value, Decimal | float):
        if column in SIGNED_PERCENT:
            return f"{100 * value:+.1f}%"
        if column in PERCENT or column.endswith("_probability"):
            return f"{100 * value:.1f}%"
        if column == "strength" or column.endswith("_strength"):
            return f"{value:.3g}"  # a probability move (0.0347), points of money over tickets (20), a share (78)
        if column in ("units", "profit", "staked", "max_drawdown"):
            return f"{value:.2f}"
    return str(value)


def fits(console: Console, rows: Sequence[dict[str, Any]]) -> bool:
    """True when the table reads in the console's width: every column whole, except that the widest
    (a description, an error) may wrap at no fewer than 30 characters."""
    columns = list(rows[0])
    widths = sorted(max(len(c), *(len(text(r[c], c)) for r in rows)) for c in columns)
    widths[-1] = min(widths[-1], 30)
    return sum(widths) + 3 * len(widths) + 1 <= console.width


def print_rows(console: Console, title: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        console.print(f"{title}: none")
        return
    if fits(console, rows):
        table = Table(title=title)
        for column in rows[0]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(text(v, c) for c, v in row.items()))
        console.print(table)
        return
    console.print(f"[bold]{title}[/bold] ({len(rows)} row{'' if len(rows) == 1 else 's'}, one block each)")
    width = max(len(c) for c in rows[0])
    for number, row in enumerate(rows, 1):
        console.print(f"-[ {number} ]" + "-" * max(0, min(console.width, 40) - len(str(number)) - 5))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=width, no_wrap=True)
        grid.add_column(overflow="fold")
        for column, value in row.items():
            grid.add_row(column, text(value, column))
        console.print(grid)
