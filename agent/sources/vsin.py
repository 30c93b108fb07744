"""VSIN: betting split pages per book view, stored as HTML plus a lossless
JSON rendering of every table (no interpretation of what the cells mean)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html.parser import HTMLParser
from typing import Any

from pydantic import Field

from agent.config import SourceSettings
from agent.fetch import Request


class Config(SourceSettings):
    """[sources.vsin]"""

    base_url: str = "https://data.vsin.com"
    # "" is the bare page (DraftKings).
    views: list[str] = Field(default_factory=lambda: ["", "circa", "fanduel", "mgm", "caesars"])


def plan(cfg: Config, days: Sequence[date]) -> list[Request]:
    today = max(days).isoformat()
    return [
        Request(
            "vsin",
            "betting_splits",
            "vsin_data",
            f"{today}:{view or 'draftkings'}",
            f"{cfg.base_url}/mlb/betting-splits/",
            params={"view": view} if view else {},
            headers={"Accept": "text/html"},
        )
        for view in cfg.views
    ]


class _Tables(HTMLParser):
    """Collects every table's rows and cells; a cell is the list of its text
    pieces in document order, so line breaks inside a cell survive. Each row's
    own attributes (class, data-gamecode) are kept in row_attrs, beside rows:
    the newer layout pairs a game's two team rows by data-gamecode."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict[str, Any]] = []
        self._stack: list[dict[str, Any]] = []
        self._row: list[dict[str, Any]] | None = None
        self._cell: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            table: dict[str, Any] = {"attrs": dict(attrs), "rows": [], "row_attrs": []}
            self._stack.append(table)
        elif tag == "tr" and self._stack:
            self._row = []
            self._stack[-1]["rows"].append(self._row)
            self._stack[-1]["row_attrs"].append(dict(attrs))
        elif tag in ("td", "th") and self._row is not None:
            self._cell = {"tag": tag, "attrs": dict(attrs), "texts": [], "links": []}
            self._row.append(self._cell)
        elif tag == "a" and self._cell is not None:
            href = dict(attrs).get("href")
            if href:
                self._cell["links"].append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._stack:
            self.tables.append(self._stack.pop())
            self._row = self._cell = None
        elif tag in ("td", "th"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None and data.strip():
            self._cell["texts"].append(data.strip())


def render(body: bytes) -> dict[str, Any]:
    parser = _Tables()
    parser.feed(body.decode("utf-8", errors="replace"))
    parser.close()
    return {"format": "html-tables-v2", "tables": parser.tables}
