"""Shared fixtures: the throwaway PostgreSQL cluster that `make test` starts,
and a real HTTP server on 127.0.0.1 that serves recorded payloads."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from agent import cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample"
REAL_FIXTURES = Path(os.environ.get("MLB_REAL_FIXTURES", ROOT.parent / "shared" / "fixtures" / "real"))
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SCRATCH_PORT = int(os.environ.get("MLB_SCRATCH_TEST_PGPORT", "54369"))
SCRATCH_DB = "mlb_scratch"


def replay_file(source: str, endpoint: str, key: str, path: Path, fetched_at: str | None = None) -> int:
    """Replay one saved payload through the CLI, as an operator would."""
    argv = ["replay", "--source", source, "--endpoint", endpoint, "--request-key", key]
    if fetched_at:
        argv += ["--fetched-at", fetched_at]
    return cli.main([*argv, str(path)])


def replay_schedule_game(
    tmp_path: Path, day: date, game_pk: int, fetched_at: str | None = None, home: int = 147, away: int = 111
) -> int:
    """Replay an MLB schedule stating one game (by default Yankees home to the Red Sox) on day, as an operator would."""
    path = tmp_path / f"schedule-{game_pk}.json"
    game = {
        "gamePk": game_pk,
        "gameDate": f"{day.isoformat()}T17:05:00Z",
        "gameNumber": 1,
        "status": {"codedGameState": "F"},
        "teams": {"home": {"team": {"id": home}, "score": 3}, "away": {"team": {"id": away}, "score": 2}},
    }
    path.write_text(json.dumps({"dates": [{"date": day.isoformat(), "games": [game]}]}))
    return replay_file("mlb_stats_api", "schedule", day.isoformat(), path, fetched_at)


_dates = itertools.count()


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"{}"
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # Instead of body: (chunk, how many times, seconds between chunks) streamed after the headers, the
    # Content-Length claimed (None: none, the body ends when the connection closes). Bounded: it stops
    # after its repeats or when the client hangs up.
    stream: tuple[bytes, int, float] | None = None
    claimed_length: int | None = None


class Server:
    """Routes map a path to a list of replies, served in order; the last repeats."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bodies: list[tuple[str, bytes]] = []  # (path, body) of each POST
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                server.bodies.append((self.path.split("?", 1)[0], self.rfile.read(length)))
                self.do_GET()

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.requests.append((self.path, dict(self.headers)))
                replies = server.routes.get(path)
                reply = (
                    (replies.pop(0) if len(replies) > 1 else replies[0])
                    if replies
                    else Reply(404, b"<html><body>Not Found</body></html>", "text/html")
                )
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    if reply.stream is None:
                        self.send_header("Content-Length", str(len(reply.body)))
                    elif reply.claimed_length is not None:
                        self.send_header("Content-Length", str(reply.claimed_length))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if reply.stream is None:
                        self.wfile.write(reply.body)
                        return
                    chunk, times, pause = reply.stream
                    for _ in range(times):
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        if pause:
                            time.sleep(pause)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def route(self, path: str, *replies: Reply) -> None:
        self.routes[path] = list(replies)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server() -> Iterator[Server]:
    server = Server()
    yield server
    server.close()


@pytest.fixture
def db_env(monkeypatch):
    """Point the agent at the test database; skip when no test cluster runs."""
    if not os.environ.get("PGHOST"):
        pytest.skip("no test database (run through `make test`)")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("ODDS_API_KEY", raising=False)
    monkeypatch.setenv("MLB_CONFIG", str(ROOT / "config.toml"))
    return os.environ["PGDATABASE"]


@pytest.fixture
def admin(db_env) -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """A superuser connection for checking what the agent stored."""
    with psycopg.connect("", row_factory=dict_row, autocommit=True) as conn:
        yield conn


@pytest.fixture
def sample_day(admin):
    """The sample day (2025-06-14) replayed, promoted and curated."""
    cli.main(["replay", str(SAMPLE)])
    admin.execute("SELECT * FROM staging.promote(100000)")
    admin.execute("SELECT * FROM curated.rebuild('2025-06-14')")
    return admin


