"""Operator reports and actions: thin calls into SQL, shown as tables or JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from rich.console import Console

from agent import db, jsonout, tables
from agent.config import Settings

Report = dict[str, list[dict[str, Any]]]

# Every report is a view or function of the database; these only select from them.
ZONE_STATUS = {
    "raw": {
        "tables": db.RAW_TABLES_SQL,
        "recent attempts": "SELECT * FROM pipeline.attempts_by_outcome ORDER BY source, outcome",
    },
    "staging": {
        "tables": "SELECT table_name, row_count AS rows, newest FROM pipeline.zone_tables WHERE zone = 'staging'",
        "backlog": "SELECT * FROM pipeline.backlog WHERE zone = 'staging'",
        "last runs": "SELECT * FROM pipeline.run_history WHERE zone = 'staging' LIMIT 5",
    },
    "curated": {
        "tables": "SELECT table_name, row_count AS rows, newest FROM pipeline.zone_tables WHERE zone = 'curated'",
        "backlog": "SELECT * FROM pipeline.backlog WHERE zone = 'curated'",
        "last runs": "SELECT * FROM pipeline.run_history WHERE zone = 'curated' LIMIT 5",
    },
}
CRON_SQL = (
    "SELECT jobname, schedule, last_start, last_run_status, runs_not_succeeded_24h, health FROM pipeline.cron_jobs()"
)
SETTINGS_SQL = """SELECT key, value, default_value, value_type AS type, min_value AS min, max_value AS max, description
                   FROM pipeline.settings ORDER BY key"""

QUALITY = {
    "success rate by source": "SELECT * FROM pipeline.validation_summary ORDER BY source, entity",
    "rules": "SELECT * FROM pipeline.validation_rules ORDER BY records DESC, source, rule LIMIT 30",
    "worst raw rows": """SELECT * FROM pipeline.raw_row_problems
                           ORDER BY rejected DESC, warned DESC, raw_table, raw_id LIMIT 10""",
    "latest quarantined": """SELECT created_at, source, rule, record_ref, details::text AS details
                               FROM pipeline.quarantined ORDER BY created_at DESC, raw_id DESC LIMIT 15""",
}

# config.toml [pipeline] keys and the settings rows they set.
CONFIG_TO_SETTINGS = {
    "enable_staging": "pipeline.staging_enabled",
    "enable_curated": "pipeline.curated_enabled",
    "auto_promotion": "pipeline.auto_promotion",
}


def run_queries(settings: Settings, queries: Mapping[str, str]) -> Report:
    report: Report = {}
    with db.connect(settings) as conn:
        for title, sql in queries.items():
            report[title] = db.fetch_all(conn, sql)
    return report


def zone_status(settings: Settings, zones: list[str]) -> Report:
    queries = {f"{zone}: {title}": sql for zone in zones for title, sql in ZONE_STATUS[zone].items()}
    queries["pg_cron jobs"] = CRON_SQL
    report = run_queries(settings, queries)
    # The database's own alert (pipeline.backlog.alert), else a note that a zone is off.
    backlog = [r for title, rows in report.items() if "backlog" in title for r in rows]
    warnings = [
        {"message": r["alert"]}
        if r["alert"]
        else {"message": f"zone {r['zone']} is disabled in pipeline.settings: nothing is promoted"}
        for r in backlog
        if r["alert"] or not r["zone_enabled"]
    ]
    if warnings:
        report["warnings"] = warnings
    return report


def quality(settings: Settings) -> Report:
    return run_queries(settings, QUALITY)


def source_health(settings: Settings) -> Report:
    return run_queries(settings, {"source health": "SELECT * FROM pipeline.source_health ORDER BY source"})


def show_settings(settings: Settings) -> Report:
    return run_queries(settings, {"settings": SETTINGS_SQL})


def set_setting(settings: Settings, key: str, value: str) -> dict[str, Any]:
    """Set one setting; the value is parsed as JSON (true, 12, 0.5) or kept as a string. Returns it with the
    dates the change marked for a curated rebuild (marked_dates: pipeline.mark_dates_for_setting)."""
    try:
        parsed: Any = json.loads(value)
    except ValueError:
        parsed = value
    with db.connect(settings) as conn, conn.transaction(), conn.cursor() as cur:
        try:
            cur.execute(
                "UPDATE pipeline.settings SET value = %s, updated_at = now() WHERE key = %s RETURNING key, value",
                (Jsonb(parsed), key),
            )
        except psycopg.errors.CheckViolation as exc:  # the database says what the setting allows
            raise ValueError(exc.diag.message_primary or str(exc)) from None
        row = cur.fetchone()
        if row is None:
            raise ValueError(f"unknown setting {key!r} (see: mlb-agent settings show)")
        # The dates this transaction's change marked (pipeline.mark_dates_for_setting).
        cur.execute(
            "SELECT count(DISTINCT game_date) AS n FROM pipeline.dirty_dates WHERE marked_by = pg_current_xact_id()"
        )
        marked = cur.fetchone()
    return {**dict(row), "marked_dates": marked["n"] if marked else 0}


def apply_config(settings: Settings) -> list[dict[str, Any]]:
    """Write config.toml's [pipeline] switches into pipeline.settings."""
    values = settings.pipeline.model_dump()
    return [set_setting(settings, CONFIG_TO_SETTINGS[k], json.dumps(v)) for k, v in values.items()]


def print_report(report: Report, as_json: bool) -> None:
    if as_json:
        print(jsonout.dumps(report))
        return
    console = Console(emoji=False)
    for title, rows in report.items():
        tables.print_rows(console, title, rows)
