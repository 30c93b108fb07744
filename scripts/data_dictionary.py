#!/usr/bin/env python3
"""Writes docs/data-dictionary.md from the COMMENTs in the database (make docs)."""

from __future__ import annotations

from pathlib import Path

import psycopg

OUT = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"
SCHEMAS = ("raw_data", "staging", "curated", "pipeline")

RELATIONS = """
SELECT n.nspname AS schema, c.relname AS name, c.oid,
       CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind,
       obj_description(c.oid, 'pg_class') AS comment
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p', 'v', 'm')
   AND NOT c.relispartition  -- a season's partition repeats its table (staging.betting_line_rows)
 ORDER BY array_position(%s, n.nspname::text), c.relname
"""
COLUMNS = """
SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, col_description(a.attrelid, a.attnum) AS comment
  FROM pg_attribute a WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
"""
FUNCTIONS = """
SELECT p.oid::regprocedure::text AS signature, obj_description(p.oid, 'pg_proc') AS comment
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = ANY(%s) ORDER BY array_position(%s, n.nspname::text), p.proname
"""


def cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def main() -> None:
    schemas = list(SCHEMAS)
    lines = ["# Data dictionary", "", "Generated from the database's COMMENTs by `make docs`; do not edit by hand.", ""]
    with psycopg.connect("") as conn, conn.cursor() as cur:
        for schema in schemas:
            cur.execute("SELECT obj_description(%s::regnamespace, 'pg_namespace')", (schema,))
            row = cur.fetchone()
            lines += [f"## Schema `{schema}`", "", cell(row[0] if row else ""), ""]
            cur.execute(RELATIONS, ([schema], schemas))
            for _, name, oid, kind, comment in cur.fetchall():
                lines += [f"### `{schema}.{name}` ({kind})", "", cell(comment), "", "| column | type | meaning |",
                          "|---|---|---|"]
                with conn.cursor() as cols:
                    cols.execute(COLUMNS, (oid,))
                    lines += [f"| `{c}` | {t} | {cell(d)} |" for c, t, d in cols.fetchall()]
                lines.append("")
        lines += ["## Functions", "", "| function | what it does |", "|---|---|"]
        cur.execute(FUNCTIONS, (schemas, schemas))
        lines += [f"| `{sig}` | {cell(d)} |" for sig, d in cur.fetchall()]
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
