-- Deploy mlb:curated/market_views
-- curated.moneylines, spreads and totals.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.moneylines AS
SELECT k.game_id, k.sportsbook_id, b.book_key, coalesce(h.is_bettable, a.is_bettable) AS is_bettable,
       h.open_price AS home_open_price, a.open_price AS away_open_price,
       h.close_price AS home_close_price, a.close_price AS away_close_price,
       h.latest_price AS home_latest_price, a.latest_price AS away_latest_price,
       coalesce(h.close_at, a.close_at) AS close_at, h.implied_probability_move AS home_implied_probability_move,
       coalesce(h.close_hold, a.close_hold) AS close_hold,
       h.close_fair_probability AS home_fair_probability, a.close_fair_probability AS away_fair_probability,
       h.close_fair_probability_additive AS home_fair_probability_additive,
       ch.close_fair_probability AS consensus_home_fair_probability, ch.best_close_price AS best_home_close_price,
       ca.best_close_price AS best_away_close_price
  FROM (SELECT DISTINCT e.game_id, e.sportsbook_id FROM curated.betting_lines_enhanced e WHERE e.market = 'moneyline') k
  JOIN staging.sportsbooks b ON b.sportsbook_id = k.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced h ON h.game_id = k.game_id AND h.sportsbook_id = k.sportsbook_id
                                            AND h.market = 'moneyline' AND h.side = 'home'
  LEFT JOIN curated.betting_lines_enhanced a ON a.game_id = k.game_id AND a.sportsbook_id = k.sportsbook_id
                                            AND a.market = 'moneyline' AND a.side = 'away'
  LEFT JOIN curated.market_consensus ch ON ch.game_id = k.game_id AND ch.market = 'moneyline' AND ch.side = 'home'
  LEFT JOIN curated.market_consensus ca ON ca.game_id = k.game_id AND ca.market = 'moneyline' AND ca.side = 'away';
COMMENT ON VIEW curated.moneylines IS 'Moneylines per game and book, both sides on one row (a side the book did not price is NULL, the row is still there): open, close, latest, the home side''s move, the book''s hold and fair probabilities, and the market consensus and best closing prices.';
CREATE OR REPLACE VIEW curated.spreads AS
SELECT k.game_id, k.sportsbook_id, b.book_key, coalesce(h.is_bettable, a.is_bettable) AS is_bettable,
       h.open_line AS home_open_line, h.open_price AS home_open_price, a.open_line AS away_open_line, a.open_price AS away_open_price,
       h.close_line AS home_close_line, h.close_price AS home_close_price, a.close_line AS away_close_line, a.close_price AS away_close_price,
       coalesce(h.close_at, a.close_at) AS close_at, h.line_move AS home_line_move, coalesce(h.close_hold, a.close_hold) AS close_hold,
       h.close_fair_probability AS home_fair_probability,
       ch.close_fair_probability AS consensus_home_fair_probability, ch.consensus_close_line AS consensus_home_line
  FROM (SELECT DISTINCT e.game_id, e.sportsbook_id FROM curated.betting_lines_enhanced e WHERE e.market = 'spread') k
  JOIN staging.sportsbooks b ON b.sportsbook_id = k.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced h ON h.game_id = k.game_id AND h.sportsbook_id = k.sportsbook_id
                                            AND h.market = 'spread' AND h.side = 'home'
  LEFT JOIN curated.betting_lines_enhanced a ON a.game_id = k.game_id AND a.sportsbook_id = k.sportsbook_id
                                            AND a.market = 'spread' AND a.side = 'away'
  LEFT JOIN curated.market_consensus ch ON ch.game_id = k.game_id AND ch.market = 'spread' AND ch.side = 'home';
COMMENT ON VIEW curated.spreads IS 'Run lines per game and book, both sides on one row (a side not priced is NULL), with the consensus at the most common line.';
CREATE OR REPLACE VIEW curated.totals AS
SELECT k.game_id, k.sportsbook_id, b.book_key, coalesce(o.is_bettable, u.is_bettable) AS is_bettable,
       coalesce(o.open_line, u.open_line) AS open_total, o.open_price AS open_over_price, u.open_price AS open_under_price,
       coalesce(o.close_line, u.close_line) AS close_total, o.close_price AS close_over_price, u.close_price AS close_under_price,
       coalesce(o.close_at, u.close_at) AS close_at, coalesce(o.line_move, u.line_move) AS total_move,
       coalesce(o.close_hold, u.close_hold) AS close_hold, o.close_fair_probability AS over_fair_probability,
       co.close_fair_probability AS consensus_over_fair_probability, co.consensus_close_line AS consensus_total
  FROM (SELECT DISTINCT e.game_id, e.sportsbook_id FROM curated.betting_lines_enhanced e WHERE e.market = 'total') k
  JOIN staging.sportsbooks b ON b.sportsbook_id = k.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced o ON o.game_id = k.game_id AND o.sportsbook_id = k.sportsbook_id
                                            AND o.market = 'total' AND o.side = 'over'
  LEFT JOIN curated.betting_lines_enhanced u ON u.game_id = k.game_id AND u.sportsbook_id = k.sportsbook_id
                                            AND u.market = 'total' AND u.side = 'under'
  LEFT JOIN curated.market_consensus co ON co.game_id = k.game_id AND co.market = 'total' AND co.side = 'over';
COMMENT ON VIEW curated.totals IS 'Totals per game and book, over and under on one row (a side not priced is NULL), with the consensus at the most common total.';
DO $$
DECLARE
  v text;
  c record;
BEGIN
  FOREACH v IN ARRAY ARRAY['moneylines', 'spreads', 'totals'] LOOP
    FOR c IN SELECT a.attname FROM pg_attribute a
              WHERE a.attrelid = format('curated.%I', v)::regclass AND a.attnum > 0 LOOP
      EXECUTE format('COMMENT ON COLUMN curated.%I.%I IS %L', v, c.attname, CASE
        WHEN c.attname = 'game_id' THEN 'The game.'
        WHEN c.attname = 'sportsbook_id' THEN 'The book.'
        WHEN c.attname = 'book_key' THEN 'The book''s key.'
        WHEN c.attname = 'is_bettable' THEN 'False for consensus and opening-line pseudo-books.'
        WHEN c.attname = 'close_at' THEN 'When the closing price was observed.'
        WHEN c.attname = 'close_hold' THEN 'The book''s closing hold, 1 - 1 / (sum of implied probabilities).'
        WHEN c.attname LIKE 'consensus%' THEN 'Market consensus across bettable books (curated.market_consensus): ' || replace(c.attname, '_', ' ') || '.'
        WHEN c.attname LIKE 'best%' THEN 'Best bettable closing price: ' || replace(c.attname, '_', ' ') || '.'
        WHEN c.attname LIKE '%fair_probability%' THEN 'No-vig closing probability (multiplicative unless it says additive): ' || replace(c.attname, '_', ' ') || '.'
        WHEN c.attname LIKE '%move%' THEN 'Close minus open: ' || replace(c.attname, '_', ' ') || '.'
        ELSE 'American price or points: ' || replace(c.attname, '_', ' ') || ' (curated.betting_lines_enhanced).' END);
    END LOOP;
  END LOOP;
END
$$;

COMMIT;
