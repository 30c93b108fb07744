"""Collecting sources: each in its own thread, so one failing source never
stops the others; every attempt is recorded, including failures and skips."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from agent import db, sources, storage
from agent.config import Settings
from agent.fetch import Fetcher, Request, Result

log = logging.getLogger(__name__)
NEW_YORK = ZoneInfo("America/New_York")
SOURCE_NAMES = sources.names()


def today_new_york() -> date:
    """Baseball days are New York days (with real DST)."""
    return datetime.now(NEW_YORK).date()


@dataclass
class SourceReport:
    source: str
    outcomes: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    # The first failed request's reason (outcome and error), shown where the source failed as a whole is not.
    first_failure: str | None = None

    def add(self, outcome: str, error: str | None = None) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        if outcome not in QUIET_OUTCOMES and self.first_failure is None:
            self.first_failure = f"{outcome}: {error}" if error else outcome

    def summary(self) -> str:
        """One line: what each request came to, and why the first failure failed."""
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())) or "nothing fetched"
        why = self.error or self.first_failure
        return f"{self.source}: {counts}" + (f" ({why})" if why else "")

    @property
    def ok(self) -> bool:
        return self.error is None and any(o in ("stored", "unchanged") for o in self.outcomes)


# Outcomes that are not failures.
QUIET_OUTCOMES = frozenset({"stored", "unchanged", "skipped_disabled", "skipped_no_key"})


def _skip(request: Request, outcome: str, why: str) -> Result:
    now = datetime.now(UTC)
    return Result(request, now, now, outcome=outcome, error=why)


def collect_source(
    settings: Settings,
    fetcher: Fetcher,
    source: str,
    days: Sequence[date],
    save_dir: Path | None = None,
    on_result: Callable[[SourceReport], None] | None = None,
) -> SourceReport:
    report = SourceReport(source)
    cfg = sources.source_settings(settings, source)
    try:
        with db.connect(settings, role=settings.database.agent_role) as conn:
            queue = sources.plan(settings, source, days)
            while queue:
                request = queue.pop(0)
                if not cfg.enabled:
                    result = _skip(request, "skipped_disabled", f"{source} is disabled in config")
                elif missing := sources.missing_secret(source):
                    result = _skip(request, "skipped_no_key", f"{missing} is not set")
                else:
                    result = fetcher.fetch(request, cfg.min_request_interval_seconds, cfg.max_body_bytes)
                try:
                    rendered = sources.render(source, result.body) if result.body else None
                except Exception as exc:  # a body the renderer cannot read is still kept as text
                    log.warning("%s %s: rendering failed: %s", source, request.request_key, exc)
                    rendered = None
                stored = storage.record(conn, result, rendered=rendered)
                why = result.error or (f"HTTP {result.status}" if result.status and result.status >= 400 else None)
                report.add(stored.outcome, why)
                if stored.outcome in QUIET_OUTCOMES:
                    log.info("%s %s %s: %s", source, request.endpoint, request.request_key, stored.outcome)
                else:  # a failed request is said at once, not only in the summary
                    log.warning(
                        "%s %s %s: %s %s",
                        source,
                        request.endpoint,
                        request.request_key,
                        stored.outcome,
                        why or "",
                    )
                if save_dir is not None:
                    storage.save(save_dir, result)
                try:
                    queue.extend(sources.follow_up(settings, result))
                except Exception as exc:  # one unreadable response never abandons the rest of the source
                    log.warning("%s %s: no follow-up requests: %s", source, request.request_key, exc)
                if on_result:
                    on_result(report)
    except Exception as exc:  # a broken source is reported, never fatal to the others
        report.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
        log.error("source %s failed: %s", source, report.error)
    return report


def collect(
    settings: Settings,
    selected: Sequence[str],
    days: Sequence[date],
    save_dir: Path | None = None,
    fetcher: Fetcher | None = None,
) -> list[SourceReport]:
    own = fetcher is None
    fetcher = fetcher or Fetcher(settings.http)
    try:
        with ThreadPoolExecutor(max_workers=max(len(selected), 1)) as pool:
            futures = [pool.submit(collect_source, settings, fetcher, s, days, save_dir) for s in selected]
            return [f.result() for f in futures]
    finally:
        if own:
            fetcher.close()


def days_for(source: str, settings: Settings, today: date) -> list[date]:
    """The days a run of the source collects: today, or what its module says (the MLB schedule goes back
    a few days so finals arrive)."""
    return sources.days(settings, source, today)


def run_forever(settings: Settings, selected: Sequence[str], stop: threading.Event | None = None) -> None:
    """Collect each enabled source on its own interval until stopped (SIGTERM/SIGINT)."""
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
    enabled = [s for s in selected if sources.source_settings(settings, s).enabled]
    next_due = dict.fromkeys(enabled, 0.0)
    fetcher = Fetcher(settings.http)
    try:
        with ThreadPoolExecutor(max_workers=max(len(enabled), 1)) as pool:
            running: dict[str, Future[SourceReport]] = {}
            log.warning("collecting %s on their intervals", ", ".join(enabled) or "no source (none enabled)")
            while not stop.is_set():
                now = time.monotonic()
                for source, done in list(running.items()):  # a line per finished cycle, failures loud
                    if done.done():
                        report = running.pop(source).result()
                        log.log(
                            logging.INFO if report.ok and report.first_failure is None else logging.WARNING,
                            "cycle %s",
                            report.summary(),
                        )
                for source in enabled:
                    busy = running.get(source)
                    if now >= next_due[source] and (busy is None or busy.done()):
                        interval = sources.source_settings(settings, source).interval()
                        next_due[source] = now + interval
                        running[source] = pool.submit(
                            collect_source,
                            settings,
                            fetcher,
                            source,
                            days_for(source, settings, today_new_york()),
                        )
                stop.wait(0.2)
    finally:
        fetcher.close()
