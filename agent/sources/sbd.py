"""SportsBettingDime: current betting splits and odds per book (no date parameter)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from agent.config import Settings
from agent.fetch import Request


def plan(settings: Settings, days: Sequence[date]) -> list[Request]:
    cfg = settings.sources.sbd
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
