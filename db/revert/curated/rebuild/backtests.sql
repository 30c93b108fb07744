-- Revert mlb:curated/rebuild/backtests (reworked after v0.2.2): back to the v0.2.2 function, which takes no strategy
-- Curated rebuild step: strategy backtests. A favourite is the side whose
-- closing fair probability is strictly higher: with both closing prices equal
-- there is none (the away side was called the favourite; 2016 read -24.79 u
-- where skipping gives -40.12 u). A decided game a strategy considered and did
-- not bet is a skip with its reason (curated.strategy_skips). A bet at a price
-- the source stated in decimal odds is graded at that exact price.
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP FUNCTION curated.rebuild_backtests(bigint, text);

CREATE OR REPLACE FUNCTION curated.rebuild_backtests(p_run bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  DELETE FROM strategy_skips s USING rebuild_games g WHERE s.game_id = g.game_id;
  -- Strategy backtests: a bet at the price actually available when the strategy bets.
  WITH candidates AS (
    -- Bets at the close: the best bettable closing price.
    SELECT st.strategy_key, st.market, g.game_id,
           CASE st.side_rule
             WHEN 'favourite' THEN (SELECT c2.side FROM market_consensus c2 WHERE c2.game_id = g.game_id AND c2.market = st.market
                                       AND c2.close_fair_probability > ALL (
                                         SELECT c3.close_fair_probability FROM market_consensus c3
                                          WHERE c3.game_id = g.game_id AND c3.market = st.market AND c3.side <> c2.side
                                            AND c3.close_fair_probability IS NOT NULL)
                                       AND EXISTS (SELECT 1 FROM market_consensus c4 WHERE c4.game_id = g.game_id
                                                      AND c4.market = st.market AND c4.side <> c2.side))
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
           CASE WHEN c.signal_at IS NULL THEN cons.consensus_close_line ELSE at_signal.line END AS line,
           -- The exact price taken when the source stated decimal odds (the close's own line, or the signal's).
           CASE WHEN c.signal_at IS NULL THEN (SELECT x.stated_decimal_price FROM betting_lines_enhanced e
                                                 JOIN staging.betting_lines x ON x.line_id = e.close_line_id
                                                WHERE e.game_id = c.game_id AND e.market = c.market AND e.side = c.side
                                                  AND e.sportsbook_id = cons.best_close_sportsbook_id)
                ELSE at_signal.stated_decimal_price END AS stated_decimal
      FROM candidates c
      LEFT JOIN market_consensus cons ON cons.game_id = c.game_id AND cons.market = c.market AND cons.side = c.side
      LEFT JOIN LATERAL (
        -- Each bettable book's latest pre-game price at or before the signal; the best of them.
        SELECT latest.american_price, latest.sportsbook_id, latest.line, latest.stated_decimal_price
          FROM (SELECT DISTINCT ON (b.sportsbook_id) b.*
                  FROM staging.betting_lines b
                  JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
                 WHERE b.game_id = c.game_id AND b.market = c.market AND b.side = c.side AND b.line_timing = 'observed'
                   AND NOT b.is_live AND b.observed_at <= c.signal_at
                   AND (c.market = 'moneyline' OR b.line = cons.consensus_close_line)
                 ORDER BY b.sportsbook_id, b.observed_at DESC, b.line_id DESC) latest
         ORDER BY coalesce(latest.stated_decimal_price, latest.decimal_price) DESC, latest.sportsbook_id
         LIMIT 1
      ) at_signal ON c.signal_at IS NOT NULL
  ), skipped AS (
    -- Decided games considered and not bet: no favourite, or no price to bet at.
    INSERT INTO strategy_skips (strategy_key, game_id, game_date, season, market, reason, pipeline_run_id)
    SELECT DISTINCT ON (p.strategy_key, p.game_id, p.market) p.strategy_key, p.game_id, e.game_date, e.season, p.market,
           CASE WHEN p.side IS NULL THEN 'no_favourite' ELSE 'no_price' END, p_run
      FROM priced p JOIN enhanced_games e ON e.game_id = p.game_id
     WHERE e.status IN ('final', 'postponed', 'cancelled')
       AND (p.side IS NULL OR p.price IS NULL)
       AND NOT EXISTS (SELECT 1 FROM priced q WHERE q.strategy_key = p.strategy_key AND q.game_id = p.game_id
                          AND q.market = p.market AND q.side IS NOT NULL AND q.price IS NOT NULL)
     ORDER BY p.strategy_key, p.game_id, p.market, p.side NULLS FIRST
    RETURNING 1
  )
  INSERT INTO strategy_results (strategy_key, game_id, game_date, season, market, side, bet_at, sportsbook_id, line,
                                american_price, stated_decimal_price, result, profit_units, closing_fair_probability,
                                closing_line_value, pipeline_run_id)
  SELECT DISTINCT ON (p.strategy_key, p.game_id, p.market, p.side)
         p.strategy_key, p.game_id, e.game_date, e.season, p.market, p.side, p.bet_at, p.sportsbook_id, p.line, p.price,
         p.stated_decimal, r.result,
         -- At the exact price taken: a decimal price as stated, else the American price.
         CASE WHEN p.stated_decimal IS NULL THEN profit_units(r.result, p.price)
              WHEN r.result = 'win' THEN p.stated_decimal - 1 WHEN r.result = 'loss' THEN -1 ELSE 0 END,
         p.close_fair_probability,
         CASE WHEN p.stated_decimal IS NULL THEN closing_line_value(p.price, p.close_fair_probability)
              ELSE p.stated_decimal * p.close_fair_probability - 1 END,
         p_run
    FROM priced p JOIN enhanced_games e ON e.game_id = p.game_id
   CROSS JOIN LATERAL (SELECT grade_bet(p.market, p.side, p.line, e.home_score, e.away_score, e.status) AS result) r
   -- Games not yet decided (scheduled, live, suspended) are pending: no row until they are.
   WHERE p.side IS NOT NULL AND p.price IS NOT NULL AND e.status IN ('final', 'postponed', 'cancelled')
   ORDER BY p.strategy_key, p.game_id, p.market, p.side, p.bet_at NULLS LAST;
END
$$;
COMMENT ON FUNCTION curated.rebuild_backtests(bigint) IS 'Curated rebuild step: strategy_results for the games of the temp table rebuild_games: each active strategy''s bet at the price actually available when it bets (the best bettable close, or the best book price at the signal''s known_at), graded with profit at that price (exactly: a decimal price as stated) and closing line value; undecided games get no row. A favourite is strictly the likelier side at the close (equal prices: none); a decided game considered and not bet is a row of curated.strategy_skips (no_favourite, no_price).';

COMMIT;
