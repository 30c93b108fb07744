-- Deploy mlb:curated/rebuild/lines
-- Curated rebuild step: open, close, latest.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_lines(p_run bigint, p_games bigint[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  -- Open, close and latest per game, book, market and side, as promotion picked them
  -- (staging.line_summaries, kept by staging.refresh_line_summaries: the stated opener, else the first
  -- pre-game observation; the stated close, else the last; the newest), by the summary's key.
  WITH picks AS (
    SELECT s.game_id, s.sportsbook_id, staging.line_code_name('market', s.market) AS market,
           staging.line_code_name('side', s.side) AS side, s.observations::bigint AS observations,
           s.open_line_id AS open_id, s.close_line_id AS close_id, s.latest_line_id AS latest_id
      FROM staging.line_summaries s
      JOIN rebuild_games g ON g.game_id = s.game_id
     WHERE s.game_id = ANY (p_games)  -- the dates' summaries by index
  ), summary AS (
    SELECT p.game_id, p.sportsbook_id, p.market, p.side, sb.is_bettable, p.observations,
           op.line AS open_line, op.american_price AS open_price, op.observed_at AS open_at,
           cl.line AS close_line, cl.american_price AS close_price, cl.observed_at AS close_at, cl.line_id AS close_line_id,
           -- implied probabilities of the exact prices
           coalesce(1 / op.stated_decimal_price, op.implied_probability) AS open_implied,
           coalesce(1 / cl.stated_decimal_price, cl.implied_probability) AS close_implied,
           cl.raw_table, cl.raw_id,
           la.line AS latest_line, la.american_price AS latest_price, la.observed_at AS latest_at
      FROM picks p
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = p.sportsbook_id
      -- By primary key, one row each (OFFSET 0: never a hash of the whole table).
      LEFT JOIN LATERAL (SELECT x.* FROM staging.betting_lines x WHERE x.line_id = p.open_id OFFSET 0) op ON true
      LEFT JOIN LATERAL (SELECT x.* FROM staging.betting_lines x WHERE x.line_id = p.close_id OFFSET 0) cl ON true
      CROSS JOIN LATERAL (SELECT x.* FROM staging.betting_lines x WHERE x.line_id = p.latest_id OFFSET 0) la
  )
  INSERT INTO betting_lines_enhanced (game_id, sportsbook_id, market, side, is_bettable, open_line, open_price, open_at,
         close_line, close_price, close_at, latest_line, latest_price, latest_at, line_move, implied_probability_move,
         close_overround, close_hold, close_fair_probability, close_fair_probability_additive, observations,
         close_line_id, raw_table, raw_id, pipeline_run_id)
  SELECT s.game_id, s.sportsbook_id, s.market, s.side, s.is_bettable, s.open_line, s.open_price, s.open_at,
         s.close_line, s.close_price, s.close_at, s.latest_line, s.latest_price, s.latest_at,
         s.close_line - s.open_line,
         s.close_implied - s.open_implied,
         overround(s.close_implied, o.close_implied),
         hold(s.close_implied, o.close_implied),
         no_vig_multiplicative(s.close_implied, o.close_implied),
         no_vig_additive(s.close_implied, o.close_implied),
         s.observations, s.close_line_id, s.raw_table, s.raw_id, p_run
    FROM summary s
    LEFT JOIN summary o ON o.game_id = s.game_id AND o.sportsbook_id = s.sportsbook_id AND o.market = s.market
                       AND o.side = opposite_side(s.side)
                       -- the two sides must be one market: opposite run lines, the same total
                       AND (s.market = 'moneyline' OR (s.market = 'spread' AND o.close_line = -s.close_line)
                            OR (s.market = 'total' AND o.close_line = s.close_line));
END
$$;
COMMENT ON FUNCTION curated.rebuild_lines(bigint, bigint[]) IS 'Curated rebuild step: betting_lines_enhanced for the given games: per game, book, market and side the open (stated, else first pre-game), close (stated, else last pre-game) and latest price, with line and probability moves and the closing overround, hold and fair probability against the other side of the same market, all from the exact prices (a decimal price as stated).';

COMMIT;
