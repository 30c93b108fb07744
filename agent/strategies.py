"""mlb-agent strategy: compose, list and backtest strategies. A strategy is a row of
curated.strategies; the database validates it and backtests it when it is written."""

from __future__ import annotations

import argparse
from typing import Any

import psycopg

from agent import db

# Options of `strategy add` and the columns they fill.
COLUMNS = {
    "description": "description",
    "signal": "signal",
    "market": "market",
    "side_rule": "side_rule",
    "timing": "bet_timing",
    "role": "role",
    "minutes_before": "minutes_before",
    "min_price": "min_price",
    "max_price": "max_price",
    "min_line": "min_line",
    "max_line": "max_line",
    "require_signal": "require_signals",
    "min_strength": "min_signal_strength",
    "min_books": "min_books",
}
LIST_SQL = """SELECT strategy_key, market, side_rule, role, bet_timing, minutes_before, signal, min_price, max_price,
                     min_line, max_line, array_to_string(require_signals, ',') AS require_signals,
                     min_signal_strength, min_books, is_active, description
                FROM curated.strategies ORDER BY strategy_key"""
# The same report as the built-in strategies' (curated.profitability_metrics), one row per season.
REPORT_SQL = """SELECT season, bets, wins, losses, pushes, voids, skipped, units, roi, roi_ci95_low, roi_ci95_high,
                       average_clv, longest_losing_run, max_drawdown
                  FROM curated.profitability_metrics WHERE strategy_key = %s AND month IS NULL ORDER BY season"""
BACKTEST_SQL = "SELECT * FROM curated.backtest_strategy(%s)"


def add(conn: db.Connection, key: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Insert the strategy (its trigger backtests it) and return its record per season."""
    values = {column: getattr(args, option) for option, column in COLUMNS.items() if getattr(args, option) is not None}
    values["description"] = values.get("description") or f"Composed with mlb-agent strategy add: {key}."
    values.setdefault("signal", "every_game")
    columns = ["strategy_key", *values]
    sql = psycopg.sql.SQL("INSERT INTO curated.strategies ({}) VALUES ({})").format(
        psycopg.sql.SQL(", ").join(psycopg.sql.Identifier(c) for c in columns),
        psycopg.sql.SQL(", ").join(psycopg.sql.Placeholder() for _ in columns),
    )
    try:
        with conn.transaction():
            conn.execute(sql, [key, *values.values()])
    except psycopg.errors.UniqueViolation:
        raise ValueError(f"strategy {key} exists (mlb-agent strategy list)") from None
    except psycopg.errors.CheckViolation as exc:
        raise ValueError(f"strategy {key} refused: {db.refusal(conn, exc)}") from None
    return db.fetch_all_params(
        conn,
        REPORT_SQL,
        (key,),
    )
