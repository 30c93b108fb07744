-- Deploy mlb:curated/rebuild/signals
-- Curated rebuild step: signals.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_signals(p_run bigint, p_games bigint[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
DECLARE
  v_rlm_tickets numeric := coalesce(pipeline.setting_numeric('signals.rlm_min_ticket_percent'), 60);
BEGIN
  -- Signals, each with the time it became known.
  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT DISTINCT ON (x.game_id, x.market, x.side) x.game_id, x.market, x.side, 'sharp_action', x.observed_at, x.sharp_tier,
         jsonb_build_object('source', x.source, 'money_minus_bets', x.money_minus_bets), p_run
    FROM staging.sharp_action_signals x JOIN rebuild_games g ON g.game_id = x.game_id
   WHERE x.game_id = ANY (p_games) AND x.sharp_tier >= 1 AND (g.start_time IS NULL OR x.observed_at < g.start_time)
     AND x.sharp_tier = (SELECT max(y.sharp_tier) FROM staging.sharp_action_signals y
                          WHERE y.game_id = x.game_id AND y.market = x.market AND y.side = x.side
                            AND (g.start_time IS NULL OR y.observed_at < g.start_time))
   ORDER BY x.game_id, x.market, x.side, x.observed_at;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT DISTINCT ON (m.game_id, m.market, m.side, m.movement_type) m.game_id, m.market, m.side, m.movement_type,
         m.detected_at, m.size, jsonb_build_object('books', m.books), p_run
    FROM movement_analysis m JOIN rebuild_games g ON g.game_id = m.game_id
   ORDER BY m.game_id, m.market, m.side, m.movement_type, m.detected_at;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT DISTINCT ON (s.game_id, s.market, s.side) s.game_id, s.market, opposite_side(s.side), 'fade_the_public', s.observed_at,
         s.bets_percent, jsonb_build_object('public_side', s.side, 'source', s.source), p_run
    FROM staging.betting_splits s JOIN rebuild_games g ON g.game_id = s.game_id
   WHERE s.bets_percent >= v_rlm_tickets AND (g.start_time IS NULL OR s.observed_at < g.start_time)
   ORDER BY s.game_id, s.market, s.side, s.observed_at
  ON CONFLICT DO NOTHING;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT c.game_id, c.market, c.side, 'book_disagreement',
         (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market),
         c.book_dispersion, jsonb_build_object('books', c.books), p_run
    FROM market_consensus c JOIN rebuild_games g ON g.game_id = c.game_id
   WHERE c.book_dispersion > 0.02
     AND (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market) IS NOT NULL;

  INSERT INTO betting_analysis (game_id, market, side, signal, known_at, strength, details, pipeline_run_id)
  SELECT c.game_id, c.market, c.side, 'arbitrage',
         (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market),
         1 - staging.american_to_implied_probability(c.best_close_price) - staging.american_to_implied_probability(o.best_close_price),
         jsonb_build_object('this_price', c.best_close_price, 'this_book', c.best_close_sportsbook_id,
                            'other_price', o.best_close_price, 'other_book', o.best_close_sportsbook_id), p_run
    FROM market_consensus c
    JOIN rebuild_games g ON g.game_id = c.game_id
    JOIN market_consensus o ON o.game_id = c.game_id AND o.market = c.market AND o.side = opposite_side(c.side)
   WHERE staging.american_to_implied_probability(c.best_close_price) + staging.american_to_implied_probability(o.best_close_price) < 1
     AND (SELECT max(e.close_at) FROM betting_lines_enhanced e WHERE e.game_id = c.game_id AND e.market = c.market) IS NOT NULL;
END
$$;
COMMENT ON FUNCTION curated.rebuild_signals(bigint, bigint[]) IS 'Curated rebuild step: betting_analysis signals for the given games, each with the time it became known: sharp_action (strongest pre-game tier), steam and reverse_line_movement (from movement_analysis), fade_the_public, book_disagreement and arbitrage (at the close).';

COMMIT;
