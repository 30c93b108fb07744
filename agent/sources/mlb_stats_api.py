"""MLB Stats API: schedule with status, doubleheader numbers and linescores."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from pydantic import Field

from agent.config import SourceSettings
from agent.fetch import Request

# A range of days is one request (startDate, endDate): collect --start/--end asks once.
TAKES_RANGES = True


class Config(SourceSettings):
    """[sources.mlb_stats_api]"""

    base_url: str = "https://statsapi.mlb.com"
    interval_minutes: int = 30
    # Finals arrive after the day: re-collect this many past days each run.
    recollect_days: int = Field(2, ge=0, le=14)


def days(cfg: Config, today: date) -> list[date]:
    """The schedule is collected again for past days, so finals arrive."""
    return [today - timedelta(days=n) for n in range(cfg.recollect_days, -1, -1)]


def plan(cfg: Config, days: Sequence[date]) -> list[Request]:
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
