"""SportsBettingDime: current betting splits and odds per book (no date parameter)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import Field

from agent.config import SourceSettings
from agent.fetch import Request


class Config(SourceSettings):
    """[sources.sbd]"""

    base_url: str = "https://srfeeds.sportsbettingdime.com"
    books: list[str] = Field(
        default_factory=lambda: ["betmgm", "bet365", "fanatics", "draftkings", "caesars", "fanduel"]
    )


def plan(cfg: Config, days: Sequence[date]) -> list[Request]:
    # The feed only serves the current slate; the key is the day it was asked on.
    today = max(days)
    return [
        Request(
            "sbd",
            "betting_splits",
            "sbd_betting_splits",
            today.isoformat(),
            f"{cfg.base_url}/v2/matchups/mlb/betting-splits",
            params={"books": ",".join(cfg.books)},
            headers={"Accept": "application/json"},
        )
    ]
