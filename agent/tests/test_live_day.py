"""The live day in 100 seconds (issue 28): the whole product on the real clock, scored against the scenario's truth
(bench/live_day.py, bench/scenarios/short.json; `make live-day` runs the 25-minute slate). The real `mlb-agent run`
polls a local source server, the real pg_cron drain promotes and refreshes, the real `mlb-agent watch` posts to a
local webhook, while the sources fail in every planted way. make test runs it on a throwaway cluster of its own
beside pgTAP (scripts/dev.sh, live_day_beside), and this test judges what it wrote."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from agent.tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import live_day


@pytest.fixture
def day(admin) -> dict[str, Any]:
    """The short scenario run once. Under make test it runs on a throwaway cluster of its own beside pgTAP
    (MLB_TEST_LIVE_DAY_DIR: its result.json, then its exit status); run alone, on this test database, whose
    today's slate is free."""
    beside = os.environ.get("MLB_TEST_LIVE_DAY_DIR")
    if beside:
        return ran_beside(Path(beside))
    jobs = admin.execute("SELECT count(*) AS n FROM cron.job WHERE jobname = 'mlb-pipeline-drain'").fetchone()
    if not jobs["n"]:
        pytest.skip("no pg_cron drain job in this database")
    result = live_day.run(ROOT / "bench" / "scenarios" / "short.json", None, quiet=True)
    admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
    return result


def ran_beside(folder: Path, timeout: float = 900) -> dict[str, Any]:
    """The result of the live day make test started beside pgTAP, once it has finished."""
    waited = time.monotonic()
    while not (folder / "status").exists():
        if time.monotonic() - waited > timeout:
            pytest.fail(f"the live day beside pgTAP has not finished in {timeout:g} s: {tail(folder / 'log')}")
        time.sleep(1)
    status = (folder / "status").read_text().strip()
    if status != "0":
        pytest.fail(f"the live day beside pgTAP exited {status}: {tail(folder / 'log')}")
    result: dict[str, Any] = json.loads((folder / "result.json").read_text())
    return result


def tail(log: Path) -> str:
    return log.read_text()[-3000:] if log.exists() else "(no log)"


def test_a_live_day_holds_what_bettors_see_to_the_truth(day):
    fresh, closes, signals, comp = day["freshness"], day["closes"], day["signals"], day["completeness"]
    # Every published price change reaches curated, within 5 s (p95) of the fetch that showed it.
    assert fresh["never_visible"] == [] and fresh["changes"] >= 40
    assert fresh["p95_seconds"] <= 5, fresh
    # Every close equals the price its source showed at the last fetch before first pitch, or is refused with a
    # reason where that quote is older than the window (the book that stopped quoting).
    assert closes["wrong"] == [], closes["wrong"]
    assert closes["refused_with_reason"] == 2 and closes["equal"] == closes["compared"] - 2
    # The planted steam and reverse line move are found, and nothing else of their kind; arbitrage at the close
    # fires where the true closes make one, and nowhere else.
    for kind in ("steam", "reverse_line_movement", "arbitrage"):
        assert (signals[kind]["precision"], signals[kind]["recall"]) == (1.0, 1.0), signals
    # Each alerted once, within 10 s of the fetch that showed it, naming the right first mover.
    assert [(a["event"], a["alerts"], a["first_mover_right"]) for a in day["alerts"]] == [
        ("steam", 1, True),
        ("reverse_line_movement", 1, True),
    ]
    assert all(a["latency_seconds"] is not None and a["latency_seconds"] <= 10 for a in day["alerts"]), day["alerts"]
    # Every source was served in its real format, and every request logged (each retry counted), every stated
    # element accounted for, runs completed.
    assert set(comp["requests_served"]) == {"odds_api", "action_network", "vsin", "sbd", "mlb_stats_api"}, comp
    assert comp["every_request_logged"], comp
    # Nothing good is quarantined: only the planted faults' payloads (an error status, a malformed body) are; never
    # a game, line or split (a doubleheader on VSIN's pages had been), nor a page of an empty board (VSIN's, once
    # every game has started, had been payload_unread).
    planted = {"payload:payload_http_error", "payload:payload_not_json"}
    # The SBD page dated a day off: its games are refused as not on the page's date, its splits with them, and no
    # game is made off the schedule (they had been, on tomorrow's date).
    misdated = {"game:game_not_on_page_date", "split:unmatched_game"}
    quarantined = comp["quarantined"]
    assert all(
        k in planted or (source == "sbd" and k in misdated) for source, rules in quarantined.items() for k in rules
    )
    assert quarantined.get("sbd", {}).get("game:game_not_on_page_date"), comp
    assert comp["games_off_schedule"] == [], comp
    assert comp["unaccounted"] == 0 and comp["elements"] > 0
    assert comp["pipeline_runs_completed_percent"] >= 99
    # The agent's memory does not grow over the day.
    assert day["resources"]["agent_rss_flat"], day["resources"]
