"""docker-compose.yml mirrors the local setup (no Docker engine here, so it is checked as written)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from agent.tests.conftest import ROOT


def _compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def _local_server_settings() -> dict[str, str]:
    """The settings scripts/dev.sh writes for every cluster it starts (not the throwaway-only ones)."""
    script = (ROOT / "scripts" / "dev.sh").read_text()
    body = script[script.index("cluster_init() {") : script.index("cluster_start() {")]
    body = body[: body.index('if [ -n "$fast" ]')]
    settings = dict(re.findall(r'echo "(\w[\w.]*) = \'?([^\'"]*)\'?"', body))
    # Per-cluster values (where it listens, its include file) are the container's own business.
    for key in ("port", "listen_addresses", "unix_socket_directories", "include_if_exists"):
        settings.pop(key)
    settings["cron.database_name"] = settings["cron.database_name"].replace("$db", "mlb")
    return settings


def test_the_server_runs_with_the_local_clusters_settings():
    command = _compose()["services"]["db"]["command"]
    assert command[0] == "postgres"
    given = dict(arg.split("=", 1) for arg in command[2::2])
    assert all(flag == "-c" for flag in command[1::2])
    assert given == _local_server_settings()


def test_health_is_checked_over_tcp_and_migrations_wait_and_retry():
    services = _compose()["services"]
    check = services["db"]["healthcheck"]["test"]
    assert "pg_isready" in check and "-h" in check and check[check.index("-h") + 1] != ""
    assert check[check.index("-d") + 1] == "mlb"
    migrate = services["migrate"]
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    assert migrate["restart"] == "on-failure"
    assert services["agent"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["agent"]["restart"] == "unless-stopped"


def test_the_configuration_is_mounted_not_baked_in():
    services = _compose()["services"]
    for name in ("agent", "sample"):
        service = services[name]
        assert service["environment"]["MLB_CONFIG"] == "/config/config.toml"
        assert "./config.toml:/config/config.toml:ro" in service["volumes"]
    dockerfile = (ROOT / "docker" / "agent.Dockerfile").read_text()
    assert not re.search(r"^COPY[^\n]*config\.toml", dockerfile, re.M)


def test_the_sample_day_is_an_optional_step():
    sample = _compose()["services"]["sample"]
    assert sample["profiles"] == ["sample"]
    assert sample["command"] == ["mlb-agent", "replay", "/sample"]
    assert "./sample:/sample:ro" in sample["volumes"]
    assert (ROOT / "sample").is_dir()


def test_the_postgres_image_has_what_the_local_server_has():
    dockerfile = (ROOT / "docker" / "postgres" / "Dockerfile").read_text()
    assert "FROM postgres:15" in dockerfile
    for package in ("postgresql-15-cron", "postgresql-15-pgtap", "postgresql-15-plpgsql-check", "sqitch"):
        assert package in dockerfile


def test_alerts_are_watched_by_their_own_service():
    services = _compose()["services"]
    alerts = services["alerts"]
    assert alerts["command"] == ["mlb-agent", "watch"] and alerts["restart"] == "unless-stopped"
    assert alerts["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    # The agent's connection settings as its own role (mlb_alerts: the alert log only), plus the webhook URLs
    # (secrets, from the environment only).
    env = alerts["environment"]
    assert (env["PGUSER"], env["PGPASSWORD"]) == ("mlb_alerts", "${MLB_ALERTS_PASSWORD:-change-me}")
    same = {k: v for k, v in env.items() if not k.endswith("_WEBHOOK_URL") and k not in ("PGUSER", "PGPASSWORD")}
    assert same == {k: v for k, v in services["agent"]["environment"].items() if k not in ("PGUSER", "PGPASSWORD")}
    assert env["MLB_SLACK_WEBHOOK_URL"] == "${MLB_SLACK_WEBHOOK_URL:-}"
    assert "ALTER ROLE mlb_alerts PASSWORD" in " ".join(services["migrate"]["entrypoint"])


def test_the_compose_port_leaves_the_local_clusters_free():
    """docker-compose's host port 54329 collided with make demo's local cluster (issue 31)."""
    dev = (ROOT / "scripts" / "dev.sh").read_text()
    local = re.search(r"^MLB_PGPORT=\$\{MLB_PGPORT:-(\d+)\}", dev, re.M)
    test = re.search(r"throwaway_cluster \"\$\{MLB_TEST_PGPORT:-(\d+)\}\"", dev)
    assert local and test
    [mapping] = _compose()["services"]["db"]["ports"]
    host = re.fullmatch(r"127\.0\.0\.1:\$\{MLB_COMPOSE_PGPORT:-(\d+)\}:5432", mapping)
    assert host and host.group(1) not in (local.group(1), test.group(1))


def test_apt_waits_for_a_held_dpkg_lock():
    """make demo and make test failed at once while another apt held the dpkg lock (issue 31)."""
    calls = [
        line for line in (ROOT / "scripts" / "dev.sh").read_text().splitlines() if "apt-get" in line and "$sudo" in line
    ]
    assert len(calls) == 2 and all('"${wait[@]}"' in line for line in calls)
    assert "local wait=(-o DPkg::Lock::Timeout=600)" in (ROOT / "scripts" / "dev.sh").read_text()


def test_the_live_board_is_served_read_only_on_the_hosts_loopback():
    services = _compose()["services"]
    board = services["board"]
    assert board["command"] == ["mlb-agent", "serve", "--host", "0.0.0.0", "--port", "8765"]
    assert board["ports"] == ["127.0.0.1:${MLB_COMPOSE_BOARD_PORT:-8765}:8765"]
    assert board["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    env = board["environment"]
    assert (env["PGUSER"], env["PGPASSWORD"]) == ("mlb_analyst", "${MLB_ANALYST_PASSWORD:-change-me}")
    assert "ALTER ROLE mlb_analyst PASSWORD" in " ".join(services["migrate"]["entrypoint"])
    # The image carries the pages' templates and assets (package data), as the local install does.
    assert (
        'agent = ["templates/*.html", "static/*.js", "static/*.css", "static/vendor/*"]'
        in (ROOT / "pyproject.toml").read_text()
    )
