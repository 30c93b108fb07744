"""The database code's layout and history rules (docs/architecture.md, "History"):

- every sqitch change has its deploy, revert, verify and pgTAP file under the same name;
- a routine's or view's file is named after it and states it whole (CREATE OR REPLACE);
- a change appears once until a release tag; a change reworked after a tag keeps the
  files the tag released as name@tag.sql (moved, never edited), the rework's revert is one
  psql include of the released deploy file, and no other @ file exists;
- a file a tag released never changes (checked against the git tag when it is there).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DB = ROOT / "db"
ROUTINE_OR_VIEW = re.compile(r"^CREATE (OR REPLACE )?(FUNCTION|PROCEDURE|VIEW) ", re.M)


def plan_entries() -> list[tuple[str, str]]:
    """("change", name) and ("tag", name) in plan order."""
    out = []
    for line in (ROOT / "sqitch.plan").read_text().splitlines():
        if not line or line.startswith(("%", "#")):
            continue
        if line.startswith("@"):
            out.append(("tag", line.split()[0][1:]))
        else:
            out.append(("change", line.split()[0]))
    return out


def changes() -> list[str]:
    return list(dict.fromkeys(name for kind, name in plan_entries() if kind == "change"))


def reworks() -> dict[str, list[str]]:
    """Each reworked change -> the tags its earlier instances were released under (the
    latest tag before each later instance): the files name@tag.sql it must keep."""
    seen: dict[str, int] = {}
    tags: list[str] = []
    kept: dict[str, list[str]] = {}
    for kind, name in plan_entries():
        if kind == "tag":
            tags.append(name)
            continue
        if name in seen:
            assert len(tags) > seen[name], f"{name} appears twice without a release tag between: edit it in place"
            kept.setdefault(name, []).append(tags[-1])
        seen[name] = len(tags)
    return kept


def test_every_change_has_its_four_files() -> None:
    missing = [
        f"{kind}/{name}.sql"
        for name in changes()
        for kind in ("deploy", "revert", "verify", "tests")
        if not (DB / kind / f"{name}.sql").is_file()
    ]
    assert missing == []


def test_no_file_is_left_outside_the_plan() -> None:
    planned = set(changes())
    kept = {f"{name}@{tag}" for name, tags in reworks().items() for tag in tags}
    for kind in ("deploy", "revert", "verify"):
        found = {str(p.relative_to(DB / kind))[:-4] for p in (DB / kind).rglob("*.sql")}
        assert {f for f in found if "@" not in f} == planned, kind
        # A change reworked after a tag keeps the files that tag released as name@tag.sql (sqitch deploys,
        # verifies and reverts its earlier instance with them); nothing else has an @.
        assert {f for f in found if "@" in f} == kept, kind


def test_a_rework_reverts_by_including_the_tagged_file() -> None:
    """Never a copy: the revert is one \\ir of the released deploy file. A file v0.3.0 released that cannot run
    over its rework (a bare CREATE TRIGGER, a seed row without ON CONFLICT, a view its rework gave more columns, which
    CREATE OR REPLACE cannot drop, a right its rework granted) is preceded, in one transaction, by removing exactly
    that: DROP TRIGGER, DELETE, DROP VIEW and REVOKE lines, nothing that creates; then the released file's own BEGIN, which only warns inside that
    transaction, is silenced (SET LOCAL client_min_messages = error)."""
    for name, tags in reworks().items():
        lines = [
            line
            for line in (DB / "revert" / f"{name}.sql").read_text().splitlines()
            if line.strip() and not line.startswith("--")
        ]
        depth = "../" * (name.count("/") + 1)
        assert lines[-1:] == [f"\\ir {depth}deploy/{name}@{tags[-1]}.sql"], name
        head = lines[:-1]
        assert head == [] or (
            head[0] == "BEGIN;"
            and len(head) > 2
            and all(line.startswith(("DROP TRIGGER ", "DELETE FROM ", "DROP VIEW ", "REVOKE ")) for line in head[1:-1])
            and head[-1].startswith("SET LOCAL client_min_messages = error;")
        ), name


def test_every_routine_and_view_is_stated_whole() -> None:
    """CREATE OR REPLACE everywhere: a file restates its object, it never assumes what was there."""
    partial = [
        str(p.relative_to(DB))
        for p in (DB / "deploy").rglob("*.sql")
        if "@" not in p.name
        for m in ROUTINE_OR_VIEW.finditer(p.read_text())
        if not m.group(1)
    ]
    assert partial == []


SOURCE_DATA_FILES = {"source", "payload_tables", "team_aliases", "sportsbook_ids"}


def test_a_routine_lives_in_the_file_named_after_it() -> None:
    """schema/name.sql or schema/prefix/rest.sql (name = prefix_rest) defines schema.name;
    sources/<source>/<name>.sql defines raw_data.<source>_<name> (a parser or its helper)."""
    wrong = []
    for name in changes():
        # A view group (moneylines, spreads, totals) shares one change named for the group.
        if name.startswith("setup/") or name.endswith("/market_views"):
            continue
        text = (DB / "deploy" / f"{name}.sql").read_text()
        defined = re.findall(r"^CREATE (?:OR REPLACE )?(?:FUNCTION|PROCEDURE|TABLE|VIEW) (\w+)\.(\w+)", text, re.M)
        schema, *rest = name.split("/")
        expected = ("raw_data", "_".join(rest)) if schema == "sources" else (schema, "_".join(rest))
        if schema == "sources" and rest[-1] in SOURCE_DATA_FILES:
            if defined:  # rows of catalogues, never a routine or table
                wrong.append((name, defined))
        elif defined and expected not in defined:
            wrong.append((name, defined))
    assert wrong == []


def source_folders() -> list[Path]:
    return sorted(p for p in (DB / "deploy" / "sources").iterdir() if p.is_dir())


def test_a_source_is_one_folder() -> None:
    """Everything of a source is in db/{deploy,revert,verify,tests}/sources/<name>/: its catalogue row,
    payload tables, team aliases, book ids and one file per parser; no other file names its parsers."""
    assert [p.name for p in source_folders()] == sorted(
        {n.split("/")[1] for n in changes() if n.startswith("sources/")}
    )
    for folder in source_folders():
        assert (folder / "source.sql").is_file() and (folder / "payload_tables.sql").is_file(), folder.name
        for path in folder.glob("*.sql"):
            stem = path.stem.split("@")[0]  # a released file a rework keeps states the same object
            for schema, fn in re.findall(r"^CREATE (?:OR REPLACE )?FUNCTION (\w+)\.(\w+)", path.read_text(), re.M):
                assert (schema, fn) == ("raw_data", f"{folder.name}_{stem}"), (path, fn)
    elsewhere = [
        str(p.relative_to(DB))
        for p in (DB / "deploy").rglob("*.sql")
        if "sources" not in p.parts
        for folder in source_folders()
        if re.search(rf"raw_data\.{folder.name}_(games|lines|splits|books)\b", p.read_text())
    ]
    assert elsewhere == []


def test_raw_table_names_are_written_once() -> None:
    """The list of raw tables is raw_data.payload_tables, written by each source's payload_tables file;
    no other deploy file names them. (mlb_stats_api is also a source's name, so only its table references count.)"""
    tables = re.findall(
        r"PERFORM raw_data.create_payload_table\('(\w+)'\)",
        "".join(p.read_text() for p in (DB / "deploy" / "sources").glob("*/payload_tables.sql")),
    )
    assert len(tables) >= len(source_folders())
    offenders = [
        (str(p.relative_to(DB)), t)
        for p in (DB / "deploy").rglob("*.sql")
        if "sources" not in p.parts
        for t in tables
        if re.search(rf"raw_data\.{t}\b|'{t}'" if t != "mlb_stats_api" else rf"raw_data\.{t}\b", p.read_text())
    ]
    assert offenders == []


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)


