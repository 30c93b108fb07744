"""Collectors against a real HTTP server on 127.0.0.1 and the real test database."""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, quote_plus

import psycopg
import pytest

from agent import cli, collector
from agent.config import Settings
from agent.tests.conftest import ROOT, SAMPLE, Reply, Server

SECRET = "SECRET-KEY-123"
AN_GAME_IDS = [258101 + n for n in range(15)]


def sample_body(source: str, endpoint: str, key: str = "") -> bytes:
    metas = sorted((SAMPLE / source).glob(f"*_{endpoint}_{key}*.meta.json"))
    meta = json.loads(metas[0].read_text())
    return (SAMPLE / source / meta["body_file"]).read_bytes()


def serve_sample(server: Server) -> dict[str, bytes]:
    bodies = {
        "/web/v1/books": sample_body("action_network", "books"),
        "/web/v2/scoreboard/publicbetting/mlb": sample_body("action_network", "scoreboard"),
        "/v2/matchups/mlb/betting-splits": sample_body("sbd", "betting_splits"),
        "/mlb/betting-splits/": sample_body("vsin", "betting_splits"),
        "/api/v1/schedule": sample_body("mlb_stats_api", "schedule"),
        "/v4/sports/baseball_mlb/odds": sample_body("odds_api", "odds"),
    }
    for game_id in AN_GAME_IDS:
        bodies[f"/web/v2/markets/event/{game_id}/history"] = sample_body("action_network", "history", str(game_id))
    for path, body in bodies.items():
        ctype = "text/html; charset=UTF-8" if path == "/mlb/betting-splits/" else "application/json"
        headers = (
            {"x-requests-remaining": "480", "x-requests-used": "20", "x-requests-last": "3"}
            if path.startswith("/v4/")
            else {}
        )
        server.route(path, Reply(200, body, ctype, headers))
    return bodies


@pytest.fixture
def settings(db_env, http_server, monkeypatch) -> Settings:
    for source in collector.SOURCE_NAMES:
        monkeypatch.setenv(f"MLB_SOURCES__{source.upper()}__BASE_URL", http_server.url)
        monkeypatch.setenv(f"MLB_SOURCES__{source.upper()}__MIN_REQUEST_INTERVAL_SECONDS", "0")
    monkeypatch.setenv("MLB_HTTP__BACKOFF_BASE_SECONDS", "0.01")
    monkeypatch.setenv("MLB_HTTP__BACKOFF_MAX_SECONDS", "2")
    monkeypatch.setenv("MLB_HTTP__TIMEOUT_SECONDS", "1")
    monkeypatch.setenv("MLB_HTTP__MAX_RETRIES", "2")
    monkeypatch.setenv("ODDS_API_KEY", SECRET)
    return Settings()


def log_rows(admin, source: str, key: str) -> list[dict]:
    return admin.execute(
        "SELECT * FROM raw_data.collection_log WHERE source = %s AND request_key = %s ORDER BY id",
        (source, key),
    ).fetchall()


def raw_row(admin, table: str, raw_id: int) -> dict:
    row = admin.execute(f"SELECT * FROM raw_data.{table} WHERE id = %s", (raw_id,)).fetchone()
    assert row is not None
    return row


