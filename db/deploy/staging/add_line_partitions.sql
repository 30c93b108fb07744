-- Deploy mlb:staging/add_line_partitions (reworked after v0.3.0)
-- A season's partition is made apart and attached (issue 29): CREATE TABLE ...
-- PARTITION OF took ACCESS EXCLUSIVE on staging.betting_line_rows, so an analyst's
-- open read held the promotion of a new season's first game, and every reader queued
-- behind it. ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE, which reads and writes
-- do not conflict with; it is also bounded by lock_timeout (pipeline.bound_lock_waits).
-- Issue 14: staging.betting_line_rows is partitioned by season (the New York
-- year of the game's date), so a season is detached or archived whole. A
-- season's partition is created here, before its first line: by the trigger
-- on staging.games when a game of a new season arrives, and at deploy.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.locks (name, description) VALUES
  ('staging.line_partitions', 'Held while a season''s partition of staging.betting_line_rows is created (staging.add_line_partitions), so two sessions never create it twice.')
ON CONFLICT (name) DO NOTHING;

CREATE OR REPLACE FUNCTION staging.add_line_partitions(p_seasons int[]) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
AS $$
DECLARE
  v_season int;
  v_name text;
  v_count int := 0;
BEGIN
  FOR v_season IN SELECT DISTINCT s FROM unnest(p_seasons) s
                   WHERE s IS NOT NULL AND to_regclass(format('staging.betting_line_rows_%s', s)) IS NULL ORDER BY 1 LOOP
    PERFORM pipeline.lock('staging.line_partitions');
    v_name := format('betting_line_rows_%s', v_season);
    CONTINUE WHEN to_regclass('staging.' || v_name) IS NOT NULL;  -- created while this session waited
    -- LIKE copies the columns, NOT NULLs, defaults and checks, with a check on the season so the attach
    -- need not scan; the attach adds the keys, indexes and row triggers of the table.
    EXECUTE format('CREATE TABLE staging.%I (LIKE staging.betting_line_rows INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CONSTRAINT %I CHECK (season = %s))',
                   v_name, v_name || '_season', v_season);
    EXECUTE format('ALTER TABLE staging.betting_line_rows ATTACH PARTITION staging.%I FOR VALUES IN (%s)', v_name, v_season);
    EXECUTE format('ALTER TABLE staging.%I DROP CONSTRAINT %I', v_name, v_name || '_season');  -- the bound says it now
    EXECUTE format('COMMENT ON TABLE staging.%I IS %L', v_name,
                   format('The lines of season %s (games whose New York date falls in %s): a partition of staging.betting_line_rows, detached or archived whole (docs/operations.md, "Seasons").', v_season, v_season));
    EXECUTE (SELECT string_agg(format('COMMENT ON COLUMN staging.%I.%I IS %L', v_name, a.attname, col_description(a.attrelid, a.attnum)), '; ')
               FROM pg_attribute a WHERE a.attrelid = 'staging.betting_line_rows'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND col_description(a.attrelid, a.attnum) IS NOT NULL);
    -- The planner estimates each partition from its own statistics (autovacuum analyzes partitions, never the parent).
    EXECUTE format('CREATE STATISTICS staging.%I ON (staging.line_code_name(''market'', market)), (staging.line_code_name(''side'', side)), (staging.line_code_name(''timing'', line_timing)) FROM staging.%I',
                   v_name || '_names', v_name);
    EXECUTE format('COMMENT ON STATISTICS staging.%I IS %L', v_name || '_names',
                   'Statistics on the market, side and timing names staging.betting_lines computes, for this season''s partition.');
    EXECUTE format('GRANT SELECT ON staging.%I TO mlb_analyst', v_name);
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION staging.add_line_partitions(int[]) FROM PUBLIC;
COMMENT ON FUNCTION staging.add_line_partitions(int[]) IS 'Creates the partitions of staging.betting_line_rows for the given seasons that do not exist yet (staging.betting_line_rows_2024 for the games of 2024), made apart and attached (SHARE UPDATE EXCLUSIVE on the table: open reads and promotions of other seasons go on), with the parent''s column comments, statistics on the names staging.betting_lines computes, and the analysts'' read; under the lock staging.line_partitions. Returns how many it created. Called by the trigger on staging.games and at deploy; owned by mlb_owner, who owns the table.';

COMMIT;
