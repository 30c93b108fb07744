"""Database access: connections and the few queries the CLI needs."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from agent.config import Settings

# A connection whose rows are dicts, as every module of the agent uses.
Connection = psycopg.Connection[dict[str, Any]]


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached; the message says why in one line."""


def connect(
    settings: Settings, role: str | None = None, application_name: str | None = None
) -> psycopg.Connection[dict[str, Any]]:
    """Connect with DATABASE_URL or the PG* variables, optionally as another login role."""
    conninfo = settings.database_url.get_secret_value() if settings.database_url else ""
    kwargs: dict[str, Any] = {"connect_timeout": settings.database.connect_timeout_seconds}
    if role:
        kwargs["user"] = role
    if application_name:
        kwargs["application_name"] = application_name
    try:
        return psycopg.connect(conninfo, row_factory=dict_row, autocommit=True, **kwargs)
    except psycopg.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
        raise DatabaseUnavailable(f"database unreachable: {first_line}") from exc


REFUSAL_WORDS = """SELECT obj_description(c.oid, 'pg_constraint') AS words
  FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE c.conname = %s AND t.relname = %s AND n.nspname = %s"""


def refusal(conn: psycopg.Connection[dict[str, Any]], exc: psycopg.Error) -> str:
    """What the database refused, in words: the comment on the constraint it names (curated/refusal_words says each
    rule a strategy or a bet can break), else its own message. The connection must be usable (autocommit, or the
    failed transaction rolled back)."""
    d = exc.diag
    if d.constraint_name and d.table_name and d.schema_name:
        try:
            row = conn.execute(REFUSAL_WORDS, (d.constraint_name, d.table_name, d.schema_name)).fetchone()
        except psycopg.Error:
            row = None
        if row and row["words"]:
            return str(row["words"])
    return d.message_primary or str(exc).strip()


def fetch_all(conn: psycopg.Connection[dict[str, Any]], sql: str) -> list[dict[str, Any]]:
    with conn.cursor() as cur:
        cur.execute(sql.encode())
        return cur.fetchall()


def fetch_all_params(
    conn: psycopg.Connection[dict[str, Any]], sql: str, params: tuple[Any, ...]
) -> list[dict[str, Any]]:
    with conn.cursor() as cur:
        cur.execute(sql.encode(), params)
        return cur.fetchall()


# Every report is a view or function of the database; these only select from them.
SCHEMAS_SQL = "SELECT * FROM pipeline.schema_summary"
CHANGES_SQL = "SELECT * FROM pipeline.deployed_changes()"
RAW_TABLES_SQL = "SELECT source, raw_table, row_count AS rows, newest_fetch FROM pipeline.raw_table_counts()"
HEALTH_SQL = """SELECT source, last_success_at, attempts_24h, success_rate_24h, consecutive_failures, rows_stored,
                       freshness_status FROM pipeline.source_health ORDER BY source"""
STAGING_SQL = "SELECT * FROM pipeline.staging_summary"
VALIDATION_SQL = "SELECT * FROM pipeline.validation_summary ORDER BY source, entity"
CURATED_SQL = "SELECT * FROM pipeline.curated_summary"
STRATEGIES_SQL = """SELECT strategy_key, season, bets, wins, losses, pushes, voids, units, roi, average_clv
                      FROM curated.profitability_metrics WHERE month IS NULL ORDER BY season, strategy_key"""
CRON_SQL = "SELECT jobname, schedule, active, last_run_status, health FROM pipeline.cron_jobs()"


def summary(conn: psycopg.Connection[dict[str, Any]]) -> dict[str, Any]:
    """What exists in the database right now; nothing is estimated."""
    result: dict[str, Any] = {"schemas": fetch_all(conn, SCHEMAS_SQL)}
    for key, sql in (
        ("sqitch", CHANGES_SQL),
        ("raw_tables", RAW_TABLES_SQL),
        ("source_health", HEALTH_SQL),
        ("staging", STAGING_SQL),
        ("validation", VALIDATION_SQL),
        ("curated", CURATED_SQL),
        ("strategies", STRATEGIES_SQL),
        ("cron_jobs", CRON_SQL),
    ):
        try:
            with conn.transaction():
                result[key] = fetch_all(conn, sql)
        except psycopg.errors.Error as exc:
            result[key] = {"unavailable": str(exc).strip().splitlines()[0]}
    return result


def bound_lock_waits(conn: psycopg.Connection[dict[str, Any]]) -> None:
    """A pipeline job waits at most pipeline.lock_timeout_seconds for a lock, then fails; the next run retries.
    A database deployed before the bound (v0.3.0) has no such function: the job waits as it always did there."""
    try:
        with conn.transaction():
            fetch_all(conn, "SELECT pipeline.bound_lock_waits(p_session => true)")
    except psycopg.errors.UndefinedFunction:
        pass


def promote_until_empty(settings: Settings, max_runs: int = 1000) -> list[dict[str, Any]]:
    """CALL staging.promote_until_empty(), which commits batch after batch; return its runs."""
    with connect(settings) as conn:
        bound_lock_waits(conn)
        with conn.cursor() as cur:
            cur.execute("CALL staging.promote_until_empty(NULL, NULL, NULL, %s)", (max_runs,))
            called = cur.fetchone()
        if called is None or called["first_run_id"] is None:
            return []
        return fetch_all_params(
            conn,
            "SELECT id, status, rows_in, rows_out, rows_rejected, error_text FROM pipeline.runs "
            "WHERE id BETWEEN %s AND %s AND zone = 'staging' AND kind = 'promote' ORDER BY id",
            (called["first_run_id"], called["last_run_id"]),
        )


def drain_dirty_dates(settings: Settings, max_dates: int) -> dict[str, Any]:
    """Rebuild curated for up to max_dates of the oldest dirty dates (one transaction, in SQL)."""
    with connect(settings) as conn:
        bound_lock_waits(conn)
        return fetch_all_params(conn, "SELECT * FROM curated.drain_dirty_dates(%s)", (max_dates,))[0]


def dirty_date_count(settings: Settings) -> int:
    with connect(settings) as conn:
        return int(fetch_all(conn, "SELECT count(DISTINCT game_date) AS n FROM pipeline.dirty_dates")[0]["n"])


def payload_table_for(conn: psycopg.Connection[dict[str, Any]], source: str, endpoint: str) -> str | None:
    """The raw table a source endpoint's bodies go to (raw_data.payload_tables)."""
    row = fetch_all_params(conn, "SELECT raw_data.payload_table_for(%s, %s) AS t", (source, endpoint))[0]
    return row["t"]  # type: ignore[no-any-return]