def test_every_source_stores_the_exact_body_and_a_log_row(settings, http_server, admin, fresh_day):
    bodies = serve_sample(http_server)
    reports = collector.collect(settings, collector.SOURCE_NAMES, [fresh_day])
    assert all(r.ok for r in reports), reports
    key = fresh_day.isoformat()
    checks = [
        ("action_network", key, "/web/v2/scoreboard/publicbetting/mlb", "action_network_games"),
        ("sbd", key, "/v2/matchups/mlb/betting-splits", "sbd_betting_splits"),
        ("mlb_stats_api", key, "/api/v1/schedule", "mlb_stats_api"),
        ("odds_api", key, "/v4/sports/baseball_mlb/odds", "odds_api_responses"),
    ]
    for source, request_key, path, table in checks:
        (log,) = log_rows(admin, source, request_key)
        assert log["outcome"] == "stored"
        assert log["http_status"] == 200
        assert log["raw_table"] == table
        row = raw_row(admin, table, log["raw_id"])
        assert row["body_sha256"] == hashlib.sha256(bodies[path]).hexdigest()
        assert row["payload"] == json.loads(bodies[path])
        assert row["body_bytes"] == len(bodies[path])
        assert row["collection_log_id"] == log["id"]
    # Every scoreboard game got its history fetched and logged.
    histories = admin.execute(
        "SELECT count(*) AS n FROM raw_data.collection_log WHERE endpoint = 'history' "
        "AND request_key = ANY(%s) AND outcome IN ('stored', 'unchanged') AND started_at > now() - interval '1 minute'",
        ([str(g) for g in AN_GAME_IDS],),
    ).fetchone()
    assert histories["n"] >= 15
    # VSIN: the HTML verbatim, plus the rendering of its table.
    (vsin_log,) = log_rows(admin, "vsin", f"{key}:circa")
    vsin = raw_row(admin, "vsin_data", vsin_log["raw_id"])
    assert vsin["body_text"] == bodies["/mlb/betting-splits/"].decode()
    assert vsin["payload"]["format"] == "html-tables-v2"
    assert len(vsin["payload"]["tables"][0]["rows"]) == 15  # header + 14 games
    # The Odds API quota headers are recorded.
    (odds_log,) = log_rows(admin, "odds_api", key)
    assert (odds_log["quota_remaining"], odds_log["quota_used"], odds_log["quota_last_cost"]) == (
        480,
        20,
        3,
    )


def test_action_network_gets_browser_headers(settings, http_server, db_env, fresh_day):
    serve_sample(http_server)
    collector.collect(settings, ["action_network"], [fresh_day])
    path, headers = next(r for r in http_server.requests if r[0].startswith("/web/v2/scoreboard"))
    assert headers["Referer"] == "https://www.actionnetwork.com/"
    assert headers["Origin"] == "https://www.actionnetwork.com"
    assert "Mozilla" in headers["User-Agent"]
    assert f"date={fresh_day.strftime('%Y%m%d')}" in path
    assert "bookIds=15%2C30" in path or "bookIds=15,30" in path


def test_same_body_again_is_unchanged_not_stored(settings, http_server, admin, fresh_day):
    serve_sample(http_server)
    collector.collect(settings, ["sbd"], [fresh_day])
    collector.collect(settings, ["sbd"], [fresh_day])
    first, second = log_rows(admin, "sbd", fresh_day.isoformat())
    assert (first["outcome"], second["outcome"]) == ("stored", "unchanged")
    assert second["raw_id"] == first["raw_id"]
    count = admin.execute(
        "SELECT count(*) AS n FROM raw_data.sbd_betting_splits WHERE request_key = %s",
        (fresh_day.isoformat(),),
    ).fetchone()
    assert count["n"] == 1


def test_changed_body_is_stored_again(settings, http_server, admin, fresh_day):
    http_server.route("/v2/matchups/mlb/betting-splits", Reply(200, b'{"games": []}'))
    collector.collect(settings, ["sbd"], [fresh_day])
    http_server.route("/v2/matchups/mlb/betting-splits", Reply(200, b'{"games": [], "group": "x"}'))
    collector.collect(settings, ["sbd"], [fresh_day])
    assert [r["outcome"] for r in log_rows(admin, "sbd", fresh_day.isoformat())] == [
        "stored",
        "stored",
    ]


def test_429_with_retry_after_is_honoured(settings, http_server, admin, fresh_day):
    http_server.route(
        "/v2/matchups/mlb/betting-splits",
        Reply(429, b"slow down", "text/plain", {"Retry-After": "1"}),
        Reply(200, b'{"games": []}'),
    )
    started = time.monotonic()
    collector.collect(settings, ["sbd"], [fresh_day])
    elapsed = time.monotonic() - started
    (log,) = log_rows(admin, "sbd", fresh_day.isoformat())
    assert log["outcome"] == "stored"
    assert log["retry_count"] == 1
    assert elapsed >= 0.95  # waited as told, not the 0.01 s backoff


