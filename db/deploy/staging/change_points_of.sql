-- Deploy mlb:staging/change_points_of
-- Issue 14: the one rule for change points, used by staging.refresh_line_summaries
-- (stored during promotion) and by staging.line_movements for a game whose
-- stored change points are stale. The window of staging.line_movements as it
-- was: price series per outlet, ordered by time (within a series a time is
-- unique: the natural key), on the stored one-byte codes.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- LANGUAGE sql without SET clauses: inlined into the query that calls it, so a filter on the games reaches the index.
CREATE FUNCTION staging.change_points_of(p_games bigint[]) RETURNS SETOF staging.line_change_points
LANGUAGE sql STABLE
AS $$
WITH ordered AS (
  SELECT r.game_id, r.sportsbook_id, r.market, r.side, r.source, r.outlet, r.line, r.american_price, r.observed_at,
         r.is_live, r.line_id, r.raw_table, r.raw_id, r.pipeline_run_id,
         lag(r.line) OVER w AS previous_line, lag(r.american_price) OVER w AS previous_price,
         row_number() OVER w AS n,
         -- the series' first observation (a timed observation always has its time)
         first_value(r.observed_at) OVER w AS first_observed_at
    FROM staging.betting_line_rows r
   WHERE r.game_id = ANY (p_games) AND r.line_timing = staging.line_code('timing', 'observed')
  WINDOW w AS (PARTITION BY r.game_id, r.sportsbook_id, r.market, r.side, r.source, r.outlet ORDER BY r.observed_at)
), changes AS (
  SELECT o.*,
         lag(o.observed_at) OVER (PARTITION BY o.game_id, o.sportsbook_id, o.market, o.side, o.source, o.outlet
                                  ORDER BY o.observed_at) AS previous_change_at
    FROM ordered o
   WHERE o.n > 1 AND (o.line IS DISTINCT FROM o.previous_line OR o.american_price <> o.previous_price)
)
SELECT c.line_id, c.game_id, c.sportsbook_id, c.market, c.side, c.source, c.outlet, c.previous_line, c.line,
       c.previous_price, c.american_price, c.observed_at, c.previous_change_at, c.first_observed_at, c.is_live,
       c.raw_table, c.raw_id, c.pipeline_run_id
  FROM changes c
$$;
COMMENT ON FUNCTION staging.change_points_of(bigint[]) IS 'The change points of the given games, computed from their stored lines: every observed line whose price or points differ from the previous observation of its series (game, book, outlet, market, side, source; in time order), with the previous values, the previous change and the series'' first observation. The one rule behind staging.line_change_points and staging.line_movements.';

COMMIT;
