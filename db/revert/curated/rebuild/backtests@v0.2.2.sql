-- Revert mlb:curated/rebuild/backtests (rework after v0.2.1): restores the previous version
-- Curated rebuild step: strategy backtests.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_backtests(p_run bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  -- Strategy backtests: a bet at the price actually available when the strategy bets.
  WITH candidates AS (
    -- Bets at the close: the best bettable closing price.
    SELECT st.strategy_key, st.market, g.game_id,
           CASE st.side_rule
             WHEN 'favourite' THEN (SELECT c2.side FROM market_consensus c2 WHERE c2.game_id = g.game_id AND c2.market = st.market
                                     ORDER BY c2.close_fair_probability DESC LIMIT 1)
             WHEN 'signal_side' THEN ba.side
             ELSE st.side_rule END AS side,
           NULL::timestamptz AS signal_at
      FROM strategies st
      JOIN rebuild_games g ON true
      LEFT JOIN betting_analysis ba ON ba.game_id = g.game_id AND ba.market = st.market AND ba.signal = st.signal
                                    AND ba.strength >= coalesce((st.parameters->>'min_strength')::numeric, 0)
     WHERE st.is_active AND st.bet_timing = 'close'
       AND (st.signal IN ('every_game', 'favourite') OR ba.game_id IS NOT NULL)
    UNION ALL
    -- Bets when the signal became known.
    SELECT st.strategy_key, st.market, ba.game_id, ba.side, ba.known_at
      FROM strategies st
      JOIN betting_analysis ba ON ba.market = st.market AND ba.signal = st.signal
                               AND ba.strength >= coalesce((st.parameters->>'min_strength')::numeric, 0)
      JOIN rebuild_games g ON g.game_id = ba.game_id
     WHERE st.is_active AND st.bet_timing = 'signal'
  ), priced AS (
    SELECT c.*, cons.close_fair_probability, cons.consensus_close_line,
           CASE WHEN c.signal_at IS NULL THEN cons.best_close_price ELSE at_signal.american_price END AS price,
           CASE WHEN c.signal_at IS NULL THEN cons.best_close_sportsbook_id ELSE at_signal.sportsbook_id END AS sportsbook_id,
           CASE WHEN c.signal_at IS NULL THEN (SELECT e.close_at FROM betting_lines_enhanced e
                                                WHERE e.game_id = c.game_id AND e.market = c.market AND e.side = c.side
                                                  AND e.sportsbook_id = cons.best_close_sportsbook_id)
                ELSE c.signal_at END AS bet_at,
           CASE WHEN c.signal_at IS NULL THEN cons.consensus_close_line ELSE at_signal.line END AS line
      FROM candidates c
      JOIN market_consensus cons ON cons.game_id = c.game_id AND cons.market = c.market AND cons.side = c.side
      LEFT JOIN LATERAL (
        -- Each bettable book's latest pre-game price at or before the signal; the best of them.
        SELECT latest.american_price, latest.sportsbook_id, latest.line
          FROM (SELECT DISTINCT ON (b.sportsbook_id) b.*
                  FROM staging.betting_lines b
                  JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
                 WHERE b.game_id = c.game_id AND b.market = c.market AND b.side = c.side AND b.line_timing = 'observed'
                   AND NOT b.is_live AND b.observed_at <= c.signal_at
                   AND (c.market = 'moneyline' OR b.line = cons.consensus_close_line)
                 ORDER BY b.sportsbook_id, b.observed_at DESC, b.line_id DESC) latest
         ORDER BY latest.decimal_price DESC, latest.sportsbook_id
         LIMIT 1
      ) at_signal ON c.signal_at IS NOT NULL
     WHERE c.side IS NOT NULL
  )
  INSERT INTO strategy_results (strategy_key, game_id, game_date, season, market, side, bet_at, sportsbook_id, line,
                                american_price, result, profit_units, closing_fair_probability, closing_line_value, pipeline_run_id)
  SELECT DISTINCT ON (p.strategy_key, p.game_id, p.market, p.side)
         p.strategy_key, p.game_id, e.game_date, e.season, p.market, p.side, p.bet_at, p.sportsbook_id, p.line, p.price,
         grade_bet(p.market, p.side, p.line, e.home_score, e.away_score, e.status),
         profit_units(grade_bet(p.market, p.side, p.line, e.home_score, e.away_score, e.status), p.price),
         p.close_fair_probability, closing_line_value(p.price, p.close_fair_probability), p_run
    FROM priced p JOIN enhanced_games e ON e.game_id = p.game_id
   -- Games not yet decided (scheduled, live, suspended) are pending: no row until they are.
   WHERE p.price IS NOT NULL AND e.status IN ('final', 'postponed', 'cancelled')
   ORDER BY p.strategy_key, p.game_id, p.market, p.side, p.bet_at NULLS LAST;
END
$$;
COMMENT ON FUNCTION curated.rebuild_backtests(bigint) IS 'Curated rebuild step: strategy_results for the games of the temp table rebuild_games: each active strategy''s bet at the price actually available when it bets (the best bettable close, or the best book price at the signal''s known_at), graded with profit at that price and closing line value; undecided games get no row.';

COMMIT;
