"""Runs unattended: races between promotion and the curated refresh lose nothing."""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any

import psycopg

from agent import cli
from agent.tests.conftest import replay_file

_pk = itertools.count(992000)


def test_a_change_made_during_a_refresh_is_not_lost(admin, tmp_path, fresh_day):
    """The refresh takes a date, a promotion changes that date before the refresh commits:
    the date stays dirty and is rebuilt again (the lost update of the adversarial review)."""
    pk = next(_pk)
    schedule = tmp_path / "schedule.json"
    schedule.write_text(
        json.dumps(
            {
                "dates": [
                    {
                        "date": fresh_day.isoformat(),
                        "games": [
                            {
                                "gamePk": pk,
                                "gameDate": f"{fresh_day.isoformat()}T17:05:00Z",
                                "gameNumber": 1,
                                "status": {"codedGameState": "S"},
                                "teams": {"home": {"team": {"id": 147}}, "away": {"team": {"id": 111}}},
                            }
                        ],
                    }
                ]
            }
        )
    )
    assert replay_file("mlb_stats_api", "schedule", fresh_day.isoformat(), schedule) == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
    touch = "UPDATE staging.games SET updated_at = clock_timestamp() WHERE game_pk = %s"
    admin.execute(touch, (pk,))  # the date is dirty
    dirty = "SELECT count(*) AS n FROM pipeline.dirty_dates WHERE game_date = %s"
    assert admin.execute(dirty, (fresh_day,)).fetchone()["n"] == 1

    promotion = psycopg.connect("")  # a promotion that has changed the date and not yet committed
    promotion.execute(touch, (pk,))
    done: dict[str, Any] = {}

    def refresh() -> None:
        with psycopg.connect("", autocommit=True) as conn:
            done["row"] = conn.execute("SELECT * FROM curated.drain_dirty_dates(NULL)").fetchone()

    worker = threading.Thread(target=refresh)
    worker.start()
    time.sleep(1.0)
    promotion.commit()
    promotion.close()
    worker.join(timeout=60)
    assert "row" in done, "the refresh did not finish"
    # The change committed during the refresh keeps its date on the list for the next one.
    assert admin.execute(dirty, (fresh_day,)).fetchone()["n"] == 1
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
    assert admin.execute(dirty, (fresh_day,)).fetchone()["n"] == 0
