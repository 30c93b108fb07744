-- Revert mlb:curated/market_views (rework after v0.2.1): the views driven by the home (or over) side
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.moneylines AS
SELECT h.game_id, h.sportsbook_id, b.book_key, h.is_bettable,
       h.open_price AS home_open_price, a.open_price AS away_open_price,
       h.close_price AS home_close_price, a.close_price AS away_close_price,
       h.latest_price AS home_latest_price, a.latest_price AS away_latest_price,
       h.close_at, h.implied_probability_move AS home_implied_probability_move,
       h.close_hold, h.close_fair_probability AS home_fair_probability, a.close_fair_probability AS away_fair_probability,
       h.close_fair_probability_additive AS home_fair_probability_additive,
       ch.close_fair_probability AS consensus_home_fair_probability, ch.best_close_price AS best_home_close_price,
       ca.best_close_price AS best_away_close_price
  FROM curated.betting_lines_enhanced h
  JOIN staging.sportsbooks b ON b.sportsbook_id = h.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced a ON a.game_id = h.game_id AND a.sportsbook_id = h.sportsbook_id
                                            AND a.market = 'moneyline' AND a.side = 'away'
  LEFT JOIN curated.market_consensus ch ON ch.game_id = h.game_id AND ch.market = 'moneyline' AND ch.side = 'home'
  LEFT JOIN curated.market_consensus ca ON ca.game_id = h.game_id AND ca.market = 'moneyline' AND ca.side = 'away'
 WHERE h.market = 'moneyline' AND h.side = 'home';
COMMENT ON VIEW curated.moneylines IS 'Moneylines per game and book, both sides on one row: open, close, latest, the home side''s move, the book''s hold and fair probabilities, and the market consensus and best closing prices.';

CREATE OR REPLACE VIEW curated.spreads AS
SELECT h.game_id, h.sportsbook_id, b.book_key, h.is_bettable,
       h.open_line AS home_open_line, h.open_price AS home_open_price, a.open_line AS away_open_line, a.open_price AS away_open_price,
       h.close_line AS home_close_line, h.close_price AS home_close_price, a.close_line AS away_close_line, a.close_price AS away_close_price,
       h.close_at, h.line_move AS home_line_move, h.close_hold, h.close_fair_probability AS home_fair_probability,
       ch.close_fair_probability AS consensus_home_fair_probability, ch.consensus_close_line AS consensus_home_line
  FROM curated.betting_lines_enhanced h
  JOIN staging.sportsbooks b ON b.sportsbook_id = h.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced a ON a.game_id = h.game_id AND a.sportsbook_id = h.sportsbook_id
                                            AND a.market = 'spread' AND a.side = 'away'
  LEFT JOIN curated.market_consensus ch ON ch.game_id = h.game_id AND ch.market = 'spread' AND ch.side = 'home'
 WHERE h.market = 'spread' AND h.side = 'home';
COMMENT ON VIEW curated.spreads IS 'Run lines per game and book, both sides on one row, with the consensus at the most common line.';

CREATE OR REPLACE VIEW curated.totals AS
SELECT o.game_id, o.sportsbook_id, b.book_key, o.is_bettable,
       o.open_line AS open_total, o.open_price AS open_over_price, u.open_price AS open_under_price,
       o.close_line AS close_total, o.close_price AS close_over_price, u.close_price AS close_under_price,
       o.close_at, o.line_move AS total_move, o.close_hold, o.close_fair_probability AS over_fair_probability,
       co.close_fair_probability AS consensus_over_fair_probability, co.consensus_close_line AS consensus_total
  FROM curated.betting_lines_enhanced o
  JOIN staging.sportsbooks b ON b.sportsbook_id = o.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced u ON u.game_id = o.game_id AND u.sportsbook_id = o.sportsbook_id
                                            AND u.market = 'total' AND u.side = 'under'
  LEFT JOIN curated.market_consensus co ON co.game_id = o.game_id AND co.market = 'total' AND co.side = 'over'
 WHERE o.market = 'total' AND o.side = 'over';
COMMENT ON VIEW curated.totals IS 'Totals per game and book, over and under on one row, with the consensus at the most common total.';

COMMIT;
