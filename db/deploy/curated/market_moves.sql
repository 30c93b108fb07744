-- Deploy mlb:curated/market_moves
-- The move since open as bettors read it (issue 31): "opened -120, now -140, 4 books".
-- The typical price of the books at their opens beside the typical price of the same
-- market now: before first pitch only the quotes on offer now (curated.prices_on_offer),
-- from first pitch the books' real closes. Never a price no one offered at that moment.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.market_moves AS
-- Game by game (LATERAL, the game's id from staging.games): a query for some games reads only theirs (a season's view read whole for one game took
-- 275 ms at 900 games, and grew with every season kept).
SELECT g.game_id, m.market, m.side, m.open_line, m.open_price, m.open_books, m.opened_at, m.current_as_of,
       m.current_line, m.current_price, m.current_books, m.current_at, m.line_move, m.implied_probability_move
  FROM staging.games g
 CROSS JOIN LATERAL (
  WITH quotes AS (
    -- Each bettable book's open.
    SELECT e.game_id, e.market, e.side, 'open'::text AS moment, e.open_line AS line, e.open_price AS price, e.open_at AS at
      FROM curated.betting_lines_enhanced e
     WHERE e.game_id = g.game_id AND e.is_bettable AND e.open_price IS NOT NULL
    UNION ALL
    -- Before first pitch: what each book offers now.
    SELECT p.game_id, p.market, p.side, 'now', p.line, p.american_price, p.shown_at
      FROM curated.prices_on_offer p
     WHERE p.game_id = g.game_id
    UNION ALL
    -- From first pitch: each book's close (a stale quote is no close).
    SELECT e.game_id, e.market, e.side, 'close', e.close_line, e.close_price, coalesce(e.close_confirmed_at, e.close_at)
      FROM curated.betting_lines_enhanced e
     WHERE e.game_id = g.game_id AND e.is_bettable AND e.close_price IS NOT NULL AND e.close_refusal IS NULL
       AND (g.start_time <= now() OR g.status <> 'scheduled')
  ), typical_lines AS (
    -- The line most books quote, per moment (run lines and totals).
    SELECT q.game_id, q.market, q.side, q.moment, mode() WITHIN GROUP (ORDER BY q.line) AS line
      FROM quotes q WHERE q.market <> 'moneyline'
     GROUP BY q.game_id, q.market, q.side, q.moment
  ), typical AS (
    -- The median implied probability of the books at that line: the typical price, as American odds.
    SELECT q.game_id, q.market, q.side, q.moment, t.line, count(*)::int AS books, min(q.at) AS first_at, max(q.at) AS last_at,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY 1 / staging.american_to_decimal(q.price))::numeric AS implied
      FROM quotes q
      LEFT JOIN typical_lines t ON (t.game_id, t.market, t.side, t.moment) = (q.game_id, q.market, q.side, q.moment)
     WHERE q.market = 'moneyline' OR q.line = t.line
     GROUP BY q.game_id, q.market, q.side, q.moment, t.line
  )
  SELECT o.market, o.side, o.line AS open_line, staging.implied_probability_to_american(o.implied) AS open_price,
         o.books AS open_books, o.first_at AS opened_at,
         c.moment AS current_as_of, c.line AS current_line, staging.implied_probability_to_american(c.implied) AS current_price,
         c.books AS current_books, c.last_at AS current_at,
         c.line - o.line AS line_move, round(c.implied - o.implied, 4) AS implied_probability_move
    FROM typical o
    LEFT JOIN typical c ON (c.game_id, c.market, c.side) = (o.game_id, o.market, o.side) AND c.moment <> 'open'
   WHERE o.moment = 'open'
 ) m;
COMMENT ON VIEW curated.market_moves IS 'The move since open per game, market and side, as bettors read it ("opened -120, now -140, 4 books"): the typical price of the bettable books at their opens beside the typical price now (before first pitch: the quotes on offer now, curated.prices_on_offer) or at the close (from first pitch: the books'' real closes; a stale quote is no close). Typical: at the line most books quote, the median of the books'' implied probabilities as American odds. No quote on offer now leaves the current columns NULL. Computed game by game, so a query for some games (SELECT * FROM curated.market_moves WHERE game_id = 4) reads only theirs.';
COMMENT ON COLUMN curated.market_moves.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.market_moves.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN curated.market_moves.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.market_moves.open_line IS 'The line most books opened at (NULL for a moneyline).';
COMMENT ON COLUMN curated.market_moves.open_price IS 'The typical opening price at open_line: the median of the books'' opening implied probabilities, as American odds.';
COMMENT ON COLUMN curated.market_moves.open_books IS 'How many bettable books opened at open_line.';
COMMENT ON COLUMN curated.market_moves.opened_at IS 'When the first of those books opened.';
COMMENT ON COLUMN curated.market_moves.current_as_of IS 'now: the prices on offer now (before first pitch); close: the books'' closes (from first pitch).';
COMMENT ON COLUMN curated.market_moves.current_line IS 'The line most books quote now (or closed at).';
COMMENT ON COLUMN curated.market_moves.current_price IS 'The typical price now (or at the close) at current_line, as American odds.';
COMMENT ON COLUMN curated.market_moves.current_books IS 'How many bettable books quote current_line now (or closed at it).';
COMMENT ON COLUMN curated.market_moves.current_at IS 'When a source last showed one of those quotes (a close: last confirmed before first pitch).';
COMMENT ON COLUMN curated.market_moves.line_move IS 'current_line - open_line, in runs.';
COMMENT ON COLUMN curated.market_moves.implied_probability_move IS 'Typical implied probability now minus at the open (4 places): positive, the side shortened (money came in on it).';
GRANT SELECT ON curated.market_moves TO mlb_analyst;

COMMIT;
