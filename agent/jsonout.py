"""JSON as analysts' tools read it: numbers as numbers, times as ISO 8601, snake_case keys."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any


def snake(key: str) -> str:
    """'source health' -> 'source_health'; 'OU:V:close' -> 'ou_v_close'."""
    return re.sub(r"[^0-9a-z]+", "_", key.lower()).strip("_")


def plain(value: Any) -> Any:
    """A value JSON can hold as what it is: a Decimal as a number (integral ones as integers)."""
    if isinstance(value, dict):
        return {snake(str(k)): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def dumps(data: Any) -> str:
    return json.dumps(plain(data), indent=2)
