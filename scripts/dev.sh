#!/usr/bin/env bash
# One entry point behind the Makefile: installs what is missing, runs a
# project-local PostgreSQL 15 with pg_cron, deploys with sqitch, runs tests.
# Every subcommand is idempotent.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PG_BIN=${MLB_PG_BIN:-/usr/lib/postgresql/15/bin}
MLB_PGPORT=${MLB_PGPORT:-54329}
MLB_DB=${MLB_DB:-mlb}
VENV=${MLB_VENV:-$ROOT/.venv}
DEB_PACKAGES=(postgresql-15 postgresql-contrib postgresql-15-cron postgresql-15-pgtap
  postgresql-15-plpgsql-check sqitch libtap-parser-sourcehandler-pgtap-perl python3-venv)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# Run a PostgreSQL server binary as the user that owns the cluster.
as_pg() { if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# A user who set DATABASE_URL or PGHOST before calling us has their own server.
# A server from the environment, unless the environment is this project's own
# cluster (what `eval "$(make -s pg-env)"` exports): then db-stop, psql and the
# rest still treat it as the project's, starting it when it is down.
external_server() {
  [ -n "${DATABASE_URL:-}" ] && return 0
  [ -n "${PGHOST:-}" ] && [ "$PGHOST" != "$(cluster_dir)/run" ]
}

# ---------------------------------------------------------------- packages
missing_packages() {
  local missing=()
  [ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15)
  [ -f /usr/share/postgresql/15/extension/pg_cron.control ] || missing+=(postgresql-15-cron)
  [ -f /usr/share/postgresql/15/extension/pgtap.control ] || missing+=(postgresql-15-pgtap)
  [ -f /usr/share/postgresql/15/extension/plpgsql_check.control ] || missing+=(postgresql-15-plpgsql-check)
  command -v sqitch >/dev/null || missing+=(sqitch)
  command -v pg_prove >/dev/null || missing+=(libtap-parser-sourcehandler-pgtap-perl)
  command -v psql >/dev/null || missing+=(postgresql-client-15)
  python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
  # Tests open the reports in headless Chromium, as a person would see them.
  if [ "${1:-}" = test ]; then
    command -v chromium >/dev/null || missing+=(chromium)
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  fi
  echo "${missing[@]:-}"
}

cmd_deps() {
  local missing
  missing=$(missing_packages "${1:-}")
  [ -z "$missing" ] && return 0
  say "installing Debian packages: $missing"
  local sudo=""
  if ! is_root; then
    command -v sudo >/dev/null || die "missing packages ($missing); install them as root: apt-get install ${DEB_PACKAGES[*]}"
    sudo="sudo"
  fi
  # Another apt holding the dpkg lock (an unattended upgrade) is waited for, up to 10 minutes, not failed on.
  local wait=(-o DPkg::Lock::Timeout=600)
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" install -y -qq --no-install-recommends $missing >/dev/null
  missing=$(missing_packages "${1:-}")
  [ -z "$missing" ] || die "still missing after apt-get: $missing"
}

cmd_venv() {
  local stamp="$VENV/.installed"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating Python environment in $VENV"
    python3 -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing the agent and its dev tools"
    if ! { "$VENV/bin/pip" install -q --upgrade pip && "$VENV/bin/pip" install -q -e ".[dev]"; } \
        >"$VENV/pip.log" 2>&1; then
      tail -30 "$VENV/pip.log" >&2
      die "pip install failed (log: $VENV/pip.log)"
    fi
    touch "$stamp"
  fi
}

# ---------------------------------------------------------------- cluster
# Where the project's own cluster lives. As root the server runs as the
# postgres user, which may not be able to enter the checkout (a clone in a
# private temp dir): then the cluster lives in postgres' home instead.
cluster_dir() {
  if [ -n "${MLB_PGDATA:-}" ]; then echo "$MLB_PGDATA"; return; fi
  if is_root && ! runuser -u postgres -- test -x "$ROOT"; then
    echo "/var/lib/postgresql/mlb-pipeline-$(printf %s "$ROOT" | sha256sum | cut -c1-10)"
  else
    echo "$ROOT/.pgdata"
  fi
}

# cluster_init DIR PORT DBNAME LISTEN [fast]
cluster_init() {
  local dir=$1 port=$2 db=$3 listen=$4 fast=${5:-}
  mkdir -p "$dir/run" "$dir/log"
  is_root && chown -R postgres:postgres "$dir"
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    say "initialising PostgreSQL 15 cluster in $dir/data"
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/log/initdb.log"
    echo "include_if_exists = 'mlb.conf'" | as_pg tee -a "$dir/data/postgresql.conf" >/dev/null
  fi
  # Rewritten on every start so a changed port or database name takes effect.
  {
    echo "port = $port"
    echo "listen_addresses = '$listen'"
    echo "unix_socket_directories = '$dir/run'"
    echo "shared_preload_libraries = 'pg_cron'"
    echo "cron.database_name = '$db'"
    # Jobs run in background workers: no TCP login or password needed.
    echo "cron.use_background_workers = on"
    echo "max_worker_processes = 32"
    echo "timezone = 'UTC'"
    echo "log_timezone = 'UTC'"
    # A standby's slot (make replica) keeps WAL for it, never more than this.
    echo "max_slot_wal_keep_size = '4GB'"
    if [ -n "$fast" ]; then
      # Throwaway test cluster: durability is not wanted, speed is.
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } | as_pg tee "$dir/data/mlb.conf" >/dev/null
}

cluster_start() {
  local dir=$1
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 && return 0
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -w -l "$dir/log/postgres.log" start >/dev/null \
    || { tail -20 "$dir/log/postgres.log" >&2; die "PostgreSQL did not start (log: $dir/log/postgres.log)"; }
}

cluster_stop() {
  local dir=$1
  if [ -f "$dir/data/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -w -m fast stop >/dev/null
  fi
}

# Export the libpq variables for a local cluster.
local_env() {
  local dir=$1 port=$2 db=$3
  export PGHOST="$dir/run" PGPORT="$port" PGUSER=postgres PGDATABASE="$db"
  unset DATABASE_URL PGPASSWORD PGSERVICE || true
}

create_database() {
  local db=$1
  if [ -z "$(psql -X -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    psql -X -q -d postgres -c "CREATE DATABASE \"$db\""
  fi
}

# The main (demo) cluster: started if local, checked if external.
main_db_env() {
  if external_server; then
    check_external
  else
    local dir
    dir=$(cluster_dir)
    cluster_init "$dir" "$MLB_PGPORT" "$MLB_DB" 127.0.0.1
    cluster_start "$dir"
    local_env "$dir" "$MLB_PGPORT" "$MLB_DB"
    create_database "$MLB_DB"
  fi
}

psql_main() { if [ -n "${DATABASE_URL:-}" ]; then psql -X "$DATABASE_URL" "$@"; else psql -X "$@"; fi; }

# An existing server must offer pg_cron in this database and pgTAP to install.
check_external() {
  say "using your server (${DATABASE_URL:-PGHOST=$PGHOST})"
  psql_main -tAc 'SELECT 1' >/dev/null || die "cannot connect to your server; check DATABASE_URL / PG* variables"
  local problems
  problems=$(psql_main -tA <<'SQL'
SELECT 'pg_cron is not installed on the server (apt-get install postgresql-15-cron)'
 WHERE NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_cron')
UNION ALL
SELECT 'pg_cron is not in shared_preload_libraries (add it to postgresql.conf and restart)'
 WHERE current_setting('shared_preload_libraries') NOT LIKE '%pg_cron%'
UNION ALL
SELECT format('cron.database_name is %L, not this database %L (set it and restart)',
              current_setting('cron.database_name', true), current_database())
 WHERE coalesce(current_setting('cron.database_name', true), 'postgres') <> current_database()
UNION ALL
SELECT 'pgTAP is not installed on the server (apt-get install postgresql-15-pgtap); only tests need it'
 WHERE NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgtap');
SQL
)
  if [ -n "$problems" ]; then
    printf '%s\n' "$problems" >&2
    echo "$problems" | grep -qv pgTAP && die "your server is not ready for this project"
  fi
  return 0
}

sqitch_target() { if [ -n "${DATABASE_URL:-}" ]; then echo "db:$DATABASE_URL"; else echo "db:pg:"; fi; }

cmd_deploy() {
  case $(deploy_state) in
    replay)
      die "this database was deployed from an earlier plan (v0.2.x, or an unreleased state of this one) that sqitch cannot move forward: 'make upgrade' carries over its raw data, bets, strategies, settings and alert history and derives the rest again (a backup is written first; docs/operations.md, \"Upgrading\")" ;;
    upgrading)
      die "an upgrade was interrupted (schemas upgrade_from_* exist): run 'make upgrade' again to finish it" ;;
  esac
  say "sqitch deploy --verify"
  sqitch deploy --verify "$(sqitch_target)"
}

# What the database holds against this checkout's plan: none (nothing deployed), current
# (every deployed change is in the plan with the same deploy script; any missing ones can
# be deployed), replay (deployed from another plan, or from scripts since edited in place:
# upgrade by replay), upgrading (an upgrade by replay was interrupted).
deploy_state() {
  if [ -n "$(psql_main -tAc "SELECT 1 FROM pg_namespace WHERE nspname = 'upgrade_from_raw_data'")" ]; then
    echo upgrading; return
  fi
  if [ -z "$(psql_main -tAc "SELECT 1 FROM pg_tables WHERE schemaname = 'sqitch' AND tablename = 'changes'")" ] \
     || [ "$(psql_main -tAc "SELECT count(*) FROM sqitch.changes WHERE project = 'mlb'")" = 0 ]; then
    echo none; return
  fi
  local out
  if ! out=$(sqitch status "$(sqitch_target)" 2>&1) && grep -q "Cannot find" <<<"$out"; then
    echo replay; return
  fi
  if ! sqitch check "$(sqitch_target)" >/dev/null 2>&1; then
    echo replay; return
  fi
  echo current
}

cmd_db_start() { cmd_deps; main_db_env; say "PostgreSQL is up: make psql"; }
cmd_db_stop() {
  external_server && die "not stopping a server this project did not start"
  cluster_stop "$(replica_dir)"
  cluster_stop "$(cluster_dir)"
  say "stopped"
}

# ---------------------------------------------------------------- hot standby
# make replica: a hot standby of the local cluster by streaming replication, for the
# analyst views while the primary collects and promotes (docs/scale-out.md). Its data is
# a base backup of the primary in $(cluster_dir)-replica (MLB_REPLICA_PGDATA), it listens
# on MLB_REPLICA_PGPORT (54359), and the primary keeps the WAL it has not received in the
# slot mlb_replica (bounded by max_slot_wal_keep_size). make replica-drop removes both.
replica_dir() { echo "${MLB_REPLICA_PGDATA:-$(cluster_dir)-replica}"; }
REPLICA_SLOT=mlb_replica

cmd_replica() {
  external_server && die "make replica makes a standby of this project's local cluster; for your own server see docs/scale-out.md"
  local primary replica port
  primary=$(cluster_dir)
  replica=$(replica_dir)
  port=${MLB_REPLICA_PGPORT:-54359}
  # The primary as it runs (its own settings are not rewritten), else started as make db-start does.
  if ! as_pg "$PG_BIN/pg_ctl" -D "$primary/data" status >/dev/null 2>&1; then cmd_deps; main_db_env; fi
  local_env "$primary" "$MLB_PGPORT" "$MLB_DB"
  mkdir -p "$replica"
  is_root && chown postgres:postgres "$replica"
  chmod 700 "$replica"
  if [ ! -f "$replica/data/PG_VERSION" ]; then
    if [ -z "$(psql -X -d postgres -tAc "SELECT 1 FROM pg_replication_slots WHERE slot_name = '$REPLICA_SLOT'")" ]; then
      psql -X -q -d postgres -c "SELECT pg_create_physical_replication_slot('$REPLICA_SLOT')" >/dev/null
    fi
    say "copying the primary into $replica/data (pg_basebackup)"
    as_pg mkdir -p "$replica/run" "$replica/log"
    as_pg "$PG_BIN/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U postgres -D "$replica/data" \
      -X stream -S "$REPLICA_SLOT" -R -c fast >/dev/null
  fi
  # The copy carries the primary's mlb.conf: the standby's own, rewritten on every start (and read last).
  grep -q "^include_if_exists = 'mlb.conf'" "$replica/data/postgresql.conf" \
    || echo "include_if_exists = 'mlb.conf'" | as_pg tee -a "$replica/data/postgresql.conf" >/dev/null
  {
    echo "port = $port"
    echo "listen_addresses = '${MLB_REPLICA_LISTEN-127.0.0.1}'"
    echo "unix_socket_directories = '$replica/run'"
    echo "shared_preload_libraries = 'pg_cron'"  # jobs run on the primary only: pg_cron waits out recovery
    echo "cron.database_name = '$MLB_DB'"
    echo "cron.use_background_workers = on"
    echo "max_worker_processes = 32"
    echo "timezone = 'UTC'"
    echo "log_timezone = 'UTC'"
    echo "hot_standby = on"
    # An analyst's long read on the standby holds back cleanup on the primary rather than being cancelled.
    echo "hot_standby_feedback = on"
  } | as_pg tee "$replica/data/mlb.conf" >/dev/null
  cluster_start "$replica"
  say "hot standby of $MLB_DB on port $port, read-only: PGHOST=$replica/run PGPORT=$port psql -U mlb_analyst $MLB_DB"
}

cmd_replica_drop() {
  local replica
  replica=$(replica_dir)
  cluster_stop "$replica"
  rm -rf "$replica"
  if ! external_server && as_pg "$PG_BIN/pg_ctl" -D "$(cluster_dir)/data" status >/dev/null 2>&1; then
    local_env "$(cluster_dir)" "$MLB_PGPORT" "$MLB_DB"
    psql -X -q -d postgres -c "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '$REPLICA_SLOT'" >/dev/null
  fi
  say "hot standby removed (and the primary's slot $REPLICA_SLOT)"
}

cmd_pg_env() {
  external_server && { echo "# using your own server from the environment"; return; }
  local dir
  dir=$(cluster_dir)
  echo "export PGHOST='$dir/run' PGPORT='$MLB_PGPORT' PGUSER=postgres PGDATABASE='$MLB_DB'"
}

cmd_psql() { main_db_env; psql_main "$@"; }

cmd_demo() {
  cmd_deps
  cmd_venv
  main_db_env
  cmd_deploy
  say "replaying the sample day (sample/) into raw_data as the agent role"
  "$VENV/bin/mlb-agent" replay "$ROOT/sample"
  say "promoting raw -> staging"
  "$VENV/bin/mlb-agent" pipeline run --zone staging
  say "rebuilding curated for the dates that changed"
  "$VENV/bin/mlb-agent" pipeline run --zone curated
  "$VENV/bin/mlb-agent" status
  say "the day's board and a page per game (open it in a browser; it works offline)"
  "$VENV/bin/mlb-agent" report day 2025-06-14 -o "$ROOT/reports"
}

# ---------------------------------------------------------------- upgrade
# Upgrade by replay (docs/operations.md, "Upgrading"): raw is the source of truth, so a
# database deployed from an earlier plan moves to this one by carrying over what cannot be
# derived and deriving the rest again. A full backup first (pg_dump, in backups/ or
# $MLB_BACKUP_DIR); the old schemas are renamed upgrade_from_*, this plan is deployed beside
# them, db/upgrade/1_carry_over_sources.sql carries raw and what derivation depends on,
# promotion and the curated refresh derive everything again, db/upgrade/2_carry_over_user_data.sql
# carries bets and alert history, and the old schemas are dropped once the counts match.
# Interrupted, it resumes where it stopped; on a current database it does nothing.
cmd_upgrade() {
  cmd_deps
  cmd_venv
  main_db_env
  local state
  state=$(deploy_state)
  case $state in
    none) say "nothing deployed yet"; cmd_deploy; return ;;
    current)
      say "the database runs this plan: deploying what is missing, nothing to carry over"
      sqitch deploy --verify "$(sqitch_target)"; return ;;
  esac
  if [ "$state" = replay ]; then
    local dir=${MLB_BACKUP_DIR:-$ROOT/backups} file
    mkdir -p "$dir"
    file="$dir/$(psql_main -tAc 'SELECT current_database()')-$(date -u +%Y%m%dT%H%M%SZ)-before-upgrade.dump"
    say "backing up the database to $file"
    if [ -n "${DATABASE_URL:-}" ]; then pg_dump -Fc -f "$file" "$DATABASE_URL"; else pg_dump -Fc -f "$file"; fi
    say "setting the previous deployment aside (schemas upgrade_from_*), its pg_cron jobs stopped"
    psql_main -q -v ON_ERROR_STOP=1 -1 <<'SQL'
SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname LIKE 'mlb-%';
ALTER SCHEMA raw_data RENAME TO upgrade_from_raw_data;
ALTER SCHEMA staging RENAME TO upgrade_from_staging;
ALTER SCHEMA curated RENAME TO upgrade_from_curated;
ALTER SCHEMA pipeline RENAME TO upgrade_from_pipeline;
ALTER SCHEMA sqitch RENAME TO upgrade_from_sqitch;
CREATE TABLE upgrade_from_pipeline.upgrade_steps (step text PRIMARY KEY, done_at timestamptz NOT NULL DEFAULT now());
SQL
  else
    say "finishing an interrupted upgrade"
  fi
  sqitch deploy --verify "$(sqitch_target)"
  upgrade_step sources db/upgrade/1_carry_over_sources.sql
  say "deriving staging and curated again from raw"
  psql_main -q -o /dev/null -v ON_ERROR_STOP=1 -c "CALL staging.promote_until_empty()"
  psql_main -q -v ON_ERROR_STOP=1 -c "SELECT dates FROM curated.drain_dirty_dates(NULL)" >/dev/null
  upgrade_step user_data db/upgrade/2_carry_over_user_data.sql
  say "dropping the previous deployment (the backup keeps it)"
  psql_main -q -v ON_ERROR_STOP=1 -1 -c "SET client_min_messages = warning" \
    -c "DROP SCHEMA upgrade_from_raw_data, upgrade_from_staging, upgrade_from_curated, upgrade_from_pipeline, upgrade_from_sqitch CASCADE"
  say "$(psql_main -tA -c "SELECT format('upgraded: %s raw rows, %s games, %s lines, %s bets carried over',
      (SELECT sum(row_count) FROM pipeline.raw_table_counts()),
      (SELECT count(*) FROM staging.games), (SELECT count(*) FROM staging.betting_line_rows), (SELECT count(*) FROM curated.user_bets))")"
}