def test_500_then_success(settings, http_server, admin, fresh_day):
    http_server.route(
        "/api/v1/schedule",
        Reply(500, b"oops", "text/plain"),
        Reply(502, b"bad gateway", "text/plain"),
        Reply(200, b'{"dates": []}'),
    )
    collector.collect(settings, ["mlb_stats_api"], [fresh_day])
    (log,) = log_rows(admin, "mlb_stats_api", fresh_day.isoformat())
    assert (log["outcome"], log["retry_count"], log["http_status"]) == ("stored", 2, 200)


def test_timeout_is_logged_after_retries(settings, http_server, admin, fresh_day):
    http_server.route("/api/v1/schedule", Reply(200, b'{"dates": []}', delay=1.6))
    collector.collect(settings, ["mlb_stats_api"], [fresh_day])
    (log,) = log_rows(admin, "mlb_stats_api", fresh_day.isoformat())
    assert log["outcome"] == "timeout"
    assert log["retry_count"] == 2
    assert log["raw_id"] is None
    assert "timed out" in log["error_text"]


def test_invalid_json_is_kept_as_text(settings, http_server, admin, fresh_day):
    truncated = b'{"games": [{"_id": "20250614.01-MLB-TB@BAL", "home": {"code": "BA'
    http_server.route("/v2/matchups/mlb/betting-splits", Reply(200, truncated))
    collector.collect(settings, ["sbd"], [fresh_day])
    (log,) = log_rows(admin, "sbd", fresh_day.isoformat())
    assert log["outcome"] == "invalid_payload"
    row = raw_row(admin, "sbd_betting_splits", log["raw_id"])
    assert row["payload"] is None
    assert row["body_text"] == truncated.decode()
    assert row["body_sha256"] == hashlib.sha256(truncated).hexdigest()


def test_html_error_page_is_kept_with_http_error(settings, http_server, admin, fresh_day):
    page = b"<html><body><h1>503 Service Unavailable</h1></body></html>"
    http_server.route("/api/v1/schedule", Reply(503, page, "text/html"))
    collector.collect(settings, ["mlb_stats_api"], [fresh_day])
    (log,) = log_rows(admin, "mlb_stats_api", fresh_day.isoformat())
    assert (log["outcome"], log["http_status"], log["retry_count"]) == ("http_error", 503, 2)
    assert raw_row(admin, "mlb_stats_api", log["raw_id"])["body_text"] == page.decode()


def test_api_key_is_never_stored(settings, http_server, admin, fresh_day, tmp_path: Path):
    serve_sample(http_server)
    collector.collect(settings, ["odds_api"], [fresh_day], save_dir=tmp_path)
    # The key was sent ...
    assert any(SECRET in path for path, _ in http_server.requests)
    # ... and appears nowhere in the database or the saved files.
    tables = [
        r["relname"]
        for r in admin.execute(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'raw_data'::regnamespace AND c.relkind = 'r'"
        ).fetchall()
    ]
    for table in tables:
        hit = admin.execute(
            f"SELECT count(*) AS n FROM raw_data.{table} t WHERE t::text LIKE %s", (f"%{SECRET}%",)
        ).fetchone()
        assert hit["n"] == 0, table
    (log,) = log_rows(admin, "odds_api", fresh_day.isoformat())
    assert "apiKey=***" in log["url"]
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(errors="replace")


def test_odds_api_without_key_is_skipped_and_logged(settings, http_server, admin, fresh_day, monkeypatch):
    monkeypatch.delenv("ODDS_API_KEY")
    serve_sample(http_server)
    (report,) = collector.collect(Settings(), ["odds_api"], [fresh_day])
    assert report.outcomes == {"skipped_no_key": 1}
    (log,) = log_rows(admin, "odds_api", fresh_day.isoformat())
    assert log["outcome"] == "skipped_no_key"
    assert not any(p.startswith("/v4/") for p, _ in http_server.requests)


