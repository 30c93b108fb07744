"""Operator commands: data status and quality, source health, settings, pipeline runs."""

from __future__ import annotations

import json

import psycopg
import pytest

from agent import cli
from agent.tests.conftest import SAMPLE, replay_file


def run_json(capsys, *argv: str) -> dict:
    assert cli.main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_data_status_reports_each_zone(admin, capsys):
    cli.main(["replay", str(SAMPLE)])
    capsys.readouterr()
    report = run_json(capsys, "data", "status", "--zone", "all")
    assert {"raw_tables", "staging_tables", "staging_backlog", "curated_tables", "pg_cron_jobs"} <= set(report)
    jobs = {j["jobname"] for j in report["pg_cron_jobs"]}
    assert {"mlb-staging-promote", "mlb-curated-refresh", "mlb-curated-reconcile", "mlb-housekeeping"} <= jobs
    raw = {r["raw_table"]: r["rows"] for r in report["raw_tables"]}
    assert raw["action_network_odds"] >= 15


def test_pipeline_runs_staging_then_curated(admin, capsys):
    cli.main(["replay", str(SAMPLE)])
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
    capsys.readouterr()
    report = run_json(capsys, "data", "status", "--zone", "staging")
    assert report["staging_backlog"][0]["waiting"] == 0


def test_pipeline_run_drains_the_queue_a_commit_per_batch(admin, fresh_day, tmp_path, capsys):
    """CALL staging.promote_until_empty() commits after every batch until nothing is queued."""
    for n in range(3):
        day = fresh_day.fromordinal(fresh_day.toordinal() + n)
        payload = tmp_path / f"sbd-{n}.json"
        payload.write_text(json.dumps({"games": []}))
        assert replay_file("sbd", "betting_splits", day.isoformat(), payload) == 0
    queued = admin.execute("SELECT count(*) AS n FROM pipeline.promotion_queue").fetchone()["n"]
    assert queued >= 3
    last = admin.execute("SELECT coalesce(max(id), 0) AS id FROM pipeline.runs").fetchone()["id"]
    admin.execute("UPDATE pipeline.settings SET value = '1' WHERE key = 'pipeline.batch_size'")
    try:
        assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    finally:
        admin.execute("UPDATE pipeline.settings SET value = default_value WHERE key = 'pipeline.batch_size'")
    assert admin.execute("SELECT count(*) AS n FROM pipeline.promotion_queue").fetchone()["n"] == 0
    runs = admin.execute(
        "SELECT status, rows_in FROM pipeline.runs WHERE id > %s AND zone = 'staging' AND kind = 'promote' ORDER BY id",
        (last,),
    ).fetchall()
    assert len(runs) == queued and all(r == {"status": "succeeded", "rows_in": 1} for r in runs)
    out = capsys.readouterr().out
    assert out.count(": succeeded, 1 raw rows in") == queued


def test_disabled_zone_says_so(admin, capsys):
    assert cli.main(["settings", "set", "pipeline.staging_enabled", "false"]) == 0
    try:
        capsys.readouterr()
        report = run_json(capsys, "data", "status", "--zone", "staging")
        assert any("staging is disabled" in w["message"] for w in report["warnings"])
        run = admin.execute("SELECT * FROM staging.promote()").fetchone()
        assert run["status"] == "skipped"
    finally:
        assert cli.main(["settings", "apply-config"]) == 0  # config.toml turns it back on
        # and pipeline.auto_promotion too (config.toml: true). Tests run with it off: left on, the every-minute
        # job promoted beside the later tests, whose own promotions were then skipped for its lock.
        admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
    assert admin.execute("SELECT pipeline.setting_enabled('pipeline.staging_enabled') AS on").fetchone()["on"]


def test_settings_show_and_set(admin, capsys):
    settings = {r["key"]: r for r in run_json(capsys, "settings", "show")["settings"]}
    assert settings["signals.steam_min_books"]["default_value"] == 3
    # With the type and range its help promises (issue 31: they were left out), numbers as numbers.
    workers = settings["pipeline.promotion_workers"]
    assert (workers["type"], workers["min"], workers["max"]) == ("integer", 1, 8)
    assert settings["pipeline.auto_promotion"]["type"] == "boolean"
    assert cli.main(["settings", "set", "alerts.max_age_minutes", "240"]) == 0
    try:
        assert admin.execute("SELECT pipeline.setting_numeric('alerts.max_age_minutes') AS v").fetchone()["v"] == 240
    finally:
        cli.main(["settings", "set", "alerts.max_age_minutes", "180"])
    assert cli.main(["settings", "set", "no.such.setting", "1"]) == cli.EXIT_USAGE


