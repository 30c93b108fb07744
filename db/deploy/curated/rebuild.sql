-- Deploy mlb:curated/rebuild
-- Curated rebuild of one date.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild(target_date date)
RETURNS TABLE (games bigint, lines bigint, consensus bigint, movements bigint, signals bigint, bets bigint, pipeline_run_id bigint)
LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, curated
AS $$ SELECT * FROM curated.rebuild_dates(ARRAY[target_date]) $$;
COMMENT ON FUNCTION curated.rebuild(date) IS 'Re-derives curated for one New York date: SELECT * FROM curated.rebuild(''2024-06-01''). Returns a summary row.';

COMMIT;
