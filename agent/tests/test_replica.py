"""The first step past one machine (issue 30): `make replica` starts a hot standby of the cluster by streaming
replication; the analyst reads the board there while the primary collects and promotes, sees a new promotion
within seconds, and `mlb-agent serve` pointed at the standby updates its open pages too (a standby cannot LISTEN:
it reads curated's version each second). Made here from make test's own cluster, and removed with its slot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from agent.tests.conftest import ROOT, replay_schedule_game
from agent.tests.test_serve import _events

REPLICA_PORT = int(os.environ.get("MLB_TEST_REPLICA_PGPORT", "54389"))


def dev(command: str, env: dict[str, str]) -> str:
    done = subprocess.run(["scripts/dev.sh", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout + done.stderr


@pytest.fixture
def standby(db_env, tmp_path) -> Iterator[dict[str, str]]:
    """A hot standby of make test's cluster: its libpq variables."""
    cluster = os.environ.get("MLB_TEST_CLUSTER_DIR")
    if not cluster:
        pytest.skip("make test's cluster is not named (run through make test)")
    top = Path(tempfile.mkdtemp(prefix="mlb-replica-", dir="/tmp"))  # the server's user reaches it
    top.chmod(0o755)
    replica = top / "replica"
    env = {
        **os.environ,
        "MLB_PGDATA": cluster,
        "MLB_PGPORT": os.environ["PGPORT"],
        "MLB_DB": os.environ["PGDATABASE"],
        "MLB_REPLICA_PGDATA": str(replica),
        "MLB_REPLICA_PGPORT": str(REPLICA_PORT),
        "MLB_REPLICA_LISTEN": "",
    }
    out = dev("replica", env)
    assert f"hot standby of {os.environ['PGDATABASE']} on port {REPLICA_PORT}" in out
    try:
        yield {"PGHOST": str(replica / "run"), "PGPORT": str(REPLICA_PORT)}
    finally:
        dev("replica-drop", env)
        assert not replica.exists()
        shutil.rmtree(top, ignore_errors=True)


def _on(standby: dict[str, str]) -> psycopg.Connection[Any]:
    return psycopg.connect(host=standby["PGHOST"], port=standby["PGPORT"], user="mlb_analyst", autocommit=True)


def test_the_analyst_reads_a_new_promotion_on_the_standby_within_seconds(standby, admin, tmp_path, fresh_day):
    with _on(standby) as conn:
        assert conn.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("INSERT INTO curated.user_bets (bettor) VALUES ('x')")
        slot = admin.execute("SELECT active FROM pg_replication_slots WHERE slot_name = 'mlb_replica'").fetchone()
        assert slot == {"active": True}

        game_pk = 980_000 + fresh_day.toordinal() % 9_000
        started = time.monotonic()
        assert replay_schedule_game(tmp_path, fresh_day, game_pk) == 0
        admin.execute("SELECT * FROM staging.promote(1000)")
        admin.execute("SELECT * FROM curated.rebuild(%s)", (fresh_day,))
        promoted = time.monotonic()
        while time.monotonic() - promoted < 10:
            row = conn.execute(
                "SELECT matchup, status FROM curated.game_board WHERE game_date = %s", (fresh_day,)
            ).fetchone()
            if row:
                break
            time.sleep(0.05)
        seen = time.monotonic() - promoted
        assert row == ("BOS @ NYY", "final"), row
        assert seen < 5, f"the standby showed the promotion {seen:.2f} s after it committed"
        print(f"standby: promoted in {promoted - started:.2f} s, seen there {seen:.3f} s after the commit")
    lag = admin.execute("SELECT replay_lag FROM pg_stat_replication").fetchone()
    assert lag is not None


def test_serve_on_the_standby_updates_open_pages(standby, admin, tmp_path, fresh_day):
    """Pointed at the standby, `mlb-agent serve` cannot LISTEN: it reads curated's version each second, and an
    open page hears of a promotion on the primary within seconds."""
    env = {**os.environ, **standby}
    process = subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "serve", "--port", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        match = re.match(r"serving (http://127\.0\.0\.1:\d+) ", process.stdout.readline())
        assert match, process.stderr.read() if process.stderr else ""
        game_pk = 970_000 + fresh_day.toordinal() % 9_000
        time.sleep(2)  # the app's first reading of the standby is behind it

        def promote() -> None:
            time.sleep(1.5)  # the stream is open and the standby's version read once
            assert replay_schedule_game(Path(tmp_path), fresh_day, game_pk) == 0
            admin.execute("SELECT * FROM staging.promote(1000)")
            admin.execute("SELECT * FROM curated.rebuild(%s)", (fresh_day,))

        lines = _events(match.group(1), 6.0, promote)
        assert "event: change" in lines, lines
    finally:
        process.terminate()
        process.wait(timeout=20)
