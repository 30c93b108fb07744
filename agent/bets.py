"""mlb-agent bets: enter the bets you placed and see them graded. Every rule is in SQL
(curated.place_bet, curated.check_user_bet, curated.user_bet_results); this only passes rows on."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

import psycopg

from agent import db

COLUMNS = ("date", "team", "market", "side", "line", "price", "stake", "book", "placed_at", "note", "game_number")
REQUIRED = ("date", "team", "market", "side", "price", "stake", "book")
PLACE_SQL = "SELECT curated.place_bet(%s, %s, %s, %s, %s, %s, %s, %s, coalesce(%s, now()), %s, %s) AS bet_id"
REPORT = {
    "by month and book": """SELECT coalesce(to_char(month, 'YYYY-MM'), 'all') AS month, coalesce(book, 'all') AS book,
                                   bets, pending, wins, losses, pushes, voids, staked, profit, units, roi, average_clv
                              FROM curated.user_bet_report ORDER BY month NULLS LAST, book NULLS LAST""",
    "latest bets": """SELECT bet_id, game_date, matchup, market, pick, line, american_price, stake, book, result,
                             profit, round(clv, 4) AS clv, clv_note
                        FROM curated.user_bet_results ORDER BY placed_at DESC, bet_id DESC LIMIT 20""",
}


@dataclass(frozen=True)
class Bet:
    day: date
    team: str
    market: str
    side: str
    line: Decimal | None
    price: str
    stake: Decimal
    book: str
    placed_at: datetime | None = None
    note: str | None = None
    game_number: int | None = None

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Bet:
        """A CSV row (the COLUMNS, header names as given); a value that cannot be read says which."""
        missing = [c for c in REQUIRED if not (row.get(c) or "").strip()]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")

        def number(name: str) -> Decimal | None:
            text = (row.get(name) or "").strip()
            try:
                value = Decimal(text) if text else None
            except InvalidOperation:
                raise ValueError(f"{name} {text!r} is not a number") from None
            if value is not None and not value.is_finite():  # Decimal reads NaN, sNaN and Infinity
                raise ValueError(f"{name} {text!r} is not a number")
            return value

        try:
            day = date.fromisoformat(row["date"].strip())
        except ValueError:
            raise ValueError(f"date {row['date']!r} is not YYYY-MM-DD") from None
        placed = (row.get("placed_at") or "").strip()
        try:
            placed_at = datetime.fromisoformat(placed) if placed else None
        except ValueError:
            raise ValueError(f"placed_at {placed!r} is not an ISO 8601 time") from None
        if placed_at is not None and placed_at.tzinfo is None:
            raise ValueError(f"placed_at {placed!r} needs a time zone (e.g. 2025-06-14T18:30:00-04:00)")
        stake = number("stake")
        game_number = number("game_number")
        if game_number is not None and (game_number not in (1, 2, 3)):
            raise ValueError(f"game_number {row['game_number'].strip()!r} is not 1, 2 or 3 (a doubleheader's game)")
        return cls(
            day,
            row["team"].strip(),
            row["market"].strip(),
            row["side"].strip(),
            number("line"),
            row["price"].strip(),
            stake or Decimal(0),
            row["book"].strip(),
            placed_at,
            (row.get("note") or "").strip() or None,
            int(game_number) if game_number is not None else None,
        )


def place(conn: db.Connection, bet: Bet) -> int:
    """Store one bet; the database refuses one it cannot grade with the reason (psycopg error)."""
    row = db.fetch_all_params(
        conn,
        PLACE_SQL,
        (
            bet.day,
            bet.team,
            bet.market,
            bet.side,
            bet.line,
            bet.price,
            bet.stake,
            bet.book,
            bet.placed_at,
            bet.note,
            bet.game_number,
        ),
    )
    return int(row[0]["bet_id"])


def import_csv(conn: db.Connection, path: Path) -> tuple[list[int], list[str]]:
    """Each row in its own transaction: stored ids, and for each refused row its line number and reason."""
    stored: list[int] = []
    refused: list[str] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        unknown = sorted(set(reader.fieldnames or []) - set(COLUMNS))
        if unknown or not set(REQUIRED) <= set(reader.fieldnames or []):
            raise ValueError(
                f"{path}: columns must be {', '.join(COLUMNS)} (required: {', '.join(REQUIRED)}); "
                f"got {', '.join(reader.fieldnames or [])}"
            )
        for row in reader:
            where = f"line {reader.line_num}"
            try:
                bet = Bet.from_row(row)
                with conn.transaction():
                    stored.append(place(conn, bet))
            except ValueError as exc:
                refused.append(f"{where}: {exc}")
            except psycopg.Error as exc:
                refused.append(f"{where}: {db.refusal(conn, exc)}")
    return stored, refused
