-- Deploy mlb:curated/line_history_wide
-- One game's line history as a grid: a row per moment any book changed its
-- line or price, holding every book's current line and price at that moment
-- (carried forward from its last observation). Books are keys of two JSON
-- objects, so the columns need not be known in advance; psql users can also
-- pivot curated.line_history with \crosstabview (docs/analysis.md).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.line_history_wide(p_game_id bigint)
RETURNS TABLE (market text, side text, pick text, at timestamptz, is_live boolean, books integer,
               price_by_book jsonb, line_by_book jsonb)
LANGUAGE sql STABLE
BEGIN ATOMIC
  WITH obs AS (
    SELECT h.market, h.side, h.pick, h.book, h.observed_at, h.line, h.american_price, h.source, h.outlet, h.is_live
      FROM curated.line_history h
     WHERE h.game_id = p_game_id AND h.observed_at IS NOT NULL
  ), moments AS (
    SELECT DISTINCT o.market, o.side, o.pick, o.observed_at, o.is_live FROM obs o
  ), grid AS (
    SELECT m.market, m.side, m.pick, m.observed_at, m.is_live, count(*)::int AS books,
           jsonb_object_agg(k.book, k.american_price) AS prices,
           jsonb_object_agg(k.book, k.line) AS lines
      FROM moments m
     CROSS JOIN LATERAL (
           -- each book's newest observation at that moment; equal times go to the later source, then outlet
           SELECT DISTINCT ON (o.book) o.book, o.american_price, o.line
             FROM obs o
            WHERE o.market = m.market AND o.side = m.side AND o.observed_at <= m.observed_at
            ORDER BY o.book, o.observed_at DESC, o.source DESC, o.outlet DESC) k
     GROUP BY m.market, m.side, m.pick, m.observed_at, m.is_live
  )
  SELECT g.market, g.side, g.pick, g.observed_at, g.is_live, g.books, g.prices, g.lines
    FROM (SELECT grid.*, lag(grid.prices) OVER w AS prev_prices, lag(grid.lines) OVER w AS prev_lines
            FROM grid WINDOW w AS (PARTITION BY grid.market, grid.side ORDER BY grid.observed_at)) g
   WHERE g.prev_prices IS NULL OR g.prices IS DISTINCT FROM g.prev_prices OR g.lines IS DISTINCT FROM g.prev_lines
   ORDER BY CASE g.market WHEN 'moneyline' THEN 0 WHEN 'spread' THEN 1 ELSE 2 END, g.side, g.observed_at;
END;
COMMENT ON FUNCTION curated.line_history_wide(bigint) IS 'One game''s line history wide per book: SELECT * FROM curated.line_history_wide(42). A row per market, side and moment at which any book''s line or price changed, with every book''s price (price_by_book) and line (line_by_book) in force then, each carried forward from its newest observation (several sources or outlets of one book: the newest; equal times go to the later source, then outlet name). Untimed SBRO open/close lines are left out (they have no moment): see curated.line_history.';
GRANT EXECUTE ON FUNCTION curated.line_history_wide(bigint) TO mlb_analyst;

COMMIT;
