"""Storing attempts in raw_data (through raw_data.record_attempt), writing
payload files with --save-dir, and reading them back for replay."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from agent import __version__
from agent.fetch import Request, Result

RECORD_SQL = """
SELECT collection_log_id, raw_id, outcome FROM raw_data.record_attempt(
  p_source => %(source)s, p_endpoint => %(endpoint)s, p_raw_table => %(raw_table)s,
  p_request_key => %(request_key)s, p_started_at => %(started_at)s,
  p_finished_at => %(finished_at)s,
  p_url => %(url)s, p_params => %(params)s, p_mode => %(mode)s, p_http_status => %(status)s,
  p_content_type => %(content_type)s, p_body => %(body)s, p_body_sha256 => %(sha256)s,
  p_body_bytes => %(bytes)s, p_rendered_payload => %(rendered)s, p_outcome => %(outcome)s,
  p_error_text => %(error)s, p_retry_count => %(retries)s, p_agent_version => %(version)s,
  p_quota_remaining => %(quota_remaining)s, p_quota_used => %(quota_used)s,
  p_quota_last_cost => %(quota_last)s, p_body_raw => %(raw)s)
"""


@dataclass(frozen=True)
class Stored:
    collection_log_id: int
    raw_id: int | None
    outcome: str


def body_text(body: bytes) -> str:
    """Text PostgreSQL can hold; the hash is always of the original bytes."""
    return body.decode("utf-8", errors="replace").replace("\x00", "\ufffd")


def _int_header(headers: dict[str, str], name: str) -> int | None:
    value = headers.get(name) or headers.get(name.lower())
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def record(
    conn: psycopg.Connection[Any],
    result: Result,
    *,
    mode: str = "live",
    rendered: dict[str, Any] | None = None,
    keep_body: bool = True,
) -> Stored:
    """Log the attempt and keep its body (unless unchanged), in one transaction: always its bytes,
    and its text too unless keep_body=False (binary files whose rendering is the payload)."""
    req = result.request
    headers = {k.lower(): v for k, v in result.headers.items()}
    params = {
        "source": req.source,
        "endpoint": req.endpoint,
        "raw_table": req.raw_table,
        "request_key": req.request_key,
        "started_at": result.started_at,
        "finished_at": result.finished_at,
        "url": req.redacted_url(),
        "params": Jsonb(req.params),
        "mode": mode,
        "status": result.status,
        "content_type": headers.get("content-type"),
        "body": body_text(result.body) if result.body is not None and keep_body else None,
        "sha256": result.sha256,
        "bytes": len(result.body) if result.body is not None else None,
        "rendered": Jsonb(rendered) if rendered is not None else None,
        "outcome": result.outcome,
        "error": result.error,
        "retries": result.retries,
        "version": __version__,
        "quota_remaining": _int_header(headers, "x-requests-remaining"),
        "quota_used": _int_header(headers, "x-requests-used"),
        "quota_last": _int_header(headers, "x-requests-last"),
        "raw": result.body,  # the bytes as received: raw is byte-exact, the hash is of these
    }
    with conn.transaction(), conn.cursor() as cur:
        cur.execute(RECORD_SQL, params)
        row = cur.fetchone()
    assert row is not None
    values = list(row.values()) if isinstance(row, dict) else list(row)
    return Stored(int(values[0]), values[1], str(values[2]))


# ---------------------------------------------------------------- files


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "_"


def save(directory: Path, result: Result) -> Path | None:
    """Write the body and a .meta.json beside it, for replay later."""
    if result.body is None:
        return None
    req = result.request
    content_type = result.headers.get("content-type", "")
    ext = ".html" if "html" in content_type else ".json" if "json" in content_type else ".body"
    when = result.finished_at.strftime("%Y%m%dT%H%M%S%fZ")
    stem = f"{when}_{req.endpoint}_{_safe(req.request_key)}"
    folder = directory / req.source
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}{ext}").write_bytes(result.body)
    meta = {
        "source": req.source,
        "endpoint": req.endpoint,
        "raw_table": req.raw_table,
        "request_key": req.request_key,
        "url": req.url,
        "params": req.params,
        "status": result.status,
        "content_type": content_type or None,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "retries": result.retries,
        "sha256": result.sha256,
        "body_file": f"{stem}{ext}",
        "quota": {k: v for k, v in result.headers.items() if k.lower().startswith("x-requests-")},
    }
    meta_path = folder / f"{stem}.meta.json"
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return meta_path


def load_saved(meta_path: Path) -> Result:
    """A saved payload as the Result it came from, with its original times."""
    meta = json.loads(meta_path.read_text())
    body = (meta_path.parent / meta["body_file"]).read_bytes()
    request = Request(
        meta["source"],
        meta["endpoint"],
        meta["raw_table"],
        meta["request_key"],
        meta["url"],
        params=meta.get("params") or {},
    )
    headers = dict(meta.get("quota") or {})
    if meta.get("content_type"):
        headers["content-type"] = meta["content_type"]
    return Result(
        request,
        datetime.fromisoformat(meta["started_at"]),
        datetime.fromisoformat(meta["finished_at"]),
        retries=meta.get("retries", 0),
        status=meta.get("status"),
        headers=headers,
        body=body,
    )


def saved_payloads(directory: Path) -> list[Path]:
    """Every .meta.json below directory, oldest fetch first."""
    metas = list(directory.rglob("*.meta.json"))
    return sorted(metas, key=lambda p: (json.loads(p.read_text())["finished_at"], str(p)))