# upgrade_step NAME FILE: run a carry-over script once (it marks itself done in its own transaction).
upgrade_step() {
  local name=$1 file=$2
  if [ -n "$(psql_main -tAc "SELECT 1 FROM upgrade_from_pipeline.upgrade_steps WHERE step = '$name'")" ]; then
    return 0
  fi
  say "carrying over: $file"
  psql_main -q -o /dev/null -v ON_ERROR_STOP=1 -f "$file"
}

# ---------------------------------------------------------------- tests
cmd_test() {
  cmd_deps test
  cmd_venv
  # Tests never touch the user's data: a throwaway cluster every run.
  # The live day (agent/tests/test_live_day.py) runs on the real clock, about two minutes of mostly waiting: on a
  # throwaway cluster of its own, beside the deploys and pgTAP; its test judges what it wrote.
  local live_day
  live_day=$(mktemp -d /tmp/mlb-test-live-day.XXXXXX)
  (live_day_beside "$live_day" >"$live_day/log" 2>&1 || echo 1 >"$live_day/status") &
  throwaway_cluster "${MLB_TEST_PGPORT:-54339}" mlb_test
  local dir=$THROWAWAY

  say "sqitch: deploy, revert, deploy"
  sqitch --quiet deploy --verify
  # The released reverts of the payload tables select a void check, which psql prints as an empty line.
  sqitch --quiet revert -y | sed '/^$/d'
  local left
  left=$(psql -X -tAc "SELECT string_agg(nspname, ',') FROM pg_namespace WHERE nspname IN ('raw_data','staging','curated','pipeline')")
  [ -z "$left" ] || die "sqitch revert left schemas behind: $left"
  # Verified on the first deploy: the second shows the plan deploys again after its revert.
  sqitch --quiet deploy --no-verify
  sqitch status | tail -1

  psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS pgtap'
  # Tests promote explicitly; the every-minute job would race them.
  psql -X -q -c "UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'"
  local status=0
  say "pgTAP"
  # The tests' notices (a temp table dropped if it exists) are not news; warnings still show.
  PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" pg_prove -r --ext .sql --failures db/tests || status=1
  say "pytest"
  MLB_TEST_CLUSTER_DIR="$dir" MLB_TEST_LIVE_DAY_DIR="$live_day" "$VENV/bin/pytest" -q --durations=12 agent/tests \
    || status=1
  wait
  rm -rf "$live_day"
  say "ruff and mypy"
  "$VENV/bin/ruff" check agent bench || status=1
  "$VENV/bin/mypy" agent bench || status=1
  [ "$status" = 0 ] && say "all tests passed" || say "tests FAILED"
  return "$status"
}

