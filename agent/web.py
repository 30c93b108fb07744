"""`mlb-agent serve`: the board, a page per game and the bets placed, live, in a browser.

A read-only web app: it logs in as the analyst role (database.analyst_role) in read-only transactions with a
statement timeout, binds 127.0.0.1 unless told otherwise, and only selects from the analyst views through
agent/pages.py, the same templates `mlb-agent report` writes files from. One connection LISTENs on
mlb_curated_changes; each announcement (a curated run that succeeded, a bet placed) is relayed to open pages as a
server-sent event, and a page fetches itself again and swaps its content in place. A notification's payload is
never read (any role may NOTIFY any channel): it only says "look again", and announcements are folded so that a
flood of them costs at most one refresh per page every MIN_GAP_SECONDS. On a hot standby (make replica), where
nothing can LISTEN, it reads the latest curated run and the bets once a second instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from agent import pages
from agent.config import Settings

log = logging.getLogger(__name__)

CHANNEL = "mlb_curated_changes"
FOLD_SECONDS = 0.25  # announcements this close together become one refresh
MIN_GAP_SECONDS = 1.0  # and open pages look again at most this often, however many arrive
HEARTBEAT_SECONDS = 15.0  # an idle event stream sends a comment this often, so proxies and browsers keep it open
MAX_STREAMS = 64  # open pages served at once; more are told to retry
SERVED_LINKS = {"day": "/day/{day}", "game": "/game/{game_id}", "board": "/", "bets": "/bets"}


class Changes:
    """The database's announcements, folded: a version number that goes up once per burst, and a way to wait
    for the next one."""

    def __init__(self) -> None:
        self.version = 0
        self._changed = asyncio.Condition()
        self.streams = 0

    async def bump(self) -> None:
        async with self._changed:
            self.version += 1
            self._changed.notify_all()

    async def wait(self, seen: int, timeout: float) -> int:
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(lambda: self.version != seen), timeout)
            return self.version


def conninfo(settings: Settings) -> tuple[str, dict[str, Any]]:
    """How the app logs in: as the analyst, read-only, each statement bounded."""
    base = settings.database_url.get_secret_value() if settings.database_url else ""
    kwargs: dict[str, Any] = {
        "user": settings.database.analyst_role,
        "application_name": "mlb-agent serve",
        "connect_timeout": settings.database.connect_timeout_seconds,
        "options": "-c default_transaction_read_only=on -c statement_timeout=15000 -c lock_timeout=5000",
    }
    return base, kwargs


# On a hot standby (make replica) nothing can LISTEN: what the announcements would say is read instead, once a
# second: the latest curated run that succeeded and the bets (both replicated from the primary).
CURATED_VERSION = """SELECT (SELECT max(id) FROM pipeline.runs WHERE zone = 'curated' AND status = 'succeeded'),
                            (SELECT count(*) FROM curated.user_bets), (SELECT max(bet_id) FROM curated.user_bets)"""
STANDBY_POLL_SECONDS = 1.0


async def follow(conn: psycopg.AsyncConnection[Any], changes: Changes, stop: asyncio.Event) -> None:
    """On a primary: LISTEN and fold each burst of announcements (at most one change every MIN_GAP_SECONDS,
    however many are sent). On a standby: read the version of curated each second and announce a change of it."""
    [in_recovery] = await (await conn.execute("SELECT pg_is_in_recovery()")).fetchone() or [False]
    if in_recovery:
        seen = None
        while not stop.is_set():
            version = await (await conn.execute(CURATED_VERSION)).fetchone()
            if seen is not None and version != seen:
                await changes.bump()
            seen = version
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), STANDBY_POLL_SECONDS)
        return
    await conn.execute(f"LISTEN {CHANNEL}")
    last = 0.0
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        async for _ in conn.notifies(stop_after=1):  # the first of a burst
            pass
        # Whatever else arrives within FOLD_SECONDS is part of this change.
        await asyncio.sleep(max(FOLD_SECONDS, last + MIN_GAP_SECONDS - loop.time()))
        async for _ in conn.notifies(timeout=0.01):
            pass
        last = loop.time()
        await changes.bump()


async def listen(settings: Settings, changes: Changes, stop: asyncio.Event) -> None:
    """Follow curated's changes; reconnect when the connection drops (each reconnect is itself a change:
    something may have happened meanwhile)."""
    base, kwargs = conninfo(settings)
    delay = 1.0
    while not stop.is_set():
        try:
            async with await psycopg.AsyncConnection.connect(base, autocommit=True, **kwargs) as conn:
                delay = 1.0
                await changes.bump()
                await follow(conn, changes, stop)
        except (psycopg.Error, OSError) as exc:
            log.warning("following curated's changes: %s; again in %.0f s", str(exc).strip().splitlines()[0], delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, 30.0)


def create_app(settings: Settings, pool: ConnectionPool[Any] | None = None) -> Starlette:
    """The web app; pool (for tests) replaces the one made from settings."""
    base, kwargs = conninfo(settings)
    pool = pool or ConnectionPool(
        base, min_size=1, max_size=4, kwargs={**kwargs, "autocommit": True, "row_factory": dict_row}, open=False
    )
    changes = Changes()

    def read(fn: Callable[[Any], Any]) -> Any:
        with pool.connection(timeout=20) as conn:
            return fn(conn)

    def now() -> datetime:
        return datetime.now(UTC)

    def page(render: Callable[[Any], str]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                text = await asyncio.to_thread(read, lambda conn: render((conn, request)))
            except pages.UnknownGame as exc:
                return PlainTextResponse(str(exc), status_code=404)
            except ValueError as exc:
                return PlainTextResponse(f"not understood: {exc}", status_code=400)
            return HTMLResponse(text, headers={"Cache-Control": "no-store"})

        return endpoint

    def board(args: tuple[Any, Request]) -> str:
        conn, request = args
        day = date.fromisoformat(request.path_params["day"])
        return pages.day_page(pages.day_data(conn, day), live=True, links=SERVED_LINKS, now=now())

    def game(args: tuple[Any, Request]) -> str:
        conn, request = args
        data = pages.game_data(conn, int(request.path_params["game_id"]))
        return pages.game_page(data, live=True, links=SERVED_LINKS, now=now())

    def bets(args: tuple[Any, Request]) -> str:
        conn, _ = args
        data = pages.bets_data(conn)
        return pages.render(
            "bets.html", live=True, links=SERVED_LINKS, title="Your bets", data=data, now=now(), page_data=data
        )

    async def home(_request: Request) -> Response:
        day = await asyncio.to_thread(read, pages.default_day)
        if day is None:
            return PlainTextResponse("no games are stored yet (mlb-agent collect, or make demo for the sample day)")
        return RedirectResponse(f"/day/{day}", status_code=307)

    async def events(request: Request) -> Response:
        if changes.streams >= MAX_STREAMS:
            return PlainTextResponse("too many open pages", status_code=503, headers={"Retry-After": "10"})

        async def stream() -> AsyncIterator[str]:
            changes.streams += 1
            try:
                seen = changes.version
                yield "retry: 3000\n\n"
                while not await request.is_disconnected():
                    version = await changes.wait(seen, HEARTBEAT_SECONDS)
                    if version != seen:
                        seen = version
                        yield f"event: change\ndata: {version}\n\n"
                    else:
                        yield ": still here\n\n"
            finally:
                changes.streams -= 1

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        )

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await asyncio.to_thread(pool.open, True, 20)
        stop = asyncio.Event()
        listener = asyncio.create_task(listen(settings, changes, stop))
        try:
            yield
        finally:
            stop.set()
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener
            await asyncio.to_thread(pool.close)

    return Starlette(
        routes=[
            Route("/", home),
            Route("/day/{day}", page(board)),
            Route("/game/{game_id:int}", page(game)),
            Route("/bets", page(bets)),
            Route("/events", events),
            Mount("/static", StaticFiles(directory=pages.STATIC), name="static"),
        ],
        lifespan=lifespan,
    )


def serve(settings: Settings, host: str, port: int, ready: Callable[[str], None] | None = None) -> None:
    """Run the app until interrupted; ready(url) is called once it listens."""
    import uvicorn

    config = uvicorn.Config(create_app(settings), host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)

    async def run() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        if server.started and ready:
            bound = server.servers[0].sockets[0].getsockname()[1] if server.servers else port
            ready(f"http://{host if ':' not in host else f'[{host}]'}:{bound}")
        await task

    asyncio.run(run())
