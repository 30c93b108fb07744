"""The database code's layout: every sqitch change has its deploy, revert, verify
and pgTAP file under the same name, and a routine's file is named after it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB = ROOT / "db"


def changes() -> list[str]:
    names = []
    for line in (ROOT / "sqitch.plan").read_text().splitlines():
        if line and not line.startswith(("%", "@", "#")):
            names.append(line.split()[0])
    return names


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
    for kind in ("deploy", "revert", "verify"):
        found = {str(p.relative_to(DB / kind))[:-4] for p in (DB / kind).rglob("*.sql")}
        # A reworked change keeps its old copy as name@tag.sql.
        assert {f for f in found if "@" not in f} == planned, kind


def test_a_routine_lives_in_the_file_named_after_it() -> None:
    """schema/name.sql or schema/prefix/rest.sql (name = prefix_rest) defines schema.name;
    sources/<source>.sql defines that source's parsers."""
    wrong = []
    for name in changes():
        # A view group (moneylines, spreads, totals) shares one change named for the group.
        if name.startswith(("setup/", "sources/")) or name.endswith("/market_views"):
            continue
        text = (DB / "deploy" / f"{name}.sql").read_text()
        defined = re.findall(r"^CREATE (?:OR REPLACE )?(?:FUNCTION|PROCEDURE|TABLE|VIEW) (\w+)\.(\w+)", text, re.M)
        schema, *rest = name.split("/")
        expected = "_".join(rest)
        if defined and (schema, expected) not in defined:
            wrong.append((name, defined))
    assert wrong == []


def test_a_source_file_defines_only_its_own_parsers() -> None:
    for path in (DB / "deploy" / "sources").glob("*.sql"):
        text = path.read_text()
        for schema, fn in re.findall(r"^CREATE (?:OR REPLACE )?FUNCTION (\w+)\.(\w+)", text, re.M):
            assert schema == "raw_data" and fn.startswith(path.stem.split("@")[0] + "_"), (path.name, fn)


def test_raw_table_names_are_written_once() -> None:
    """The list of raw tables is raw_data.payload_tables; no other deploy file names them.
    (mlb_stats_api is also a source's name, so only its table references count.)"""
    tables = re.findall(
        r"PERFORM raw_data.create_payload_table\('(\w+)'\)",
        "".join(p.read_text() for p in (DB / "deploy" / "sources").glob("*.sql")),
    )
    assert len(tables) == 8
    offenders = [
        (str(p.relative_to(DB)), t)
        for p in (DB / "deploy").rglob("*.sql")
        if "sources" not in p.parts
        for t in tables
        if re.search(rf"raw_data\.{t}\b|'{t}'" if t != "mlb_stats_api" else rf"raw_data\.{t}\b", p.read_text())
    ]
    assert offenders == []