# The short live day on a throwaway cluster of its own, for make test: result.json, then its exit status in status.
live_day_beside() {
  local out=$1 rc=0
  throwaway_cluster "${MLB_TEST_LIVE_DAY_PGPORT:-54338}" mlb_test_live_day
  # Bounded, so make test's wait for it is: a day that has not ended in 15 minutes has failed.
  timeout 300 sqitch --quiet deploy --no-verify || rc=$?
  if [ "$rc" = 0 ]; then
    timeout 900 "$VENV/bin/python" bench/live_day.py --scenario bench/scenarios/short.json --out "$out/result.json" \
      || rc=$?
  fi
  echo "$rc" >"$out/status"
}

# A throwaway cluster for tests and benchmarks: exports PG* and sets $THROWAWAY.
throwaway_cluster() {
  unset DATABASE_URL PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGSERVICE || true
  local port=$1 db=$2
  THROWAWAY=$(mktemp -d /tmp/mlb-test.XXXXXX)
  chmod 755 "$THROWAWAY"
  # shellcheck disable=SC2064
  trap "cluster_stop '$THROWAWAY'; rm -rf '$THROWAWAY'" EXIT
  cluster_init "$THROWAWAY" "$port" "$db" "" fast
  cluster_start "$THROWAWAY"
  local_env "$THROWAWAY" "$port" "$db"
  create_database "$db"
}

