-- Deploy mlb:staging/promote/store_lines (reworked after v0.2.1)
-- The newest copy of an observation wins, whether the copies arrive in one
-- batch (rebuild) or in several (promotion as data arrives): the one fetched
-- last, then the later raw table name, then the later stored raw row. Copies
-- within one raw row agree (promote_lines rejects conflicting_duplicate).
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

  -- One copy per observation (the newest), then stored unless a newer copy is.
  INSERT INTO betting_lines (game_id, sportsbook_id, outlet, market, side, line, american_price, observed_at, line_timing,
                             is_live, source, quality_score, raw_table, raw_id, raw_fetched_at, stated_decimal_price, pipeline_run_id)
  SELECT DISTINCT ON (game_id, sportsbook_id, book_text, market, side, source, timing, observed_at)
         game_id, sportsbook_id, book_text, market, side, CASE WHEN market = 'moneyline' THEN NULL ELSE line END, american_price,
         observed_at, timing, is_live, source,
         round(0.4 * (CASE WHEN observed_at IS NULL THEN 0.75 ELSE 1 END)
               + 0.4 * greatest(0, 1 - 0.25 * cardinality(warnings)) + 0.2 * consistency, 3),
         raw_table, raw_id, fetched_at, stated_decimal, p_run_id
    FROM (SELECT l.*, CASE l.observation_kind WHEN 'open' THEN 'open' WHEN 'close' THEN 'close' ELSE 'observed' END AS timing
            FROM batch_lines l WHERE l.problem IS NULL) x
   ORDER BY game_id, sportsbook_id, book_text, market, side, source, timing, observed_at, fetched_at DESC, raw_table DESC, raw_id DESC
  ON CONFLICT (game_id, sportsbook_id, outlet, market, side, source, line_timing, observed_at) DO UPDATE
     SET line = excluded.line, american_price = excluded.american_price, stated_decimal_price = excluded.stated_decimal_price,
         is_live = excluded.is_live,
         quality_score = excluded.quality_score, raw_table = excluded.raw_table, raw_id = excluded.raw_id,
         raw_fetched_at = excluded.raw_fetched_at, pipeline_run_id = excluded.pipeline_run_id
   WHERE (excluded.raw_fetched_at, excluded.raw_table, excluded.raw_id)
       > (betting_lines.raw_fetched_at, betting_lines.raw_table, betting_lines.raw_id);
END
$$;
COMMENT ON FUNCTION staging.promote_store_lines(bigint) IS 'Promotion step 7: the batch''s lines (temp table batch_lines) stored: every rejection and warning in validation_results, every good line in staging.betting_lines with its quality score and lineage; of several raw rows stating one observation the newest wins (fetch time, then raw table name, then stored raw row), in one batch and across batches alike: a stored observation is replaced only by a newer copy, never duplicated.';

COMMIT;
