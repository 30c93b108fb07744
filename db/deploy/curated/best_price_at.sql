-- Deploy mlb:curated/best_price_at
-- The best price a bettor could take on a side at a moment: each bettable book's
-- newest pre-game observation at or before it, at the line most of them hold
-- (or the line asked for), the best of those by exact decimal odds. What a
-- strategy that bets at a signal or minutes before first pitch gets, with no
-- information from after that moment.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.best_price_at(p_game_id bigint, p_market text, p_side text, p_at timestamptz,
                                      p_line numeric DEFAULT NULL)
RETURNS TABLE (american_price integer, decimal_price numeric, stated_decimal_price numeric, sportsbook_id integer,
               line numeric, observed_at timestamptz, books integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
  WITH latest AS (
    SELECT DISTINCT ON (b.sportsbook_id) b.sportsbook_id, b.american_price, b.stated_decimal_price, b.line,
           coalesce(b.stated_decimal_price, b.decimal_price) AS exact, b.observed_at
      FROM staging.betting_lines b
      JOIN staging.sportsbooks sb ON sb.sportsbook_id = b.sportsbook_id AND sb.is_bettable
     WHERE b.game_id = p_game_id AND b.market = p_market AND b.side = p_side AND b.line_timing = 'observed'
       AND NOT b.is_live AND b.observed_at <= p_at
     ORDER BY b.sportsbook_id, b.observed_at DESC, b.source DESC, b.outlet DESC
  ), at_line AS (
    SELECT l.* FROM latest l
     WHERE p_market = 'moneyline' OR l.line = coalesce(p_line, (
             SELECT m.line FROM latest m GROUP BY m.line ORDER BY count(*) DESC, abs(m.line), m.line LIMIT 1))
  )
  SELECT a.american_price, a.exact, a.stated_decimal_price, a.sportsbook_id, a.line, a.observed_at,
         (SELECT count(*)::int FROM at_line)
    FROM at_line a
   ORDER BY a.exact DESC, a.sportsbook_id
   LIMIT 1;
END;
COMMENT ON FUNCTION curated.best_price_at(bigint, text, text, timestamptz, numeric) IS 'The best price on a game''s side at a moment: each bettable book''s newest pre-game observation at or before p_at (equal times: the later source, then outlet), at p_line or else the line most books hold (ties: the smaller, then lower line), the highest exact decimal odds of them (ties: the lower book id); with how many books held that line. Nothing observed after p_at is read.';
GRANT EXECUTE ON FUNCTION curated.best_price_at(bigint, text, text, timestamptz, numeric) TO mlb_analyst;

COMMIT;