cmd_bench() {
  cmd_deps
  cmd_venv
  throwaway_cluster "${MLB_BENCH_PGPORT:-54349}" mlb_bench
  sqitch --quiet deploy --verify
  say "benchmark (throwaway cluster, fsync off): $*"
  MLB_BENCH_CLUSTER_DIR="$THROWAWAY" "$VENV/bin/python" bench/run.py "$@"
}

# A live day (issue 28): the whole product on the real clock against a local source server, scored against
# the scenario's truth (bench/live_day.py; docs/operations.md "A live day").
cmd_live_day() {
  cmd_deps
  cmd_venv
  throwaway_cluster "${MLB_LIVE_DAY_PGPORT:-54359}" mlb_live_day
  sqitch --quiet deploy --verify
  say "live day (throwaway cluster, the real pg_cron jobs): ${1:-bench/scenarios/slate.json}"
  "$VENV/bin/python" bench/live_day.py --scenario "${1:-bench/scenarios/slate.json}"
}

# How much of the database code the pgTAP suite alone exercises (db/coverage/): on a throwaway
# cluster with track_functions = all and plpgsql_check's profiler preloaded, the suite runs once,
# then the share of project routines it called and of PL/pgSQL statements it ran is printed, with
# the routines it never calls.
cmd_coverage() {
  cmd_deps test
  cmd_venv
  throwaway_cluster "${MLB_COVERAGE_PGPORT:-54379}" mlb_coverage
  local dir=$THROWAWAY
  {
    echo "shared_preload_libraries = 'pg_cron,plpgsql_check'"
    echo "track_functions = all"
    echo "plpgsql_check.profiler = on"
    echo "plpgsql_check.profiler_max_shared_chunks = 100000"
  } | as_pg tee -a "$dir/data/mlb.conf" >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -w -m fast restart -l "$dir/log/postgres.log" >/dev/null
  sqitch --quiet deploy --verify
  psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS pgtap' \
    -c "UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'"
  psql -X -q -o /dev/null -f db/coverage/prepare.sql
  say "pgTAP, counted"
  local failed=0 log="$ROOT/test-output/coverage-pg_prove.log"
  mkdir -p "$ROOT/test-output"
  PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" pg_prove -r --ext .sql --failures db/tests >"$log" 2>&1 || failed=1
  tail -2 "$log" >&2
  [ "$failed" = 0 ] || say "pgTAP tests that fail on the counting database (its SQL functions are not inlined): $log"
  say "coverage of the database code by pgTAP alone"
  psql -X -q -f db/coverage/report.sql
}

