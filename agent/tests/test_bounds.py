"""One response can neither kill nor hang the agent (issue 29): a body is streamed and cut at the size cap, a
request without a whole body by its deadline is stopped; each is logged as its own outcome with its reason, and
the source's other requests go on. Against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import resource
import time

from agent import collector
from agent.config import Settings

from .conftest import Reply

GIB = 2**30


def bounded_settings(monkeypatch, http_server, **env: str) -> Settings:
    for key, value in {
        "MLB_SOURCES__VSIN__BASE_URL": http_server.url,
        "MLB_SOURCES__VSIN__MIN_REQUEST_INTERVAL_SECONDS": "0",
        "MLB_SOURCES__VSIN__VIEWS": '["", "circa", "fanduel"]',
        "MLB_HTTP__MAX_RETRIES": "0",
        "MLB_HTTP__TIMEOUT_SECONDS": "5",
        "MLB_HTTP__MAX_BODY_BYTES": str(8 * 2**20),
        "MLB_HTTP__DEADLINE_SECONDS": "3",
        **env,
    }.items():
        monkeypatch.setenv(key, value)
    return Settings()


def logged(admin, day: str) -> list[tuple[str, str, str | None]]:
    rows = admin.execute(
        "SELECT request_key, outcome, error_text FROM raw_data.collection_log WHERE source = 'vsin' AND request_key LIKE %s "
        "ORDER BY id",
        (f"{day}:%",),
    ).fetchall()
    return [(r["request_key"], r["outcome"], r["error_text"]) for r in rows]


def serve(http_server, *replies: Reply) -> None:
    """The three VSIN views in turn: the bare page (DraftKings), then circa, then fanduel."""
    http_server.route("/mlb/betting-splits/", *replies)


PAGE = Reply(body=b"<html><table><tr><th>Team</th></tr></table></html>", content_type="text/html")


def test_a_body_claiming_10_gib_is_refused_unread_and_the_rest_go_on(admin, http_server, monkeypatch, fresh_day):
    settings = bounded_settings(monkeypatch, http_server)
    huge = Reply(content_type="text/html", stream=(b"\0" * 65536, 16, 0.0), claimed_length=10 * GIB)
    serve(http_server, huge, PAGE, PAGE)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    (report,) = collector.collect(settings, ["vsin"], [fresh_day])
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KiB: nothing near 10 GiB held
    day = fresh_day.isoformat()
    assert logged(admin, day) == [
        (f"{day}:draftkings", "too_large", f"Content-Length {10 * GIB} over the {8 * 2**20}-byte cap; not read"),
        (f"{day}:circa", "stored", None),
        (f"{day}:fanduel", "stored", None),
    ]
    assert report.outcomes == {"too_large": 1, "stored": 2}


def test_a_body_without_length_is_cut_at_the_cap_while_streaming(admin, http_server, monkeypatch, fresh_day):
    settings = bounded_settings(monkeypatch, http_server, MLB_SOURCES__VSIN__MAX_BODY_BYTES="1048576")
    endless = Reply(content_type="text/html", stream=(b"<td>x</td>" * 6554, 400, 0.0))  # 26 MB offered, no length
    serve(http_server, endless, PAGE, PAGE)
    collector.collect(settings, ["vsin"], [fresh_day])
    key, outcome, error = logged(admin, fresh_day.isoformat())[0]
    assert (key.endswith(":draftkings"), outcome) == (True, "too_large")
    assert error is not None and error.startswith(
        "body over the 1048576-byte cap: stopped after "
    )  # the source's own cap, not http's
    assert admin.execute("SELECT count(*) AS n FROM raw_data.vsin_data WHERE request_key = %s", (key,)).fetchone() == {
        "n": 0
    }, "nothing of a cut body is stored"


def test_a_body_trickling_one_byte_a_second_is_stopped_at_the_deadline(admin, http_server, monkeypatch, fresh_day):
    settings = bounded_settings(monkeypatch, http_server)
    trickle = Reply(content_type="text/html", stream=(b"<", 30, 1.0))  # would take 30 s; every read within the timeout
    serve(http_server, trickle, PAGE, PAGE)
    started = time.monotonic()
    (report,) = collector.collect(settings, ["vsin"], [fresh_day])
    took = time.monotonic() - started
    day = fresh_day.isoformat()
    rows = logged(admin, day)
    assert [r[:2] for r in rows] == [
        (f"{day}:draftkings", "deadline_exceeded"),
        (f"{day}:circa", "stored"),
        (f"{day}:fanduel", "stored"),
    ]
    assert rows[0][2] is not None and rows[0][2].startswith("no whole body within 3 s: stopped after ")
    assert took < 10, "the deadline (3 s) bounds the request, not the 30 s the server would take"
    assert report.outcomes == {"deadline_exceeded": 1, "stored": 2}


def test_the_bounds_count_against_the_sources_health(admin, http_server, monkeypatch, fresh_day):
    settings = bounded_settings(monkeypatch, http_server)
    huge = Reply(content_type="text/html", stream=(b"\0", 1, 0.0), claimed_length=10 * GIB)
    serve(http_server, huge)
    collector.collect(settings, ["vsin"], [fresh_day])
    failures = admin.execute(
        "SELECT outcome FROM pipeline.collection_failures WHERE source = 'vsin' AND request_key LIKE %s",
        (f"{fresh_day.isoformat()}:%",),
    ).fetchall()
    assert {r["outcome"] for r in failures} == {"too_large"}
