"""mlb-agent export: a view or table to CSV, Parquet or JSON, streamed (never the whole relation in memory).

CSV goes through COPY ... TO STDOUT (every digit as PostgreSQL writes it); JSON and
Parquet through a server-side cursor, a batch at a time.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import psycopg
from psycopg import sql

from agent import db, jsonout

FORMATS = ("csv", "parquet", "json")
SCHEMAS = ("curated", "staging", "pipeline", "raw_data")
BATCH_ROWS = 20_000


@dataclass(frozen=True)
class Filters:
    day: date | None = None
    start: date | None = None
    end: date | None = None
    season: int | None = None
    game: int | None = None


def relation(conn: db.Connection, name: str) -> tuple[str, str, list[str]]:
    """Schema, name and columns of a readable view or table; ValueError saying what exists otherwise."""
    schema, _, rel = name.rpartition(".")
    row = conn.execute(
        """SELECT n.nspname AS schema, c.relname AS name,
                  array(SELECT attname::text FROM pg_attribute WHERE attrelid = c.oid AND attnum > 0
                         AND NOT attisdropped ORDER BY attnum) AS columns,
                  has_table_privilege(c.oid, 'SELECT') AS readable
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname = %s AND n.nspname = ANY(%s) AND c.relkind IN ('r', 'v', 'm', 'p')""",
        (rel, [schema] if schema else list(SCHEMAS)),
    ).fetchall()
    if not row or (schema and schema not in SCHEMAS):
        raise ValueError(f"no view or table {name!r} in {', '.join(SCHEMAS)} (e.g. curated.game_board)")
    if len(row) > 1:
        raise ValueError(f"{name!r} is in several schemas: name one, e.g. {row[0]['schema']}.{rel}")
    if not row[0]["readable"]:
        # Refused like any SELECT the role may not run (exit 4), before a file is created.
        raise psycopg.errors.InsufficientPrivilege(f"permission denied for {row[0]['schema']}.{rel}")
    return row[0]["schema"], row[0]["name"], list(row[0]["columns"])


def query(conn: db.Connection, name: str, filters: Filters) -> sql.Composed:
    schema, rel, columns = relation(conn, name)
    where: list[sql.Composable] = []

    def need(column: str, option: str) -> None:
        if column not in columns:
            raise ValueError(f"{schema}.{rel} has no {column} column, so {option} does not apply")

    if filters.day or filters.start or filters.end:
        need("game_date", "--date/--start/--end")
        first, last = (filters.day, filters.day) if filters.day else (filters.start, filters.end)
        if first:
            where.append(sql.SQL("game_date >= {}").format(sql.Literal(first)))
        if last:
            where.append(sql.SQL("game_date <= {}").format(sql.Literal(last)))
    if filters.season:
        if "season" in columns:
            where.append(sql.SQL("season = {}").format(sql.Literal(filters.season)))
        else:
            need("game_date", "--season")
            where.append(
                sql.SQL("game_date BETWEEN {} AND {}").format(
                    sql.Literal(date(filters.season, 1, 1)), sql.Literal(date(filters.season, 12, 31))
                )
            )
    if filters.game is not None:
        need("game_id", "--game")
        where.append(sql.SQL("game_id = {}").format(sql.Literal(filters.game)))
    text = sql.SQL("SELECT * FROM {}.{}").format(sql.Identifier(schema), sql.Identifier(rel))
    if where:
        text = sql.SQL("{} WHERE {}").format(text, sql.SQL(" AND ").join(where))
    return text


def export(conn: db.Connection, name: str, filters: Filters, fmt: str, out: Path | None) -> int:
    """Write the rows to out (None: standard output for csv and json); returns the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ValueError("parquet needs a file: -o FILE.parquet")
    select = query(conn, name, filters)
    if fmt == "parquet":
        assert out is not None
        return _parquet(conn, select, out)
    with _open(out) as handle:
        return _csv(conn, select, handle) if fmt == "csv" else _json(conn, select, handle)


