-- Revert mlb:staging/promote/store_lines (rework after v0.2.1): restores the previous version
-- Promotion step: prices stored.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_store_lines(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, r.rule, r.severity, 'line', l.source, l.raw_table, l.raw_id,
         concat_ws(':', l.source_game_id, l.book_text, l.source_market, l.side_text, l.observation_kind, l.observed_at),
         l.game_date,
         jsonb_strip_nulls(jsonb_build_object('game', l.source_game_id, 'book', l.book_text, 'market', l.source_market,
                                              'side', l.side_text, 'team', l.side_team_text, 'line', l.line_text,
                                              'price', l.price_text, 'observed_at', l.observed_at))
    FROM batch_lines l
   CROSS JOIN LATERAL (SELECT l.problem, 'reject' WHERE l.problem IS NOT NULL
                       UNION ALL SELECT w, 'warn' FROM unnest(l.warnings) w) AS r(rule, severity)
  ON CONFLICT DO NOTHING;

  -- Newest raw row first: of two raw rows stating the same observation the newer
  -- is kept and ON CONFLICT skips the older (and anything already stored); one
  -- sort by raw id instead of a sort by the whole natural key.
  INSERT INTO betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, line_timing,
                             is_live, source, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT game_id, sportsbook_id, market, side, CASE WHEN market = 'moneyline' THEN NULL ELSE line END, american_price,
         observed_at, timing, is_live, source,
         round(0.4 * (CASE WHEN observed_at IS NULL THEN 0.75 ELSE 1 END)
               + 0.4 * greatest(0, 1 - 0.25 * cardinality(warnings)) + 0.2 * consistency, 3),
         raw_table, raw_id, p_run_id
    FROM (SELECT l.*, CASE l.observation_kind WHEN 'open' THEN 'open' WHEN 'close' THEN 'close' ELSE 'observed' END AS timing
            FROM batch_lines l WHERE l.problem IS NULL) x
   ORDER BY raw_id DESC
  ON CONFLICT DO NOTHING;
END
$$;
COMMENT ON FUNCTION staging.promote_store_lines(bigint) IS 'Promotion step 7: the batch''s lines (temp table batch_lines) stored: every rejection and warning in validation_results, every good line in staging.betting_lines with its quality score and lineage; of two raw rows stating the same observation the newer is kept, and an observation already stored is not stored again.';

COMMIT;
