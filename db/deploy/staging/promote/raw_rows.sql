-- Deploy mlb:staging/promote/raw_rows
-- Promotion of a batch: the orchestrator of the steps.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The promotion of one batch, step by step; each step is its own function in
-- staging/promote/ and hands the next one temp tables.
CREATE OR REPLACE FUNCTION staging.promote_raw_rows(p_run_id bigint) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
-- Batch-sized joins: hash, never a sort of the wide line rows (row estimates of JSON expansion are guesses).
SET enable_mergejoin = off
AS $$
BEGIN
  PERFORM staging.promote_payloads(p_run_id);        -- promotion_batch -> ok_batch (bad payloads quarantined)
  PERFORM staging.promote_books(p_run_id);           -- book catalogues -> sportsbook_source_ids
  PERFORM staging.promote_stated_games(p_run_id);    -- ok_batch -> batch_games, checked
  PERFORM staging.promote_schedule_games(p_run_id);  -- the MLB schedule's games
  PERFORM staging.promote_source_games(p_run_id);    -- other sources' games matched or created
  PERFORM staging.promote_payload_games(p_run_id);   -- the game each payload means by each id
  PERFORM staging.promote_lines(p_run_id);           -- ok_batch -> batch_lines, checked and scored
  PERFORM staging.promote_store_lines(p_run_id);     -- batch_lines -> betting_lines
  PERFORM staging.promote_openers();                 -- is_opener of the batch's games
  PERFORM staging.promote_splits(p_run_id);          -- ok_batch -> betting_splits
  PERFORM staging.promote_unread(p_run_id);          -- payloads with data that stated nothing
  PERFORM staging.refresh_line_summaries(p_run_id);  -- the summaries of the games touched
  RETURN staging.promote_metrics(p_run_id);          -- data_quality_metrics and the run's counts
END
$$;
COMMENT ON FUNCTION staging.promote_raw_rows(bigint) IS 'Promotes the raw rows listed in the temp table promotion_batch, one step function after another: payload shape checks, book catalogues, games (MLB schedule first, then other sources matched by teams + New York date + start time, or created), each source''s game ids, prices and splits, with every failed rule in validation_results (a payload with data that states nothing: payload_unread), then the summaries of the games whose lines changed (staging.refresh_line_summaries), and counts in data_quality_metrics. Set-based and idempotent. Called by promote() and rebuild().';

COMMIT;
