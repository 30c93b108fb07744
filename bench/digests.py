#!/usr/bin/env python3
"""Table digests of staging and curated after a known load, to prove that a
change to the database code leaves every derived row as it was.

    make digests             # compute, print, and compare with bench/digests.json
    make digests ARGS=--write  # record the current code's digests as the reference

Scenarios (each on a freshly deployed database of a throwaway cluster):
  sample  the bundled sample day, replayed and promoted
  sbro    both shared real SBRO seasons (skipped when ../shared is absent)
  tenth   a tenth of the benchmark season (243 games), promoted 200 raw rows a batch
  tenth-workers  the same tenth promoted by two promotion workers (staging.promote_partition) and curated by
          two refresh workers (curated.drain_dirty_dates by partition): its digests must be the one-lane
          tenth's, so bench/digests.json holds the same values under both names

A digest is the row count and the md5 of the sorted text of every row, over
every column except run ids, clock times and the surrogate ids that only count
inserts (line, split, validation and metric ids); counts kept per run (data quality
metrics) are summed over runs, since how a load is cut into runs is not what it says. Before digesting,
every raw row of the load must be accounted for (pipeline.raw_row_accounting: no element unaccounted, every
refused element with its reason), or the scenario fails."""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "bench" / "digests.json"
SBRO_DIR = ROOT.parent / "shared" / "fixtures" / "real" / "sbro"
# Columns whose values depend on when or in which order rows were written, not on what they say.
VOLATILE = (
    "pipeline_run_id",
    "created_at",
    "updated_at",
    "inserted_at",
    "line_id",
    "close_line_id",
    "open_line_id",  # staging.line_summaries: its picks are compared through curated.betting_lines_enhanced
    "latest_line_id",
    "split_id",
    "status_fetched_at",  # an SBRO import is fetched when it is imported
    "raw_fetched_at",  # likewise; the lineage is compared by raw_table and raw_id
    "changed_at",  # when a catalogue change was applied
    "change_id",
)

# Tables of counts per promotion run: how a load is cut into runs (one lane or several workers, batch sizes) is not
# what it says, so they are compared summed over runs.
PER_RUN = {
    "staging.data_quality_metrics": "SELECT source, table_name, sum(rows_read), sum(rows_promoted), sum(rows_warned), "
    "sum(rows_rejected) FROM staging.data_quality_metrics GROUP BY source, table_name",
}

COLUMNS_SQL = """
SELECT n.nspname || '.' || c.relname AS rel,
       string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS cols
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname IN ('staging', 'curated')
   -- staging.betting_lines is read as the view it became (issue 14), not as its narrow table
   AND (c.relkind IN ('r', 'p') OR (n.nspname, c.relname) = ('staging', 'betting_lines'))
   AND (n.nspname, c.relname) <> ('staging', 'betting_line_rows') AND NOT c.relispartition  -- its seasons' partitions
   AND NOT (a.attname = ANY (%s))
   AND NOT (a.attidentity <> '' AND c.relname IN ('validation_results', 'data_quality_metrics', 'betting_lines',
                                                   'betting_splits', 'retention_log'))
 GROUP BY 1 ORDER BY 1
"""


def digests(conn: psycopg.Connection[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for rel, cols in conn.execute(COLUMNS_SQL, (list(VOLATILE),)).fetchall():
        relation = PER_RUN.get(rel, f"SELECT {cols} FROM {rel}")
        row = conn.execute(
            f"SELECT count(*), md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM ({relation}) r"
        ).fetchone()
        assert row is not None
        out[rel] = [row[0], row[1]]
    return out


def agent(*argv: str) -> None:
    subprocess.run([sys.executable, "-m", "agent.cli", *argv], check=True, capture_output=True, cwd=ROOT)


def promote_and_curate(conn: psycopg.Connection[Any], batch: int, workers: int = 1) -> None:
    conn.execute(
        "UPDATE pipeline.settings SET value = %s WHERE key = 'pipeline.promotion_workers'", (json.dumps(workers),)
    )
    bench.promote_all(conn, workers, batch)
    bench.curate_all(conn, workers)


def load(scenario: str, conn: psycopg.Connection[Any]) -> bool:
    """Store the scenario's raw rows; False when its data is not on this machine."""
    if scenario == "sample":
        agent("replay", str(ROOT / "sample"))
    elif scenario == "sbro":
        files = sorted(SBRO_DIR.glob("*.xlsx")) if SBRO_DIR.is_dir() else []
        if not files:
            return False
        agent("import-sbro", *map(str, files))
    elif scenario in ("tenth", "tenth-workers"):
        games = bench.schedule(243, seed=2024)
        rng = random.Random(7)
        conn.execute(
            "SELECT raw_data.record_attempt('action_network', 'books', 'action_network_books', 'books', "
            "'2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', p_http_status => 200, p_body => %s)",
            (json.dumps({"books": bench.CATALOGUE}),),
        )
        for day in sorted({g["day"] for g in games}):
            bench.store_day(conn, day, [g for g in games if g["day"] == day], 50, rng)
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario", choices=("sample", "sbro", "tenth", "tenth-workers"))
    ap.add_argument("--out", type=Path, required=True, help="JSON file to add this scenario's digests to")
    args = ap.parse_args()
    with psycopg.connect("", autocommit=True) as conn:
        conn.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
        if not load(args.scenario, conn):
            print(f"{args.scenario}: no data on this machine, skipped")
            return
        promote_and_curate(conn, 200, 2 if args.scenario == "tenth-workers" else 1)
        # Every raw row of the load accounted for (pipeline.raw_row_accounting): nothing unaccounted, every
        # refused element with its reason.
        faults = conn.execute(
            "SELECT count(*) FROM pipeline.raw_row_accounting WHERE state <> 'accounted' OR unaccounted > 0 "
            "OR refused <> reasons"
        ).fetchone()
        elements = conn.execute("SELECT coalesce(sum(elements), 0) FROM pipeline.raw_row_accounting").fetchone()
        assert faults is not None and elements is not None
        print(f"{args.scenario}: {elements[0]} elements accounted for, {faults[0]} raw rows with a fault")
        if faults[0]:
            sys.exit(f"{args.scenario}: raw rows not accounted for (SELECT * FROM pipeline.raw_row_accounting)")
        result = digests(conn)
    found = json.loads(args.out.read_text()) if args.out.exists() else {}
    found[args.scenario] = result
    args.out.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
    print(f"{args.scenario}: {len(result)} tables digested")


if __name__ == "__main__":
    main()
