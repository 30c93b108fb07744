-- make coverage, before the pgTAP suite runs (scripts/dev.sh coverage; a throwaway cluster with
-- track_functions = all and the plpgsql_check profiler): a SQL function the planner inlines is never
-- counted as called, so on this throwaway database every project SQL function gets a setting of its
-- own (mlb.coverage), which PostgreSQL never inlines; then every count starts at zero.
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS plpgsql_check;
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
            WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND l.lanname = 'sql' AND p.prokind = 'f'
              AND p.proconfig IS NULL LOOP
    EXECUTE format('ALTER FUNCTION %s SET mlb.coverage = %L', f, 'on');
  END LOOP;
END
$$;
SELECT pg_stat_reset();
SELECT plpgsql_profiler_reset_all();