# Digests of staging and curated after known loads (bench/digests.py), compared
# with bench/digests.json; --write records them as the new reference.
cmd_digests() {
  cmd_deps
  cmd_venv
  throwaway_cluster "${MLB_DIGEST_PGPORT:-54359}" mlb_digest
  local out="$THROWAWAY/digests.json" scenario
  for scenario in sample sbro tenth tenth-workers; do
    # A fresh database per scenario (a revert refuses while raw rows exist).
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS mlb_digest WITH (FORCE)" -c "CREATE DATABASE mlb_digest"
    sqitch --quiet deploy --verify >/dev/null
    "$VENV/bin/python" bench/digests.py "$scenario" --out "$out"
  done
  if [ "${1:-}" = "--write" ]; then
    cp "$out" bench/digests.json
    say "reference digests written to bench/digests.json"
  elif "$VENV/bin/python" -c 'import json, sys; a, b = (json.load(open(f)) for f in sys.argv[1:]); sys.exit(0 if all(a[k] == b.get(k) for k in a) else 1)' "$out" bench/digests.json; then
    say "digests identical to bench/digests.json"
  else
    diff <("$VENV/bin/python" -m json.tool bench/digests.json) <("$VENV/bin/python" -m json.tool "$out") >&2 || true
    die "digests differ from bench/digests.json"
  fi
}

case "${1:-}" in
  deps) cmd_deps ;;
  venv) cmd_venv ;;
  db-start) cmd_db_start ;;
  db-stop) cmd_db_stop ;;
  pg-env) cmd_pg_env ;;
  psql) shift; cmd_psql "$@" ;;
  deploy) cmd_deps; main_db_env; cmd_deploy ;;
  upgrade) cmd_upgrade ;;
  demo) cmd_demo ;;
  test) cmd_test ;;
  bench) shift; cmd_bench "$@" ;;
  live-day) shift; cmd_live_day "$@" ;;
  digests) shift; cmd_digests "$@" ;;
  coverage) cmd_coverage ;;
  replica) cmd_replica ;;
  replica-drop) cmd_replica_drop ;;
  *) die "usage: $0 {deps|venv|db-start|db-stop|pg-env|psql|deploy|upgrade|demo|test|bench|live-day|digests|coverage|replica|replica-drop}" ;;
esac