def tag_commit(tag: str) -> str | None:
    """The commit that released a tag: the first one whose sqitch.plan has its line."""
    found = git("log", "--reverse", "--format=%H", f"-G^@{re.escape(tag)} ", "--", "sqitch.plan")
    return found.stdout.split()[0] if found.returncode == 0 and found.stdout.split() else None


def test_released_files_never_change() -> None:
    """What a tag released is what every database at that tag ran: the deploy, revert and verify
    files of the changes before each tag equal the releasing commit's (a change reworked after the
    tag keeps its released files as name@T, T the last tag before the rework). The releasing
    commit is the one that added the tag's line to sqitch.plan; a clone without it skips."""
    entries = plan_entries()
    if not any(kind == "tag" for kind, _ in entries):
        pytest.skip("no release tag in sqitch.plan yet")
    if git("rev-parse", "--git-dir").returncode != 0:
        pytest.skip("not a git checkout")
    changed = []
    for i, (kind, tag) in enumerate(entries):
        if kind != "tag":
            continue
        commit = tag_commit(tag)
        if commit is None:
            pytest.skip(f"the commit that released {tag} is not in this clone")
        released = {name for k, name in entries[:i] if k == "change"}
        for name in sorted(released):
            rework = next((j for j in range(i + 1, len(entries)) if entries[j] == ("change", name)), None)
            copy_tag = [n for k, n in entries[i:rework] if k == "tag"][-1] if rework is not None else None
            for kind_dir in ("deploy", "revert", "verify"):
                then = git("show", f"{commit}:db/{kind_dir}/{name}.sql")
                if then.returncode != 0:
                    continue
                now_name = f"{name}@{copy_tag}" if copy_tag else name
                now = DB / kind_dir / f"{now_name}.sql"
                if not now.is_file() or now.read_text() != then.stdout:
                    changed.append(f"{kind_dir}/{now_name}.sql")
    assert changed == []