@contextmanager
def _open(out: Path | None) -> Iterator[IO[bytes]]:
    if out is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with out.open("wb") as handle:
            yield handle


BOOL_OID = 16


def _csv(conn: db.Connection, select: sql.Composed, handle: IO[bytes]) -> int:
    with conn.cursor() as cur:
        # Booleans as true/false, which spreadsheets and pandas read (COPY writes PostgreSQL's t/f).
        cur.execute(sql.SQL("SELECT * FROM ({}) q LIMIT 0").format(select))
        columns = [
            sql.SQL("CASE q.{0} WHEN true THEN 'true' WHEN false THEN 'false' END AS {0}").format(
                sql.Identifier(d.name)
            )
            if d.type_code == BOOL_OID
            else sql.SQL("q.{}").format(sql.Identifier(d.name))
            for d in cur.description or []
        ]
        select = sql.SQL("SELECT {} FROM ({}) q").format(sql.SQL(", ").join(columns), select)
        with cur.copy(sql.SQL("COPY ({}) TO STDOUT WITH (FORMAT csv, HEADER)").format(select)) as copy:
            for block in copy:
                handle.write(block)
        return max(cur.rowcount, 0)


def _batches(conn: db.Connection, select: sql.Composed) -> Iterator[tuple[list[Any], list[dict[str, Any]]]]:
    """(cursor description, rows) a batch at a time from a server-side cursor."""
    with conn.transaction(), conn.cursor(name="mlb_export") as cur:
        cur.itersize = BATCH_ROWS
        cur.execute(select)
        while rows := cur.fetchmany(BATCH_ROWS):
            yield list(cur.description or []), rows
        if cur.description is not None and cur.rownumber == 0:
            yield list(cur.description), []


def _json(conn: db.Connection, select: sql.Composed, handle: IO[bytes]) -> int:
    count = 0
    handle.write(b"[")
    for _desc, rows in _batches(conn, select):
        for row in rows:
            handle.write((",\n" if count else "\n").encode() + json.dumps(jsonout.plain(row)).encode())
            count += 1
    handle.write(b"\n]\n")
    return count


def _arrow_type(column: Any) -> Any:
    import pyarrow as pa

    oid = column.type_code
    simple = {
        16: pa.bool_(),
        20: pa.int64(),
        21: pa.int16(),
        23: pa.int32(),
        700: pa.float32(),
        701: pa.float64(),
        1082: pa.date32(),
        1114: pa.timestamp("us"),
        1184: pa.timestamp("us", tz="UTC"),
    }
    if oid in simple:
        return simple[oid]
    if oid == 1700:  # numeric: its declared precision exactly, else a double (CSV keeps every digit)
        return pa.decimal128(column.precision, column.scale) if column.precision else pa.float64()
    if oid in (1005, 1007, 1016):  # int2[], int4[], int8[]
        return pa.list_(pa.int64())
    return pa.string()


def _arrow_value(value: Any, kind: Any) -> Any:
    import pyarrow as pa

    if value is None:
        return None
    if pa.types.is_string(kind) and not isinstance(value, str):
        return json.dumps(jsonout.plain(value)) if isinstance(value, dict | list) else str(value)
    if pa.types.is_floating(kind):
        return float(value)
    return value


def _parquet(conn: db.Connection, select: sql.Composed, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: pq.ParquetWriter | None = None
    count = 0
    try:
        for desc, rows in _batches(conn, select):
            if writer is None:
                schema = pa.schema([(c.name, _arrow_type(c)) for c in desc])
                writer = pq.ParquetWriter(out, schema)
            columns = {f.name: pa.array([_arrow_value(r[f.name], f.type) for r in rows], type=f.type) for f in schema}
            writer.write_table(pa.table(columns, schema=schema))
            count += len(rows)
    finally:
        if writer is not None:
            writer.close()
    return count