def sample_game(admin, away: str, home: str, number: int = 1) -> int:
    """The id of a sample-day game by its clubs (ids depend on what other tests stored first)."""
    row = admin.execute(
        "SELECT game_id FROM staging.games WHERE game_date = '2025-06-14' AND away_team = %s AND home_team = %s "
        "AND game_number = %s",
        (away, home, number),
    ).fetchone()
    return int(row["game_id"])


def one(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any]:
    """The single row a query returns, as a dict (it must return one)."""
    row = conn.execute(sql, params).fetchone()
    assert row is not None
    return dict(row)


@pytest.fixture
def fresh_day() -> date:
    """A date no other test uses, so request keys never collide (raw is append-only); always before today."""
    # In the past: a game dated far after its fetch is quarantined as game_date_out_of_range.
    return date(1900, 1, 1) + timedelta(days=next(_dates) + os.getpid() % 1000 * 30)


def as_postgres(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


@pytest.fixture(scope="session")
def scratch_cluster() -> Iterator[dict[str, str]]:
    """A throwaway cluster of its own whose pg_cron database is SCRATCH_DB, for tests that deploy plans other than
    the checkout's (an older release, a project with a source added): its PG* variables. Each test creates the
    database afresh."""
    if not (PG_BIN / "initdb").exists() or not shutil.which("sqitch"):
        pytest.skip("needs PostgreSQL 15 and sqitch (make test installs them)")
    top = Path(tempfile.mkdtemp(prefix="mlb-upgrade-", dir="/tmp"))
    top.chmod(0o755)
    data, run = top / "data", top / "run"
    run.mkdir()
    if os.geteuid() == 0:
        shutil.chown(top, "postgres", "postgres")
        shutil.chown(run, "postgres", "postgres")
    subprocess.run(
        as_postgres(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--auth-local=trust",
            ]
        ),
        check=True,
        capture_output=True,
        cwd="/",
    )
    conf = (
        f"port = {SCRATCH_PORT}\nlisten_addresses = ''\nunix_socket_directories = '{run}'\n"
        f"shared_preload_libraries = 'pg_cron'\ncron.database_name = '{SCRATCH_DB}'\ncron.use_background_workers = on\n"
        "max_worker_processes = 32\ntimezone = 'UTC'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
    )
    subprocess.run(
        as_postgres(["tee", "-a", str(data / "postgresql.conf")]),
        input=conf.encode(),
        check=True,
        capture_output=True,
        cwd="/",
    )
    subprocess.run(
        as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(top / "log"), "start"]),
        check=True,
        capture_output=True,
        cwd="/",
    )
    env = {"PGHOST": str(run), "PGPORT": str(SCRATCH_PORT), "PGUSER": "postgres", "PGDATABASE": SCRATCH_DB}
    try:
        yield env
    finally:
        subprocess.run(
            as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-m", "immediate", "stop"]),
            capture_output=True,
            cwd="/",
        )
        shutil.rmtree(top, ignore_errors=True)


def scratch_run(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> str:
    """Run a command against the scratch cluster (env), failing the test with its output if it fails."""
    full = {**os.environ, **env, "MLB_CONFIG": str(ROOT / "config.toml")}
    full.pop("DATABASE_URL", None)
    done = subprocess.run(argv, env=full, cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, f"{argv}: {done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done.stdout + done.stderr


def scratch_agent(env: dict[str, str], *argv: str) -> str:
    return scratch_run([str(Path(sys.executable).with_name("mlb-agent")), *argv], env)


def scratch_database(env: dict[str, str]) -> None:
    """SCRATCH_DB dropped and created empty."""
    with psycopg.connect(
        dbname="postgres", host=env["PGHOST"], port=env["PGPORT"], user="postgres", autocommit=True
    ) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {SCRATCH_DB}")


def scratch_connect(env: dict[str, str]) -> psycopg.Connection[Any]:
    return psycopg.connect(dbname=SCRATCH_DB, host=env["PGHOST"], port=env["PGPORT"], user="postgres", autocommit=True)
