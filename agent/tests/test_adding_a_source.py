"""Adding a source touches its folder, its module and its config section, nothing else (docs/adding-a-source.md).

The project is copied, the toy source of fixtures/toy_source is laid over the copy (its db/*/sources/toy/
folder and agent/sources/toy.py) and its config section and plan lines are appended; every other file of
the copy is the checkout's, byte for byte. The copy is deployed on a scratch cluster, the copy's agent
collects the toy from a server on 127.0.0.1 and promotes it: the toy's game and prices are in staging,
matched to the schedule's game and mapped to their book, with lineage to the toy's raw row."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from .conftest import ROOT, Reply, replay_schedule_game, scratch_connect, scratch_database, scratch_run

TOY = Path(__file__).parent / "fixtures" / "toy_source"
# A month ahead: the toy's prices are observed when fetched, so before first pitch.
DAY = (date.today() + timedelta(days=30)).isoformat()
SLATE = {
    "slate": DAY,
    "events": [
        {
            "ref": "T-1",
            "starts": f"{DAY}T17:05:00Z",
            "home": "NYY",
            "away": "BOS",
            "book": "toybook",
            "moneyline": {"home": "-125", "away": "+105"},
        }
    ],
}


def tracked_files() -> list[str]:
    found = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True)
    if found.returncode != 0:
        pytest.skip("not a git checkout")
    return [f for f in found.stdout.splitlines() if (ROOT / f).is_file()]


def project_with_the_toy(into: Path) -> Path:
    """The checkout's tracked files, then the toy's files over them and its two appended pieces."""
    for name in tracked_files():
        (into / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, into / name)
    for path in TOY.rglob("*"):
        relative = path.relative_to(TOY)
        if path.is_file() and relative.parts[0] in ("db", "agent"):
            (into / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, into / relative)
    with (into / "config.toml").open("a") as out:
        out.write((TOY / "config.toml.section").read_text())
    with (into / "sqitch.plan").open("a") as out:
        out.write((TOY / "sqitch.plan.lines").read_text())
    return into


def changed_outside_the_toy(project: Path) -> list[str]:
    """Files of the copy that differ from the checkout, other than the toy's own and the two appended to."""
    changed = []
    for path in project.rglob("*"):
        if not path.is_file():
            continue
        name = str(path.relative_to(project))
        if name.startswith(tuple(f"db/{k}/sources/toy/" for k in ("deploy", "revert", "verify", "tests"))):
            continue
        if name == "agent/sources/toy.py" or "__pycache__" in name:
            continue
        original = ROOT / name
        text = path.read_bytes()
        if name in ("config.toml", "sqitch.plan"):
            if not text.startswith(original.read_bytes()):
                changed.append(name)  # appended to, never edited
            continue
        if not original.is_file() or original.read_bytes() != text:
            changed.append(name)
    return changed


def test_a_toy_source_is_added_by_its_folder_module_and_config_section(
    scratch_cluster, http_server, tmp_path, monkeypatch
):
    project = project_with_the_toy(tmp_path / "project")
    assert changed_outside_the_toy(project) == []
    scratch_database(scratch_cluster)
    # The checkout's plan, which make test verified already (the copy's plan starts with it, byte for byte), then
    # the toy's changes, verified.
    deployed = scratch_run(["sqitch", "--quiet", "deploy", "--no-verify", "db:pg:"], scratch_cluster, cwd=ROOT)
    deployed += scratch_run(["sqitch", "--quiet", "deploy", "--verify", "db:pg:"], scratch_cluster, cwd=project)
    # A deploy says nothing when all is well (issue 31: stray lines, a notice and warnings showed).
    assert deployed.strip() == "", deployed
    with scratch_connect(scratch_cluster) as conn:
        toy = conn.execute("SELECT count(*) FROM sqitch.changes WHERE change LIKE 'sources/toy/%'").fetchone()
        assert toy is not None and toy[0] > 0

    # The checkout's agent states the schedule the toy's game is matched to.
    for key, value in scratch_cluster.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("MLB_CONFIG", str(ROOT / "config.toml"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert replay_schedule_game(tmp_path, date.fromisoformat(DAY), 700000123) == 0

    # The copy's agent finds the toy by its module and reads its section of the copy's config.toml.
    http_server.route("/slate", Reply(body=json.dumps(SLATE).encode()))
    env = {
        **scratch_cluster,
        "PYTHONPATH": str(project),
        "MLB_CONFIG": str(project / "config.toml"),
        "MLB_SOURCES__TOY__BASE_URL": http_server.url,
        "MLB_SOURCES__TOY__MIN_REQUEST_INTERVAL_SECONDS": "0",
    }
    python = [sys.executable, "-c", "import sys; from agent.cli import main; sys.exit(main())"]
    where = scratch_run([sys.executable, "-c", "import agent.sources.toy as t; print(t.__file__)"], env, cwd=project)
    assert where.strip() == str(project / "agent" / "sources" / "toy.py")
    out = scratch_run([*python, "collect", "--source", "toy", "--start", DAY, "--end", DAY], env, cwd=project)
    assert "toy" in out
    assert any(path.startswith(f"/slate?date={DAY}&book=toybook") for path, _ in http_server.requests)
    scratch_run([*python, "pipeline", "run", "--zone", "staging"], env, cwd=project)

    with scratch_connect(scratch_cluster) as conn:
        stored = conn.execute("SELECT count(*) FROM raw_data.toy_slates").fetchone()
        assert stored == (1,)
        assert conn.execute(
            "SELECT g.game_pk, g.home_team, g.away_team, i.match_method FROM staging.game_source_ids i "
            "JOIN staging.games g USING (game_id) WHERE i.source = 'toy'"
        ).fetchall() == [(700000123, "NYY", "BOS", "teams_date_start_time")]
        assert conn.execute(
            "SELECT l.side, l.american_price, b.book_key, l.outlet, l.raw_table FROM staging.betting_lines l "
            "JOIN staging.sportsbooks b USING (sportsbook_id) WHERE l.source = 'toy' ORDER BY l.side"
        ).fetchall() == [
            ("away", 105, "draftkings", "toybook", "toy_slates"),
            ("home", -125, "draftkings", "toybook", "toy_slates"),
        ]
        assert (
            conn.execute(
                "SELECT rule, severity, record_ref FROM staging.validation_results WHERE source = 'toy' ORDER BY 1, 3"
            ).fetchall()
            == []
        )
