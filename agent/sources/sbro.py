"""SportsbookReviewsOnline season spreadsheets: every sheet's cells verbatim."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

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
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError) as exc:
        raise ValueError(f"{path.name} is not an .xlsx spreadsheet ({exc})") from None
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


# A year standing alone in a file name: no digit on either side (the 2024 of "20240105 mlb odds 2015" is not).
_YEAR = re.compile(r"(?<![0-9])((?:18|19|20)[0-9]{2})(?![0-9])")


def request_key(path: Path, season: int | None = None) -> str:
    """The request key of an import: the file name, led by the season when it is given (the database reads
    the season the same way: raw_data.sbro_season). Without a season the name must hold exactly one year."""
    if season is not None:
        if not 1876 <= season <= 2100:
            raise ValueError(f"--season {season} is not a baseball season")
        return f"{season}:{path.name}"
    years = _YEAR.findall(path.stem)
    if len(years) != 1:
        found = "no year" if not years else "the years " + ", ".join(years)
        raise ValueError(f"{path.name}: {found} in the file name; pass --season YEAR to say which season it is")
    return path.name


def import_result(path: Path, season: int | None = None) -> tuple[Result, dict[str, Any]]:
    """A season file as a collection result (the file's bytes, hashed as they are) and its cells."""
    key = request_key(path, season)
    started = dt.datetime.now(dt.UTC)
    body = path.read_bytes()
    rendered = render(path)
    request = Request("sbro", "season_file", "sbro_odds", key, f"file://{path.name}")
    return Result(request, started, dt.datetime.now(dt.UTC), body=body, headers={"content-type": XLSX}), rendered
