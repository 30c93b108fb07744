-- Deploy mlb:staging/add_line_partitions
-- Issue 14: staging.betting_line_rows is partitioned by season (the New York
-- year of the game's date), so a season is detached or archived whole. A
-- season's partition is created here, before its first line: by the trigger
-- on staging.games when a game of a new season arrives, and at deploy.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.locks (name, description) VALUES
  ('staging.line_partitions', 'Held while a season''s partition of staging.betting_line_rows is created (staging.add_line_partitions), so two sessions never create it twice.');

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
    EXECUTE format('CREATE TABLE staging.%I PARTITION OF staging.betting_line_rows FOR VALUES IN (%s)', v_name, v_season);
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
COMMENT ON FUNCTION staging.add_line_partitions(int[]) IS 'Creates the partitions of staging.betting_line_rows for the given seasons that do not exist yet (staging.betting_line_rows_2024 for the games of 2024), with the parent''s column comments, statistics on the names staging.betting_lines computes, and the analysts'' read; under the lock staging.line_partitions. Returns how many it created. Called by the trigger on staging.games and at deploy; owned by mlb_owner, who owns the table.';

COMMIT;
