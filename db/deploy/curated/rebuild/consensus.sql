-- Deploy mlb:curated/rebuild/consensus
-- Curated rebuild step: consensus.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_consensus(p_run bigint, p_games bigint[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  -- Consensus across bettable books, in probability space.
  WITH lines AS (
    SELECT e.*, o.open_price AS other_open_price,
           coalesce(cx.stated_decimal_price, staging.american_to_decimal(e.close_price)) AS close_decimal
      FROM betting_lines_enhanced e
      JOIN rebuild_games g ON g.game_id = e.game_id
      LEFT JOIN LATERAL (SELECT x.stated_decimal_price FROM staging.betting_lines x WHERE x.line_id = e.close_line_id OFFSET 0) cx ON true
      LEFT JOIN betting_lines_enhanced o ON o.game_id = e.game_id AND o.sportsbook_id = e.sportsbook_id AND o.market = e.market
                                        AND o.side = opposite_side(e.side)
     WHERE e.is_bettable AND e.close_price IS NOT NULL
  ), consensus_line AS (
    SELECT game_id, market, side, staging.line_code('market', market) AS market_code,
           staging.line_code('side', side) AS side_code, mode() WITHIN GROUP (ORDER BY close_line) AS line
      FROM lines WHERE market <> 'moneyline' GROUP BY game_id, market, side
  ), at_line AS (
    SELECT l.* FROM lines l LEFT JOIN consensus_line c USING (game_id, market, side)
     WHERE l.market = 'moneyline' OR l.close_line = c.line
  ), best_pregame_pick AS (
    -- The best pre-game price (highest decimal odds), earliest first, then the
    -- lowest sportsbook id (a stated key, never the row id: rows tied on all
    -- three state the same price, book and time), as the minimum of its sort
    -- keys: no sort of every observation of the dates.
    -- From the stored codes, grouped by codes; the names decoded per group.
    SELECT b.game_id, staging.line_code_name('market', b.market) AS market, staging.line_code_name('side', b.side) AS side,
           (min(ARRAY[-(coalesce(b.stated_decimal_price, staging.american_to_decimal(b.american_price)) * 1000000000)::bigint,
                      (extract(epoch FROM b.observed_at) * 1000000)::bigint, b.sportsbook_id, b.line_id]))[4] AS line_id
      FROM staging.betting_line_rows b
      JOIN rebuild_games g ON g.game_id = b.game_id
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
      LEFT JOIN consensus_line c ON c.game_id = b.game_id AND c.market_code = b.market AND c.side_code = b.side
     WHERE (b.line_timing <> staging.line_code('timing', 'observed')
            OR (NOT b.is_live AND (g.start_time IS NULL OR b.observed_at < g.start_time)))
       AND (b.market = staging.line_code('market', 'moneyline') OR b.line = c.line) AND b.game_id = ANY (p_games)
     GROUP BY b.game_id, b.market, b.side
  ), best_pregame AS (
    SELECT p.game_id, p.market, p.side, x.american_price, x.sportsbook_id, x.observed_at
      FROM best_pregame_pick p
     CROSS JOIN LATERAL (SELECT y.american_price, y.sportsbook_id, y.observed_at FROM staging.betting_line_rows y
                          WHERE y.line_id = p.line_id OFFSET 0) x
  )
  INSERT INTO market_consensus (game_id, market, side, books, consensus_close_line, close_fair_probability,
         close_fair_probability_additive, open_fair_probability, fair_probability_move, book_dispersion,
         best_close_price, best_close_sportsbook_id, best_pregame_price, best_pregame_sportsbook_id, best_pregame_at, pipeline_run_id)
  SELECT a.game_id, a.market, a.side, count(a.close_fair_probability),
         max(a.close_line),
         avg(a.close_fair_probability), avg(a.close_fair_probability_additive),
         avg(no_vig_multiplicative(staging.american_to_implied_probability(a.open_price),
                                   staging.american_to_implied_probability(a.other_open_price))),
         avg(a.close_fair_probability) - avg(no_vig_multiplicative(staging.american_to_implied_probability(a.open_price),
                                                                   staging.american_to_implied_probability(a.other_open_price))),
         stddev_samp(a.close_fair_probability),
         (array_agg(a.close_price ORDER BY a.close_decimal DESC, a.sportsbook_id))[1],
         (array_agg(a.sportsbook_id ORDER BY a.close_decimal DESC, a.sportsbook_id))[1],
         max(p.american_price), max(p.sportsbook_id), max(p.observed_at), p_run
    FROM at_line a
    LEFT JOIN best_pregame p ON p.game_id = a.game_id AND p.market = a.market AND p.side = a.side
   GROUP BY a.game_id, a.market, a.side;
END
$$;
COMMENT ON FUNCTION curated.rebuild_consensus(bigint, bigint[]) IS 'Curated rebuild step: market_consensus for the given games: bettable books'' closing fair probabilities averaged in probability space at the consensus line, their dispersion, the open-to-close fair move, and the best closing and best pre-game price with its book, ranked by exact decimal odds (a decimal price as stated).';

COMMIT;
