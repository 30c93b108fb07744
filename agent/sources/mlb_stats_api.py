"""MLB Stats API: schedule with status, doubleheader numbers and linescores."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from agent.config import Settings
from agent.fetch import Request


def plan(settings: Settings, days: Sequence[date]) -> list[Request]:
    cfg = settings.sources.mlb_stats_api
    url = f"{cfg.base_url}/api/v1/schedule"
    first, last = min(days), max(days)
    if first == last:
        return [
            Request(
                "mlb_stats_api",
                "schedule",
                "mlb_stats_api",
                first.isoformat(),
                url,
                params={"sportId": 1, "date": first.isoformat(), "hydrate": "linescore"},
            )
        ]
    return [
        Request(
            "mlb_stats_api",
            "schedule",
            "mlb_stats_api",
            f"{first.isoformat()}..{last.isoformat()}",
            url,
            params={
                "sportId": 1,
                "startDate": first.isoformat(),
                "endDate": last.isoformat(),
                "hydrate": "linescore",
            },
        )
    ]