def test_a_setting_change_applies_to_what_is_already_derived(sample_day, capsys):
    """`settings set signals.steam_min_books 6` then `pipeline run --zone curated` once printed "nothing to
    rebuild" and the sample's steam stayed: now the change marks the dates, says how many, and the rebuild
    applies it (five books moved on 777104: no steam at six, steam again at three)."""

    def steam() -> int:
        row = sample_day.execute(
            """SELECT count(*) AS n FROM curated.movement_analysis m JOIN staging.games g USING (game_id)
                WHERE g.game_date = '2025-06-14' AND m.movement_type = 'steam'"""
        ).fetchone()
        return int(row["n"])

    def set_and_rebuild(value: str) -> str:
        capsys.readouterr()
        assert cli.main(["settings", "set", "signals.steam_min_books", value]) == 0
        said = capsys.readouterr().out
        # Other tests' dates are marked too (every date with games is); only the sample's is rebuilt here.
        sample_day.execute("DELETE FROM pipeline.dirty_dates WHERE game_date <> '2025-06-14'")
        assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
        assert "nothing to rebuild" not in capsys.readouterr().out
        return said

    assert steam() == 2  # moneyline and run line
    dates = sample_day.execute("SELECT count(DISTINCT game_date) AS n FROM staging.games").fetchone()["n"]
    try:
        said = set_and_rebuild("6")
        assert f"{dates} dates marked for a curated rebuild" in said
        assert steam() == 0
    finally:
        set_and_rebuild("3")
    assert steam() == 2


def test_quality_and_health_reports(admin, capsys):
    quality = run_json(capsys, "data", "quality")
    assert {"success_rate_by_source", "rules", "worst_raw_rows", "latest_quarantined"} == set(quality)
    # Numbers are numbers (not "0.9512" strings), keys are snake_case.
    rates = [r["success_rate"] for r in quality["success_rate_by_source"] if r["success_rate"] is not None]
    assert rates and all(isinstance(r, int | float) for r in rates)
    health = run_json(capsys, "sources", "health")["source_health"]
    assert {h["source"] for h in health} == {"action_network", "sbd", "vsin", "mlb_stats_api", "odds_api", "sbro"}
    assert all(h["freshness_status"] in ("ok", "degraded", "stale", "failing") for h in health)


def test_undeployed_database_is_a_one_line_error(db_env, monkeypatch, capsys):
    monkeypatch.setenv("PGDATABASE", "postgres")  # exists, but nothing is deployed there
    assert cli.main(["data", "quality"]) == cli.EXIT_DATABASE
    err = capsys.readouterr().err
    assert "not deployed" in err
    assert "Traceback" not in err


def test_a_bad_setting_is_refused_with_what_it_allows(admin, capsys):
    """`settings set signals.steam_min_books four` once exited 0 and the curated job then failed every minute."""
    before = admin.execute("SELECT value FROM pipeline.settings WHERE key = 'signals.steam_min_books'").fetchone()
    for bad in ("four", "0", "2.5"):
        assert cli.main(["settings", "set", "signals.steam_min_books", bad]) == cli.EXIT_USAGE
        assert "signals.steam_min_books must be a whole number from 2 to 100" in capsys.readouterr().err
    assert (
        admin.execute("SELECT value FROM pipeline.settings WHERE key = 'signals.steam_min_books'").fetchone() == before
    )
    with pytest.raises(psycopg.errors.CheckViolation):  # psql is held to the same rule
        admin.execute("UPDATE pipeline.settings SET value = '\"yes\"' WHERE key = 'pipeline.auto_promotion'")


def test_the_analyst_reads_source_health(db_env, monkeypatch, capsys):
    """`sources health` as mlb_analyst once failed with permission denied for schema raw_data."""
    monkeypatch.setenv("PGUSER", "mlb_analyst")
    health = run_json(capsys, "sources", "health")["source_health"]
    assert {h["source"] for h in health} >= {"action_network", "sbd", "mlb_stats_api"}
