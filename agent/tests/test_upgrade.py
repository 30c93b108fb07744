"""Upgrade by replay (`make upgrade`, docs/operations.md "Upgrading"), end to end on a cluster of its own:
a database deployed from the v0.2.4 plan, holding the sample day, a real SBRO season (when ../shared
is here), a user's bet, strategy and changed setting and a delivered alert, is upgraded to this plan. Every
raw row and collection attempt is there byte for byte with its id, the user's rows are carried over, and
every staging and curated digest equals a fresh load of the same data on this plan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from .conftest import REAL_FIXTURES, ROOT, SAMPLE, SCRATCH_DB
from .conftest import scratch_agent as agent
from .conftest import scratch_connect as connect
from .conftest import scratch_database as fresh_database
from .conftest import scratch_run as sh

sys.path.insert(0, str(ROOT / "bench"))
import digests as bench_digests

DB = SCRATCH_DB


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout


def v0_2_tree(into: Path) -> Path:
    """The database code as it was before the v0.3.0 re-cut: the parent of the commit that took the tag
    @v0.2.4 out of sqitch.plan."""
    try:
        commits = git("log", "--format=%H", "-G^@v0\\.2\\.4 ", "--", "sqitch.plan").split()
    except (subprocess.CalledProcessError, FileNotFoundError):
        pytest.skip("not a git checkout")
    if len(commits) < 2:
        pytest.skip("the history before the v0.3.0 re-cut is not in this clone")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", f"{commits[0]}^", "db", "sqitch.plan", "sqitch.conf"],
        capture_output=True,
        check=True,
    ).stdout
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def store_raw(env: dict[str, str]) -> None:
    """The payloads a user of v0.2.4 had collected: the sample day and a real SBRO season (the first of the shared
    ones: a second season adds a minute to make test and no kind of row the first lacks)."""
    agent(env, "replay", str(SAMPLE))
    seasons = sorted((REAL_FIXTURES / "sbro").glob("*.xlsx")) if (REAL_FIXTURES / "sbro").is_dir() else []
    if seasons:
        agent(env, "import-sbro", str(seasons[0]))


def user_strategy(env: dict[str, str]) -> None:
    agent(
        env,
        "strategy",
        "add",
        "home_favourite_at_close",
        "--market",
        "moneyline",
        "--side-rule",
        "home",
        "--role",
        "favourite",
    )


def user_bet(env: dict[str, str]) -> None:
    agent(
        env,
        "bets",
        "add",
        "--date",
        "2025-06-14",
        "--team",
        "PHI",
        "--market",
        "spread",
        "--side",
        "PHI",
        "--line=-1.5",
        "--price",
        "+140",
        "--stake",
        "25",
        "--book",
        "BetMGM",
        "--placed-at",
        "2025-06-14T12:00:00-04:00",
    )


def raw_digest(conn: psycopg.Connection[Any]) -> dict[str, tuple[int, str]]:
    """Row count and md5 of every column of every raw row and collection attempt, in id order."""
    tables = ["collection_log", *(r[0] for r in conn.execute("SELECT raw_table FROM raw_data.payload_tables"))]
    return {
        t: conn.execute(  # type: ignore[misc]
            f"SELECT count(*), coalesce(md5(string_agg(to_jsonb(r)::text, E'\\n' ORDER BY r.id)), '') "
            f"FROM raw_data.{t} r"
        ).fetchone()
        for t in tables
    }


def test_a_v0_2_4_database_upgrades_by_replay_to_a_fresh_load(scratch_cluster, tmp_path):
    cluster = scratch_cluster
    old = v0_2_tree(tmp_path / "v0.2")
    fresh_database(cluster)
    # Verified when it was released; its verify scripts would add 15 s to make test.
    sh(["sqitch", "--quiet", "deploy", "--no-verify", "--to", "@v0.2.4", "db:pg:"], cluster, cwd=old)
    with connect(cluster) as conn:
        conn.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
    store_raw(cluster)
    agent(cluster, "pipeline", "run", "--zone", "staging")
    agent(cluster, "pipeline", "run", "--zone", "curated")
    user_strategy(cluster)
    user_bet(cluster)
    agent(cluster, "settings", "set", "alerts.max_age_minutes", "240")
    with connect(cluster) as conn:
        before = raw_digest(conn)
        alert = conn.execute(
            "SELECT a.alert_id, g.game_date, g.away_team, a.market, a.side, a.signal FROM pipeline.signal_alerts a "
            "JOIN staging.games g USING (game_id) ORDER BY a.alert_id LIMIT 1"
        ).fetchone()
        assert alert is not None
        conn.execute(
            "INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, status_code, delivered) "
            "VALUES (%s, 'slack', 1, 200, true)",
            (alert[0],),
        )
    # make deploy refuses, naming the upgrade; make upgrade does it.
    full = {**os.environ, **cluster}
    refused = subprocess.run(["scripts/dev.sh", "deploy"], env=full, cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode != 0 and "make upgrade" in refused.stderr
    out = sh(["scripts/dev.sh", "upgrade"], {**cluster, "MLB_BACKUP_DIR": str(tmp_path / "backups")})
    assert "upgraded:" in out
    assert len(list((tmp_path / "backups").glob(f"{DB}-*-before-upgrade.dump"))) == 1
    with connect(cluster) as conn:
        assert raw_digest(conn) == before
        assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'upgrade_from_%'").fetchone() == (0,)
        # The partitions the carry-over made are the owner's, as those the agent's inserts make (they were the
        # upgrading superuser's).
        assert (
            conn.execute(
                """SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline')
                  AND pg_get_userbyid(c.relowner) <> 'mlb_owner' LIMIT 5"""
            ).fetchall()
            == []
        )
        assert conn.execute("SELECT value FROM pipeline.settings WHERE key = 'alerts.max_age_minutes'").fetchone() == (
            240,
        )
        assert conn.execute(
            "SELECT g.game_date::text, g.away_team, g.home_team, b.market, b.side, b.american_price, b.stake::text "
            "FROM curated.user_bets b JOIN staging.games g USING (game_id)"
        ).fetchall() == [("2025-06-14", "NYM", "PHI", "spread", "home", 140, "25.00")]
        delivered = conn.execute(
            "SELECT g.game_date, g.away_team, a.market, a.side, a.signal FROM pipeline.alert_deliveries d "
            "JOIN pipeline.signal_alerts a USING (alert_id) JOIN staging.games g USING (game_id)"
        ).fetchall()
        assert delivered == [alert[1:]]
        upgraded = bench_digests.digests(conn)
    # A second upgrade has nothing to do.
    assert "nothing to carry over" in sh(["scripts/dev.sh", "upgrade"], cluster)

    # The same data loaded fresh on this plan.
    fresh_database(cluster)
    # make test verified this plan's every change already.
    sh(["sqitch", "--quiet", "deploy", "--no-verify", "db:pg:"], cluster)
    with connect(cluster) as conn:
        conn.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
    store_raw(cluster)
    user_strategy(cluster)
    agent(cluster, "pipeline", "run", "--zone", "staging")
    agent(cluster, "pipeline", "run", "--zone", "curated")
    user_bet(cluster)
    with connect(cluster) as conn:
        fresh = bench_digests.digests(conn)
    assert upgraded.keys() == fresh.keys()
    assert {k for k in fresh if upgraded[k] != fresh[k]} == set()
