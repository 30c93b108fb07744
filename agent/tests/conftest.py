"""Shared fixtures: the throwaway PostgreSQL cluster that `make test` starts."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL_FIXTURES = ROOT.parent / "shared" / "fixtures" / "real"


@pytest.fixture
def db_env(monkeypatch):
    """Point the agent at the test database; skip when no test cluster runs."""
    if not os.environ.get("PGHOST"):
        pytest.skip("no test database (run through `make test`)")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("MLB_CONFIG", str(ROOT / "config.toml"))
    return os.environ["PGDATABASE"]