def test_a_failing_source_does_not_stop_the_others(settings, http_server, admin, fresh_day, monkeypatch):
    serve_sample(http_server)
    monkeypatch.setenv("MLB_SOURCES__SBD__BASE_URL", "http://127.0.0.1:9")  # nothing listens
    reports = {r.source: r for r in collector.collect(Settings(), ["sbd", "mlb_stats_api"], [fresh_day])}
    assert reports["sbd"].outcomes == {"network_error": 1}
    assert reports["mlb_stats_api"].outcomes == {"stored": 1}
    (log,) = log_rows(admin, "sbd", fresh_day.isoformat())
    assert log["outcome"] == "network_error"
    assert log["error_text"]


def test_save_dir_then_replay_keeps_fetch_times(settings, http_server, admin, fresh_day, tmp_path):
    from agent import cli

    http_server.route("/api/v1/schedule", Reply(200, b'{"dates": [], "copyright": "x"}'))
    collector.collect(settings, ["mlb_stats_api"], [fresh_day], save_dir=tmp_path)
    (meta_path,) = tmp_path.rglob("*.meta.json")
    meta = json.loads(meta_path.read_text())
    assert meta["sha256"] == hashlib.sha256(b'{"dates": [], "copyright": "x"}').hexdigest()
    assert cli.main(["replay", str(tmp_path)]) == 0
    logs = log_rows(admin, "mlb_stats_api", fresh_day.isoformat())
    assert [r["mode"] for r in logs] == ["live", "replay"]
    assert logs[1]["outcome"] == "unchanged"  # same body as the live fetch
    assert logs[1]["started_at"].isoformat() == meta["started_at"]


def test_agent_role_cannot_change_raw_or_reach_other_zones(db_env):
    with psycopg.connect("", user="mlb_agent", autocommit=True) as conn:
        for sql in (
            "UPDATE raw_data.collection_log SET outcome = 'stored'",
            "DELETE FROM raw_data.sbd_betting_splits",
            "SELECT payload FROM raw_data.sbd_betting_splits",
            "CREATE TABLE staging.agent_made (x int)",
            "CREATE TABLE curated.agent_made (x int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)


def test_raw_rows_cannot_be_updated_or_deleted_even_by_a_superuser(settings, http_server, admin, fresh_day):
    http_server.route("/api/v1/schedule", Reply(200, b'{"dates": []}'))
    collector.collect(settings, ["mlb_stats_api"], [fresh_day])
    (log,) = log_rows(admin, "mlb_stats_api", fresh_day.isoformat())
    for sql in (
        "UPDATE raw_data.mlb_stats_api SET body_text = 'x' WHERE id = %s",
        "DELETE FROM raw_data.mlb_stats_api WHERE id = %s",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            admin.execute(sql, (log["raw_id"],))
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
        admin.execute("TRUNCATE raw_data.mlb_stats_api CASCADE")


def test_min_interval_between_requests_of_a_source(http_server, db_env):
    from agent.config import HttpSettings
    from agent.fetch import Fetcher, Request

    http_server.route("/x", Reply(200, b"{}"))
    fetcher = Fetcher(HttpSettings(max_retries=0))
    request = Request("sbd", "betting_splits", "sbd_betting_splits", "k", f"{http_server.url}/x")
    started = time.monotonic()
    for _ in range(3):
        assert fetcher.fetch(request, min_interval=0.25).status == 200
    fetcher.close()
    assert time.monotonic() - started >= 0.5  # two waits of 0.25 s


def test_requests_in_flight_are_bounded(http_server, db_env):
    from concurrent.futures import ThreadPoolExecutor

    from agent.config import HttpSettings
    from agent.fetch import Fetcher, Request

    http_server.route("/slow", Reply(200, b"{}", delay=0.3))
    fetcher = Fetcher(HttpSettings(max_retries=0, max_in_flight=2))
    request = Request("sbd", "betting_splits", "sbd_betting_splits", "k", f"{http_server.url}/slow")
    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda _: fetcher.fetch(request).status, range(4)))
    fetcher.close()
    assert statuses == [200] * 4
    assert time.monotonic() - started >= 0.55  # 4 requests, 2 at a time, 0.3 s each


