-- Deploy mlb:staging/promote/splits
-- Promotion step: splits.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_splits(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  v_split_tol numeric := coalesce(pipeline.setting_numeric('validation.split_sum_tolerance'), 2);
  v_future interval := make_interval(mins => coalesce(pipeline.setting_numeric('validation.future_tolerance_minutes'), 5)::int);
BEGIN
  DROP TABLE IF EXISTS batch_splits;
  CREATE TEMP TABLE batch_splits ON COMMIT DROP AS
  WITH stated AS (
    SELECT s.*, f.fetched_at
      FROM (SELECT DISTINCT o.raw_table FROM ok_batch o) o
     CROSS JOIN LATERAL raw_data.stated_splits(o.raw_table, ARRAY(SELECT x.raw_id FROM ok_batch x WHERE x.raw_table = o.raw_table)) s
      JOIN ok_batch f ON f.raw_table = s.raw_table AND f.raw_id = s.raw_id
  ), merged AS (
    -- A source may state handle and bets in separate cells (VSIN): one split per side.
    SELECT source, raw_table, raw_id, fetched_at, source_game_id, book_text, market, side_text, max(side_team_text) AS side_team_text,
           max(bets_text) AS bets_text, max(money_text) AS money_text, max(count_text) AS count_text, observed_at
      FROM stated GROUP BY source, raw_table, raw_id, fetched_at, source_game_id, book_text, market, side_text, observed_at
  )
  SELECT s.*, g.game_id, g.game_date, b.sportsbook_id,
         CASE WHEN s.bets_text ~ '^\s*\d+(\.\d+)?\s*%?\s*$' THEN rtrim(btrim(s.bets_text), '%')::numeric END AS bets_percent,
         CASE WHEN s.money_text ~ '^\s*\d+(\.\d+)?\s*%?\s*$' THEN rtrim(btrim(s.money_text), '%')::numeric END AS money_percent,
         CASE WHEN s.count_text ~ '^\d{1,9}$' THEN s.count_text::int END AS bet_count,
         CASE WHEN s.side_text IN ('home', 'away', 'over', 'under') THEN s.side_text
              WHEN s.side_text IN ('first', 'second') THEN
                CASE team_for_alias(s.source, s.side_team_text, g.game_date)
                  WHEN g.home_team THEN 'home' WHEN g.away_team THEN 'away' END END AS side,
         NULL::text AS problem, NULL::text AS warning
    FROM merged s
    -- The game this payload means by the id (batch_payload_games), else, when the payload states no game, the
    -- source id's known game.
    LEFT JOIN batch_payload_games pg ON pg.raw_table = s.raw_table AND pg.raw_id = s.raw_id
                                    AND pg.source_game_id = s.source_game_id
    LEFT JOIN game_source_ids m ON m.source = s.source AND m.source_game_id = s.source_game_id AND pg.raw_id IS NULL
    LEFT JOIN games g ON g.game_id = coalesce(pg.game_id, m.game_id)
    LEFT JOIN sportsbook_source_ids b ON b.source = s.source AND b.source_book_key = s.book_text;

  ANALYZE batch_splits;
  UPDATE batch_splits SET problem = CASE
      WHEN market NOT IN ('moneyline', 'spread', 'total') THEN 'unsupported_market'
      WHEN observed_at IS NULL THEN 'invalid_observed_at'
      WHEN game_id IS NULL THEN 'unmatched_game'
      WHEN side IS NULL OR (side IN ('over', 'under')) <> (market = 'total') THEN 'unknown_side'
      WHEN book_text IS NOT NULL AND sportsbook_id IS NULL THEN 'unknown_book'
      WHEN bets_percent IS NULL AND money_percent IS NULL THEN 'missing_percentages'
      WHEN bets_percent > 100 OR money_percent > 100 THEN 'percent_out_of_range'
      WHEN observed_at > now() + v_future THEN 'observed_in_future'
    END;
  UPDATE batch_splits s SET warning = 'split_sides_do_not_sum_to_100'
   WHERE s.problem IS NULL AND EXISTS (
     SELECT 1 FROM batch_splits o
      WHERE o.problem IS NULL AND o.raw_id = s.raw_id AND o.source = s.source AND o.source_game_id = s.source_game_id
        AND o.book_text IS NOT DISTINCT FROM s.book_text AND o.market = s.market AND o.side <> s.side
        AND (abs(coalesce(o.bets_percent, 100 - s.bets_percent) + s.bets_percent - 100) > v_split_tol
             OR abs(coalesce(o.money_percent, 100 - s.money_percent) + s.money_percent - 100) > v_split_tol));

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, coalesce(problem, warning), CASE WHEN problem IS NULL THEN 'warn' ELSE 'reject' END, 'split',
         source, raw_table, raw_id, concat_ws(':', source_game_id, book_text, market, side_text), game_date,
         jsonb_strip_nulls(jsonb_build_object('game', source_game_id, 'book', book_text, 'market', market, 'side', side_text,
                                              'team', side_team_text, 'bets', bets_text, 'money', money_text))
    FROM batch_splits WHERE problem IS NOT NULL OR warning IS NOT NULL
  ON CONFLICT DO NOTHING;

  INSERT INTO betting_splits (game_id, source, sportsbook_id, market, side, bets_percent, money_percent, bet_count,
                              observed_at, quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
  SELECT DISTINCT ON (game_id, source, sportsbook_id, market, side, observed_at)
         game_id, source, sportsbook_id, market, side, bets_percent, money_percent, bet_count, observed_at,
         round(0.4 * ((CASE WHEN bets_percent IS NULL THEN 0 ELSE 1 END + CASE WHEN money_percent IS NULL THEN 0 ELSE 1 END) / 2.0)
               + 0.4 + 0.2 * CASE WHEN warning IS NULL THEN 1 ELSE 0 END, 3),
         raw_table, raw_id, fetched_at, p_run_id
    FROM batch_splits WHERE problem IS NULL
   ORDER BY game_id, source, sportsbook_id, market, side, observed_at,
            raw_copy(fetched_at, raw_table, raw_id) DESC,
            bets_percent DESC NULLS LAST, money_percent DESC NULLS LAST, bet_count DESC NULLS LAST
  ON CONFLICT (game_id, source, sportsbook_id, market, side, observed_at) DO UPDATE
     SET bets_percent = excluded.bets_percent, money_percent = excluded.money_percent, bet_count = excluded.bet_count,
         quality_score = excluded.quality_score, raw_table = excluded.raw_table, raw_id = excluded.raw_id,
         raw_fetched_at = excluded.raw_fetched_at, pipeline_run_id = excluded.pipeline_run_id
   WHERE raw_copy(excluded.raw_fetched_at, excluded.raw_table, excluded.raw_id)
       > raw_copy(betting_splits.raw_fetched_at, betting_splits.raw_table, betting_splits.raw_id);
END
$$;
COMMENT ON FUNCTION staging.promote_splits(bigint) IS 'Promotion step 9: every betting split the batch states (raw_data.stated_splits), one per side (handle and bets merged), matched to its game, book and side, checked (unsupported_market, invalid_observed_at, unmatched_game, unknown_side, unknown_book, missing_percentages, percent_out_of_range, observed_in_future; warning split_sides_do_not_sum_to_100), and stored in staging.betting_splits with quality and lineage; problems in validation_results. Of several copies of one split the newest wins (fetch time, then raw table name, then stored raw row; within one raw row the higher percentages), in one batch and across batches alike.';

COMMIT;
