-- Deploy mlb:curated/rebuild/backtests (reworked after v0.3.0)
-- A favourite or underdog strategy skips a game as no_favourite only when both sides
-- were priced and equal; a side without a price is no_price (issue 29: an SBRO game
-- with one moneyline missing read as no_favourite).
-- Curated rebuild step: strategy backtests.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_backtests(p_run bigint, p_strategy text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  DELETE FROM strategy_skips s USING rebuild_games g
   WHERE s.game_id = g.game_id AND (p_strategy IS NULL OR s.strategy_key = p_strategy);
  WITH st AS (
    SELECT s.* FROM strategies s WHERE s.is_active AND (p_strategy IS NULL OR s.strategy_key = p_strategy)
  ), candidates AS (
    -- Both sides of each game a strategy looks at (the other side decides favourite and underdog), whether the
    -- rule wants the side, and the moment it bets (NULL: at the open or the close).
    SELECT st.strategy_key, st.market, g.game_id, sd.side, NULL::timestamptz AS signal_at,
           st.side_rule IN ('favourite', 'underdog') OR sd.side = st.side_rule
           OR (st.side_rule = 'signal_side' AND EXISTS (
                 SELECT 1 FROM betting_analysis ba WHERE ba.game_id = g.game_id AND ba.market = st.market
                    AND ba.side = sd.side AND ba.signal = st.signal
                    AND ba.strength >= coalesce(st.min_signal_strength, 0))) AS wanted
      FROM st
      JOIN rebuild_games g ON true
     CROSS JOIN LATERAL unnest(CASE WHEN st.market = 'total' THEN ARRAY['over', 'under'] ELSE ARRAY['home', 'away'] END) sd(side)
     WHERE st.bet_timing IN ('open', 'close', 'minutes_before')
       -- A strategy named after a signal bets only games that have it.
       AND (st.signal IN ('every_game', 'favourite')
            OR EXISTS (SELECT 1 FROM betting_analysis ba WHERE ba.game_id = g.game_id AND ba.market = st.market
                          AND ba.signal = st.signal AND ba.strength >= coalesce(st.min_signal_strength, 0)))
    UNION ALL
    SELECT st.strategy_key, st.market, ba.game_id, sd.side, ba.known_at,
           CASE st.side_rule WHEN 'signal_side' THEN sd.side = ba.side WHEN 'favourite' THEN true
                             WHEN 'underdog' THEN true ELSE sd.side = st.side_rule END
      FROM st
      JOIN betting_analysis ba ON ba.market = st.market AND ba.signal = st.signal
                               AND ba.strength >= coalesce(st.min_signal_strength, 0)
      JOIN rebuild_games g ON g.game_id = ba.game_id
     CROSS JOIN LATERAL unnest(CASE WHEN st.market = 'total' THEN ARRAY['over', 'under'] ELSE ARRAY['home', 'away'] END) sd(side)
     WHERE st.bet_timing = 'signal'
  ), timed AS (
    SELECT c.*, st.bet_timing, st.side_rule, st.role,
           CASE st.bet_timing WHEN 'minutes_before' THEN g.start_time - make_interval(mins => st.minutes_before)
                              ELSE c.signal_at END AS at
      FROM candidates c JOIN st ON st.strategy_key = c.strategy_key JOIN rebuild_games g ON g.game_id = c.game_id
  ), priced AS (
    SELECT t.*, cons.close_fair_probability, cons.consensus_close_line,
           CASE t.bet_timing
             WHEN 'close' THEN cons.close_fair_probability
             WHEN 'open' THEN cons.open_fair_probability
             ELSE 1 / nullif(here.decimal_price, 0) END AS likelihood,
           CASE t.bet_timing WHEN 'close' THEN cons.best_close_price WHEN 'open' THEN op.open_price
                             ELSE here.american_price END AS price,
           CASE t.bet_timing WHEN 'close' THEN cons.best_close_sportsbook_id WHEN 'open' THEN op.sportsbook_id
                             ELSE here.sportsbook_id END AS sportsbook_id,
           CASE t.bet_timing
             WHEN 'close' THEN (SELECT e.close_at FROM betting_lines_enhanced e
                                 WHERE e.game_id = t.game_id AND e.market = t.market AND e.side = t.side
                                   AND e.sportsbook_id = cons.best_close_sportsbook_id)
             WHEN 'open' THEN op.open_at ELSE t.at END AS bet_at,
           CASE t.bet_timing WHEN 'close' THEN cons.consensus_close_line WHEN 'open' THEN op.open_line
                             ELSE here.line END AS line,
           -- The exact price taken when the source stated decimal odds (the close's own line, or the moment's).
           CASE t.bet_timing
             WHEN 'close' THEN (SELECT x.stated_decimal_price FROM betting_lines_enhanced e
                                  JOIN staging.betting_lines x ON x.line_id = e.close_line_id
                                 WHERE e.game_id = t.game_id AND e.market = t.market AND e.side = t.side
                                   AND e.sportsbook_id = cons.best_close_sportsbook_id)
             WHEN 'open' THEN NULL ELSE here.stated_decimal_price END AS stated_decimal,
           CASE t.bet_timing WHEN 'close' THEN cons.books WHEN 'open' THEN op.books ELSE here.books END AS books
      FROM timed t
      LEFT JOIN market_consensus cons ON cons.game_id = t.game_id AND cons.market = t.market AND cons.side = t.side
      LEFT JOIN LATERAL (
        -- The best opening price at the line most books opened at.
        SELECT e.open_price, e.sportsbook_id, e.open_line, e.open_at, count(*) OVER ()::int AS books
          FROM betting_lines_enhanced e
         WHERE e.game_id = t.game_id AND e.market = t.market AND e.side = t.side AND e.is_bettable
           AND e.open_price IS NOT NULL
           AND (t.market = 'moneyline' OR e.open_line = (
                 SELECT m.open_line FROM betting_lines_enhanced m
                  WHERE m.game_id = t.game_id AND m.market = t.market AND m.side = t.side AND m.is_bettable
                    AND m.open_price IS NOT NULL
                  GROUP BY m.open_line ORDER BY count(*) DESC, abs(m.open_line), m.open_line LIMIT 1))
         ORDER BY american_to_decimal(e.open_price) DESC, e.sportsbook_id
         LIMIT 1) op ON t.bet_timing = 'open'
      -- At a signal: the books at the consensus closing line (as before v0.2.3); minutes before: the common line then.
      LEFT JOIN LATERAL curated.best_price_at(t.game_id, t.market, t.side, t.at,
                                              CASE WHEN t.bet_timing = 'signal' THEN cons.consensus_close_line END) here
        ON t.bet_timing IN ('signal', 'minutes_before')
  ), ruled AS (
    -- Favourite: strictly the likelier of the two sides when the strategy bets (equal, or one unknown: none).
    SELECT p.*,
           count(p.likelihood) OVER w AS sides_known,
           count(p.likelihood) OVER w = 2 AND p.likelihood > sum(p.likelihood) OVER w - p.likelihood AS is_favourite,
           count(p.likelihood) OVER w = 2 AND p.likelihood < sum(p.likelihood) OVER w - p.likelihood AS is_underdog
      FROM priced p
    WINDOW w AS (PARTITION BY p.strategy_key, p.game_id, p.market, p.signal_at)
  ), chosen AS (
    SELECT r.*,
           r.wanted AND CASE r.side_rule WHEN 'favourite' THEN r.is_favourite WHEN 'underdog' THEN r.is_underdog
                                         ELSE true END AS by_rule
      FROM ruled r
  ), selected AS (
    -- The filters: role, price and line ranges, signals known by then, books.
    SELECT c.*, (c.by_rule
                 AND (st.role = 'any' OR (st.role = 'favourite' AND c.is_favourite) OR (st.role = 'underdog' AND c.is_underdog))
                 AND (st.min_price IS NULL OR coalesce(c.stated_decimal, american_to_decimal(c.price)) >= american_to_decimal(st.min_price))
                 AND (st.max_price IS NULL OR coalesce(c.stated_decimal, american_to_decimal(c.price)) <= american_to_decimal(st.max_price))
                 AND (st.min_line IS NULL OR c.line >= st.min_line)
                 AND (st.max_line IS NULL OR c.line <= st.max_line)
                 AND (st.min_books IS NULL OR c.books >= st.min_books)
                 AND NOT EXISTS (
                       SELECT 1 FROM unnest(st.require_signals) need(signal)
                        WHERE NOT EXISTS (
                              SELECT 1 FROM betting_analysis ba
                               WHERE ba.game_id = c.game_id AND ba.market = c.market AND ba.side = c.side
                                 AND ba.signal = need.signal AND ba.strength >= coalesce(st.min_signal_strength, 0)
                                 AND ba.known_at <= coalesce(c.bet_at, g.start_time, ba.known_at)))) AS passes
      FROM chosen c JOIN st ON st.strategy_key = c.strategy_key JOIN rebuild_games g ON g.game_id = c.game_id
  ), skipped AS (
    -- Decided games considered and not bet: no favourite (or underdog: both sides priced, and equal), or no
    -- price to bet at (a side without a price cannot show which is the favourite either).
    INSERT INTO strategy_skips (strategy_key, game_id, game_date, season, market, reason, pipeline_run_id)
    SELECT DISTINCT ON (s.strategy_key, s.game_id, s.market) s.strategy_key, s.game_id, e.game_date, e.season, s.market,
           CASE WHEN s.side_rule IN ('favourite', 'underdog') AND s.sides_known = 2
                     AND NOT EXISTS (SELECT 1 FROM selected f WHERE f.strategy_key = s.strategy_key
                                        AND f.game_id = s.game_id AND f.market = s.market AND f.by_rule)
                THEN 'no_favourite' ELSE 'no_price' END, p_run
      FROM selected s JOIN enhanced_games e ON e.game_id = s.game_id
     WHERE e.status IN ('final', 'postponed', 'cancelled') AND s.wanted
       AND (s.price IS NULL OR (s.side_rule IN ('favourite', 'underdog') AND NOT s.by_rule))
       AND NOT EXISTS (SELECT 1 FROM selected q WHERE q.strategy_key = s.strategy_key AND q.game_id = s.game_id
                          AND q.market = s.market AND q.by_rule AND q.price IS NOT NULL)
       -- A game its filters leave out is not a skip: the strategy did not want it.
       AND NOT EXISTS (SELECT 1 FROM selected q WHERE q.strategy_key = s.strategy_key AND q.game_id = s.game_id
                          AND q.market = s.market AND q.by_rule AND q.price IS NOT NULL AND NOT q.passes)
     ORDER BY s.strategy_key, s.game_id, s.market
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
    FROM selected p JOIN enhanced_games e ON e.game_id = p.game_id
   CROSS JOIN LATERAL (SELECT grade_bet(p.market, p.side, p.line, e.home_score, e.away_score, e.status) AS result) r
   -- Games not yet decided (scheduled, live, suspended) are pending: no row until they are.
   WHERE p.passes AND p.price IS NOT NULL AND e.status IN ('final', 'postponed', 'cancelled')
   ORDER BY p.strategy_key, p.game_id, p.market, p.side, p.bet_at NULLS LAST;
END
$$;
COMMENT ON FUNCTION curated.rebuild_backtests(bigint, text) IS 'Curated rebuild step: strategy_results for the games of the temp table rebuild_games (all active strategies, or p_strategy alone): each strategy''s bet at the price available when it bets (the best bettable open or close, or curated.best_price_at its signal''s known_at or minutes before first pitch), on the side its rule names (favourite and underdog decided then: strictly likelier or less likely), when its filters pass (role, price and line range, required signals known by then, minimum books); graded with profit at that price (a decimal price as stated) and closing line value; undecided games get no row. A decided game considered and not bet is a row of curated.strategy_skips: no_favourite when both sides were priced and equal, no_price when a side it needed had no price.';

COMMIT;