def test_run_loop_collects_until_stopped(settings, http_server, admin):
    import threading

    http_server.route("/api/v1/schedule", Reply(200, b'{"dates": [], "run": true}'))
    stop = threading.Event()
    before = admin.execute("SELECT coalesce(max(id), 0) AS id FROM raw_data.collection_log").fetchone()["id"]
    runner = threading.Thread(target=collector.run_forever, args=(settings, ["mlb_stats_api"], stop))
    runner.start()
    deadline = time.monotonic() + 10
    rows: list = []
    while time.monotonic() < deadline and not rows:
        time.sleep(0.2)
        rows = admin.execute(
            "SELECT * FROM raw_data.collection_log WHERE id > %s AND source = 'mlb_stats_api'",
            (before,),
        ).fetchall()
    stop.set()
    runner.join(timeout=10)
    assert not runner.is_alive()
    assert rows and rows[0]["outcome"] in ("stored", "unchanged")
    # Past days are re-collected so finals arrive: the request is a date range ending today.
    first, last = rows[0]["request_key"].split("..")
    assert last == collector.today_new_york().isoformat()
    assert first < last


def test_a_key_echoed_anywhere_is_redacted_everywhere(settings, http_server, admin, fresh_day, tmp_path: Path):
    """The Odds API key in the body, a header, the content type, the URL of every log line: never kept."""
    body = json.dumps([{"id": "echo", "note": f"you sent apiKey={SECRET}"}]).encode()
    http_server.route(
        "/v4/sports/baseball_mlb/odds",
        Reply(200, body, f"application/json; echo={SECRET}", {"X-Echo": SECRET, "x-requests-remaining": "1"}),
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent.cli",
            "-v",
            "collect",
            "--source",
            "odds_api",
            "--date",
            fresh_day.isoformat(),
            "--save-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert any(SECRET in path for path, _ in http_server.requests)  # it was sent
    assert "apiKey=***" in done.stderr  # the request lines are logged ...
    assert SECRET not in done.stdout + done.stderr  # ... redacted
    (log,) = log_rows(admin, "odds_api", fresh_day.isoformat())
    raw = raw_row(admin, "odds_api_responses", log["raw_id"])
    assert SECRET not in json.dumps(raw, default=str) and SECRET not in json.dumps(log, default=str)
    assert "apiKey=***" in raw["payload"][0]["note"]
    assert raw["body_sha256"] == hashlib.sha256(body.replace(SECRET.encode(), b"***")).hexdigest()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(errors="replace"), path


def test_a_key_echoed_escaped_or_encoded_is_redacted_everywhere(
    http_server, admin, db_env, fresh_day, tmp_path, monkeypatch
):
    """A key that needs URL encoding, echoed JSON-escaped and URL-encoded: never in the JSONB payload, the stored
    bytes, the log, a -v line or a saved file, in any of its forms."""
    key = "k/ey+1=2&SECRET"
    forms = [key, quote(key, safe=""), quote_plus(key), "".join(f"\\u{ord(c):04x}" for c in key)]
    body = json.dumps(
        [{"id": "echo", "escaped": key, "note": f"url was ?apiKey={quote(key, safe='')}"}], ensure_ascii=False
    )
    body = body.replace(json.dumps(key)[1:-1], "".join(f"\\u{ord(c):04x}" for c in key))  # the key JSON-escaped
    monkeypatch.setenv("MLB_SOURCES__ODDS_API__BASE_URL", http_server.url)
    monkeypatch.setenv("MLB_SOURCES__ODDS_API__MIN_REQUEST_INTERVAL_SECONDS", "0")
    monkeypatch.setenv("ODDS_API_KEY", key)
    http_server.route("/v4/sports/baseball_mlb/odds", Reply(200, body.encode(), "application/json"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent.cli",
            "-v",
            "collect",
            "--source",
            "odds_api",
            "--date",
            fresh_day.isoformat(),
            "--save-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert any(
        quote(key, safe="") in path or quote_plus(key) in path for path, _ in http_server.requests
    )  # it was sent
    assert "apiKey=***" in done.stderr
    (log,) = log_rows(admin, "odds_api", fresh_day.isoformat())
    raw = raw_row(admin, "odds_api_responses", log["raw_id"])
    kept = [done.stdout + done.stderr, json.dumps(log, default=str), json.dumps(raw["payload"]), str(raw["body_text"])]
    kept.append(bytes(raw["body"]).decode("utf-8", errors="replace") if raw["body"] is not None else "")
    kept += [p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    leaks = [(form, i) for form in forms for i, text in enumerate(kept) if form in text]
    assert leaks == []
    assert raw["payload"][0]["escaped"] == "***" and raw["payload"][0]["note"] == "url was ?apiKey=***"


def test_every_attempt_is_logged_and_one_bad_request_never_stops_the_source(settings, http_server, admin, fresh_day):
    """A body that cannot be decoded, a redirect loop: each is a logged attempt, and the source's other requests still run."""
    serve_sample(http_server)
    # The book catalogue comes first; before, its failure abandoned the scoreboard and every history.
    http_server.route(
        "/web/v1/books", Reply(200, b"this is not gzip", "application/json", {"Content-Encoding": "gzip"})
    )
    (report,) = collector.collect(settings, ["action_network"], [fresh_day])
    assert report.error is None
    books = admin.execute(
        "SELECT outcome, error_text FROM raw_data.collection_log WHERE source = 'action_network' AND endpoint = 'books' "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert books["outcome"] == "invalid_payload" and "decoded" in books["error_text"]
    (scoreboard,) = log_rows(admin, "action_network", fresh_day.isoformat())
    assert scoreboard["outcome"] in ("stored", "unchanged")
    histories = admin.execute(
        "SELECT count(*) AS n FROM raw_data.collection_log WHERE source = 'action_network' AND endpoint = 'history' "
        "AND id > %s",
        (scoreboard["id"],),
    ).fetchone()["n"]
    assert histories == len(AN_GAME_IDS)

    day3 = fresh_day.fromordinal(fresh_day.toordinal() + 2)
    http_server.route("/api/v1/schedule", Reply(302, b"", "text/plain", {"Location": "/api/v1/schedule"}))
    (report,) = collector.collect(settings, ["mlb_stats_api"], [day3])
    assert report.error is None
    logs = admin.execute(
        "SELECT outcome, error_text FROM raw_data.collection_log WHERE source = 'mlb_stats_api' AND request_key LIKE %s",
        (f"%{day3.isoformat()}%",),
    ).fetchall()
    assert logs and all(r["outcome"] == "network_error" and "redirect" in r["error_text"].lower() for r in logs)


def test_collect_shows_why_a_source_failed(settings, http_server, admin, fresh_day, capsys):
    """A failing source once showed `network_error 5` with an empty error column."""
    http_server.route("/api/v1/schedule", Reply(503, b"<html>down</html>", "text/html"))
    assert cli.main(["collect", "--source", "mlb_stats_api", "--date", fresh_day.isoformat()]) == cli.EXIT_FAILURE
    out = capsys.readouterr().out
    assert "http_error" in out.split("mlb_stats_api", 1)[1]  # in the error column, not only the count
    assert "HTTP 503" in out


def test_run_logs_every_cycle_and_says_when_a_source_fails(settings, http_server, db_env, caplog):
    """`mlb-agent run` was silent while every source failed."""
    http_server.route("/api/v1/schedule", Reply(503, b"<html>down</html>", "text/html"))
    stop = threading.Event()
    with caplog.at_level(logging.INFO, logger="agent.collector"):
        worker = threading.Thread(target=collector.run_forever, args=(settings, ["mlb_stats_api"], stop))
        worker.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any("cycle mlb_stats_api" in r.message for r in caplog.records):
            time.sleep(0.2)
        stop.set()
        worker.join(timeout=30)
    cycles = [r for r in caplog.records if "cycle mlb_stats_api" in r.message]
    assert cycles and cycles[0].levelno == logging.WARNING and "http_error" in cycles[0].message
    assert any(r.message.startswith("collecting mlb_stats_api") for r in caplog.records)
