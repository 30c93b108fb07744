"""Every routine, view and trigger file written since the last release states its object whole and can run
again on a database that has it (CREATE OR REPLACE, CREATE OR REPLACE TRIGGER, a type guarded, seed rows
ON CONFLICT DO NOTHING): once released, a rework's revert runs it again by one \\ir (docs/architecture.md,
"History"). Files that create or alter tables, types or raw tables, and setup/, change by ALTER in a change
of their own instead and are not run again. Files a release froze are what databases ran and never change;
v0.3.0 has some with a bare CREATE TRIGGER, whose reworks drop the trigger first (test_layout)."""

from __future__ import annotations

import re
import subprocess

import pytest

from .conftest import ROOT
from .test_layout import git, plan_entries, tag_commit

DEPLOY = ROOT / "db" / "deploy"
NOT_RESTATED = re.compile(r"^(CREATE TABLE|ALTER TABLE|ALTER TYPE|CREATE TYPE)|create_payload_table\(", re.M)


def released_as_is() -> set[str]:
    """Deploy files (relative to db/deploy) equal to what the last release tag shipped."""
    tags = [name for kind, name in plan_entries() if kind == "tag"]
    commit = tag_commit(tags[-1]) if tags else None
    if commit is None:
        return set()
    listed = git("ls-tree", "-r", "--name-only", commit, "--", "db/deploy").stdout.split()
    return {
        path.removeprefix("db/deploy/")
        for path in listed
        if (ROOT / path).is_file() and (ROOT / path).read_text() == git("show", f"{commit}:{path}").stdout
    }


def restatable() -> list[str]:
    frozen = released_as_is()
    return sorted(
        name
        for p in DEPLOY.rglob("*.sql")
        if "@" not in p.name
        and p.parts[len(DEPLOY.parts)] != "setup"
        and (name := str(p.relative_to(DEPLOY))) not in frozen
        and not NOT_RESTATED.search(p.read_text())
    )


def test_the_files_since_the_release_are_found():
    assert "pipeline/raise_signal_alerts.sql" in restatable()


@pytest.mark.parametrize("name", restatable())
def test_a_routine_file_runs_again(db_env, name):
    done = subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(DEPLOY / name)],
        capture_output=True,
        text=True,
        cwd=DEPLOY.parent.parent,
    )
    assert done.returncode == 0, done.stderr
