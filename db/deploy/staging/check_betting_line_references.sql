-- Deploy mlb:staging/check_betting_line_references
-- Set-based reference check of betting lines.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.check_betting_line_references() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
DECLARE
  v_bad jsonb;
BEGIN
  SELECT jsonb_build_object('game_id', n.game_id, 'sportsbook_id', n.sportsbook_id, 'source', n.source,
                            'pipeline_run_id', n.pipeline_run_id)
    INTO v_bad
    FROM new_lines n
   WHERE NOT EXISTS (SELECT 1 FROM staging.games g WHERE g.game_id = n.game_id)
      OR NOT EXISTS (SELECT 1 FROM staging.sportsbooks b WHERE b.sportsbook_id = n.sportsbook_id)
      OR NOT EXISTS (SELECT 1 FROM raw_data.sources s WHERE s.source = n.source)
      OR NOT EXISTS (SELECT 1 FROM pipeline.runs r WHERE r.id = n.pipeline_run_id)
   LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'staging.betting_lines refers to a game, sportsbook, source or run that does not exist: %', v_bad
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.check_betting_line_references() IS 'Statement trigger on staging.betting_line_rows, where staging.betting_lines is stored: every inserted or updated line''s game, sportsbook, source and pipeline run must exist (the foreign keys, checked once per statement instead of once per row). Raises foreign_key_violation (23503).';
-- Its triggers are on staging.betting_line_rows, created with the table.
COMMIT;
