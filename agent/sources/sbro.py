"""SportsbookReviewsOnline season spreadsheets: every sheet's cells verbatim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from agent.fetch import Request, Result

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _cell(value: Any) -> Any:
    """JSON-safe, without changing what the cell says."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def render(path: Path) -> dict[str, Any]:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in workbook.worksheets:
            rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            # Trailing all-empty rows carry nothing; the cells of other rows stay as they are.
            while rows and all(v is None for v in rows[-1]):
                rows.pop()
            sheets.append({"name": sheet.title, "rows": rows})
    finally:
        workbook.close()
    return {"format": "xlsx-cells-v1", "file": path.name, "sheets": sheets}


def import_result(path: Path) -> tuple[Result, dict[str, Any]]:
    """A season file as a collection result (the file's bytes, hashed as they are) and its cells."""
    started = dt.datetime.now(dt.UTC)
    body = path.read_bytes()
    rendered = render(path)
    request = Request("sbro", "season_file", "sbro_odds", path.name, f"file://{path.name}")
    return Result(request, started, dt.datetime.now(dt.UTC), body=body, headers={"content-type": XLSX}), rendered
