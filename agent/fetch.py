"""HTTP fetching: timeouts, retries with backoff and jitter, Retry-After,
a minimum interval per source, a bound on requests in flight, and the bounds of
one response: its body is streamed and cut at a size cap (too_large), and a
request without a whole body by its deadline is stopped (deadline_exceeded)."""

from __future__ import annotations

import hashlib
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from tenacity import RetryCallState, Retrying, retry_if_result, stop_after_attempt

from agent import redact
from agent.config import HttpSettings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SECRET_PARAMS = frozenset({"apikey", "api_key", "key", "token"})


@dataclass(frozen=True)
class Request:
    """One thing to fetch from a source, and where its body belongs."""

    source: str
    endpoint: str
    raw_table: str
    request_key: str
    url: str
    params: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    secret_params: dict[str, str] = field(default_factory=dict)

    def redacted_url(self) -> str:
        shown = {**self.params, **{k: "***" for k in self.secret_params}}
        return f"{self.url}?{urlencode(shown, safe='*,')}" if shown else self.url


@dataclass
class Result:
    """What one attempt produced: a response, or the reason there is none."""

    request: Request
    started_at: datetime
    finished_at: datetime
    retries: int = 0
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    outcome: str | None = None  # only for attempts without a body
    error: str | None = None

    @property
    def sha256(self) -> str | None:
        return hashlib.sha256(self.body).hexdigest() if self.body is not None else None

    def redacted(self) -> Result:
        """The same result with every secret the request sent masked in the body, the headers and the error,
        in every form a source can echo it (literal, URL-encoded, JSON-escaped; agent/redact.py): a source
        that echoes a key never gets it stored or saved."""
        secrets = [v for v in self.request.secret_params.values() if v]
        if not secrets:
            return self
        if self.body is not None:
            self.body = redact.body(self.body, secrets)
        self.headers = {redact.text(k, secrets): redact.text(v, secrets) for k, v in self.headers.items()}
        if self.error:
            self.error = redact.text(self.error, secrets)
        return self


@dataclass
class _Response:
    """A whole response read within the bounds."""

    status_code: int
    headers: httpx.Headers
    content: bytes


@dataclass
class _Cut:
    """A response stopped at a bound: the outcome and why."""

    outcome: str
    error: str


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Fetcher:
    """Shared by every source; thread-safe."""

    def __init__(self, settings: HttpSettings, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout_seconds),
            follow_redirects=True,
            transport=transport,
            headers={"User-Agent": settings.user_agent},
        )
        self._in_flight = threading.BoundedSemaphore(settings.max_in_flight)
        self._last_request: dict[str, float] = {}
        self._pace_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def _pace(self, source: str, min_interval: float) -> None:
        """Wait until min_interval has passed since this source's last request."""
        with self._pace_lock:
            now = time.monotonic()
            wait = self._last_request.get(source, -1e9) + min_interval - now
            self._last_request[source] = now + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)

    def _wait(self, state: RetryCallState) -> float:
        exponent: int = state.attempt_number - 1
        backoff = float(
            min(
                self.settings.backoff_max_seconds,
                self.settings.backoff_base_seconds * 2.0**exponent,
            )
        )
        backoff *= random.uniform(0.5, 1.0)  # jitter
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            response = outcome.result()
            if isinstance(response, _Response):
                asked = retry_after_seconds(response.headers.get("Retry-After"))
                if asked is not None:
                    return float(min(asked, self.settings.backoff_max_seconds))
        return backoff

    def fetch(self, request: Request, min_interval: float = 0.0, max_body_bytes: int | None = None) -> Result:
        started = datetime.now(UTC)
        attempts = 0
        cap = max_body_bytes or self.settings.max_body_bytes
        deadline_seconds = self.settings.deadline_seconds

        def read(response: httpx.Response, deadline: float) -> _Response | _Cut:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cap:
                return _Cut("too_large", f"Content-Length {declared} over the {cap}-byte cap; not read")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > cap:
                    return _Cut("too_large", f"body over the {cap}-byte cap: stopped after {len(body)} bytes")
                if time.monotonic() > deadline:
                    return _Cut(
                        "deadline_exceeded",
                        f"no whole body within {deadline_seconds:g} s: stopped after {len(body)} bytes",
                    )
            return _Response(response.status_code, response.headers, bytes(body))

        def attempt() -> _Response | _Cut | Exception:
            nonlocal attempts
            attempts += 1
            self._pace(request.source, min_interval)
            with self._in_flight:
                deadline = time.monotonic() + deadline_seconds
                try:
                    with self.client.stream(
                        "GET",
                        request.url,
                        params={**request.params, **request.secret_params},
                        headers=request.headers,
                    ) as response:
                        return read(response, deadline)
                except httpx.HTTPError as exc:  # timeouts, transport, decoding, redirect loops: all logged
                    return exc

        def should_retry(value: _Response | _Cut | Exception) -> bool:
            if isinstance(value, _Response):
                return value.status_code in RETRY_STATUSES
            if isinstance(value, _Cut):  # a bound is not lifted by asking again
                return False
            # A body that cannot be decoded or a redirect loop comes back the same way.
            return isinstance(value, httpx.TimeoutException | httpx.TransportError)

        retrying = Retrying(
            stop=stop_after_attempt(self.settings.max_retries + 1),
            wait=self._wait,
            retry=retry_if_result(should_retry),
            retry_error_callback=lambda state: state.outcome.result() if state.outcome else None,
            reraise=False,
        )
        value = retrying(attempt)
        result = Result(request, started, datetime.now(UTC), retries=max(attempts - 1, 0))
        if isinstance(value, _Response):
            result.status = value.status_code
            result.headers = dict(value.headers)
            result.body = value.content
        elif isinstance(value, _Cut):
            result.outcome, result.error = value.outcome, value.error
        elif isinstance(value, httpx.TimeoutException):
            result.outcome, result.error = "timeout", f"timed out: {type(value).__name__}"
        elif isinstance(value, httpx.DecodingError):
            result.outcome = "invalid_payload"
            result.error = f"body could not be decoded: {value}".splitlines()[0][:500]
        else:
            result.outcome = "network_error"
            result.error = f"{type(value).__name__}: {value}".splitlines()[0][:500]
        return result.redacted()
