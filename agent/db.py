"""Database access: connections and the few queries the CLI needs."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from agent.config import Settings


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached; the message says why in one line."""


def connect(settings: Settings, role: str | None = None) -> psycopg.Connection[dict[str, Any]]:
    """Connect with DATABASE_URL or the PG* variables, optionally as another login role."""
    conninfo = settings.database_url.get_secret_value() if settings.database_url else ""
    kwargs: dict[str, Any] = {"connect_timeout": settings.database.connect_timeout_seconds}
    if role:
        kwargs["user"] = role
    try:
        return psycopg.connect(conninfo, row_factory=dict_row, autocommit=True, **kwargs)
    except psycopg.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
        raise DatabaseUnavailable(f"database unreachable: {first_line}") from exc


def fetch_all(conn: psycopg.Connection[dict[str, Any]], sql: str) -> list[dict[str, Any]]:
    with conn.cursor() as cur:
        cur.execute(sql.encode())
        return cur.fetchall()


SCHEMAS_SQL = """
SELECT n.nspname AS schema,
       (SELECT count(*) FROM pg_class c
         WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p')) AS tables,
       (SELECT count(*) FROM pg_class c
         WHERE c.relnamespace = n.oid AND c.relkind IN ('v', 'm')) AS views,
       obj_description(n.oid, 'pg_namespace') AS description
  FROM pg_namespace n
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline')
 ORDER BY array_position(ARRAY['raw_data', 'staging', 'curated', 'pipeline'], n.nspname::text)
"""

CHANGES_SQL = """
SELECT count(*) AS deployed, max(committed_at) AS last_deployed_at,
       (array_agg(change ORDER BY committed_at DESC))[1] AS last_change
  FROM sqitch.changes WHERE project = 'mlb'
"""

RAW_TABLES_SQL = """
SELECT s.source, t.raw_table,
       (xpath('/row/n/text()', query_to_xml(
          format('SELECT count(*) AS n FROM raw_data.%I', t.raw_table), false, true, ''
       )))[1]::text::bigint AS rows,
       (xpath('/row/t/text()', query_to_xml(
          format('SELECT max(fetched_at) AS t FROM raw_data.%I', t.raw_table), false, true, ''
       )))[1]::text AS newest_fetch
  FROM raw_data.sources s CROSS JOIN LATERAL unnest(s.raw_tables) AS t(raw_table)
 ORDER BY 1, 2
"""

HEALTH_SQL = """
SELECT source, last_success_at, attempts_24h, success_rate_24h, consecutive_failures,
       rows_stored, freshness_status
  FROM raw_data.source_health ORDER BY source
"""

STAGING_SQL = """
SELECT (SELECT count(*) FROM staging.games) AS games,
       (SELECT count(*) FROM staging.games WHERE game_pk IS NOT NULL) AS scheduled_games,
       (SELECT count(*) FROM staging.betting_lines) AS price_observations,
       (SELECT count(*) FROM staging.betting_splits) AS splits,
       (SELECT count(*) FROM staging.validation_results WHERE severity = 'reject') AS quarantined,
       (SELECT count(*) FROM pipeline.promotion_queue) AS queued
"""

VALIDATION_SQL = """
SELECT source, sum(promoted) AS promoted, sum(warned) AS warned, sum(rejected) AS rejected,
       round(sum(promoted)::numeric / nullif(sum(promoted) + sum(rejected), 0), 4) AS success_rate
  FROM staging.validation_success_rate GROUP BY source ORDER BY source
"""

CURATED_SQL = """
SELECT (SELECT count(*) FROM curated.enhanced_games) AS games,
       (SELECT count(*) FROM curated.betting_lines_enhanced) AS book_lines,
       (SELECT count(*) FROM curated.movement_analysis
         WHERE movement_type = 'steam') AS steam_moves,
       (SELECT count(*) FROM curated.movement_analysis
         WHERE movement_type = 'reverse_line_movement') AS reverse_line_moves,
       (SELECT count(*) FROM curated.strategy_results) AS graded_bets,
       (SELECT count(*) FROM pipeline.dirty_dates) AS dirty_dates
"""

STRATEGIES_SQL = """
SELECT strategy_key, season, bets, wins, losses, pushes, voids, units, roi, average_clv
  FROM curated.profitability_metrics WHERE month IS NULL ORDER BY season, strategy_key
"""

PROMOTE_SQL = "SELECT id, status, rows_in, rows_out, rows_rejected, error_text FROM staging.promote()"

CRON_SQL = "SELECT jobname, schedule, active, username FROM cron.job ORDER BY jobname"


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


def promote_until_empty(settings: Settings, max_runs: int = 1000) -> list[dict[str, Any]]:
    """Call staging.promote() until the queue is empty or a run does not succeed."""
    runs: list[dict[str, Any]] = []
    with connect(settings) as conn:
        for _ in range(max_runs):
            queued = fetch_all(conn, "SELECT count(*) AS n FROM pipeline.promotion_queue")[0]["n"]
            if not queued:
                break
            run = fetch_all(conn, PROMOTE_SQL)[0]
            runs.append(run)
            if run["status"] != "succeeded":
                break
    return runs


def dirty_dates(settings: Settings) -> list[Any]:
    """New York dates staging marked for a curated rebuild, oldest first."""
    with connect(settings) as conn:
        return [r["game_date"] for r in fetch_all(conn, "SELECT game_date FROM pipeline.dirty_dates ORDER BY 1")]


def rebuild_dates(settings: Settings, dates: list[Any]) -> dict[str, Any]:
    """Rebuild curated for these dates and take them off the dirty list, in one transaction."""
    with connect(settings) as conn, conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT * FROM curated.rebuild_dates(%s::date[])", (dates,))
        summary = cur.fetchone()
        cur.execute("DELETE FROM pipeline.dirty_dates WHERE game_date = ANY(%s::date[])", (dates,))
    assert summary is not None
    return dict(summary)
