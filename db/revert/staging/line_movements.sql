-- Revert mlb:staging/line_movements (reworked after v0.2.3): back to series per brand, without the outlet column
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP VIEW staging.line_movements;
CREATE VIEW staging.line_movements AS
WITH ordered AS (
  -- The columns it needs, named: l.* would tie the view to every column of the table.
  SELECT l.game_id, l.sportsbook_id, l.market, l.side, l.source, l.line, l.american_price, l.observed_at,
         l.implied_probability, l.is_live, l.line_id, l.raw_table, l.raw_id, l.pipeline_run_id,
         lag(l.line) OVER w AS previous_line, lag(l.american_price) OVER w AS previous_price,
         lag(l.observed_at) OVER w AS previous_observed_at, row_number() OVER w AS n
    FROM staging.betting_lines l
   WHERE l.line_timing = 'observed'
  WINDOW w AS (PARTITION BY l.game_id, l.sportsbook_id, l.market, l.side, l.source ORDER BY l.observed_at)
), changes AS (
  SELECT o.* FROM ordered o
   WHERE o.n > 1 AND (o.line IS DISTINCT FROM o.previous_line OR o.american_price <> o.previous_price)
)
SELECT c.game_id, c.sportsbook_id, c.market, c.side, c.source, c.previous_line, c.line AS new_line,
       c.previous_price, c.american_price AS new_price, c.observed_at AS moved_at,
       round(extract(epoch FROM c.observed_at - coalesce(
         lag(c.observed_at) OVER (PARTITION BY c.game_id, c.sportsbook_id, c.market, c.side, c.source ORDER BY c.observed_at),
         (SELECT min(f.observed_at) FROM staging.betting_lines f
           WHERE f.game_id = c.game_id AND f.sportsbook_id = c.sportsbook_id AND f.market = c.market
             AND f.side = c.side AND f.source = c.source AND f.line_timing = 'observed'))) / 60, 1) AS minutes_since_last_change,
       c.implied_probability - staging.american_to_implied_probability(c.previous_price) AS implied_probability_change,
       c.is_live, c.line_id, c.raw_table, c.raw_id, c.pipeline_run_id
  FROM changes c;
COMMENT ON VIEW staging.line_movements IS 'Change points per game, book, market, side and source: the previous and new line and price, when, and minutes since the previous change (or the first observation). An unchanged price seen again is not a movement.';
COMMENT ON COLUMN staging.line_movements.game_id IS 'The game.';
COMMENT ON COLUMN staging.line_movements.sportsbook_id IS 'The book.';
COMMENT ON COLUMN staging.line_movements.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN staging.line_movements.side IS 'home, away, over or under.';
COMMENT ON COLUMN staging.line_movements.source IS 'Source of the observations.';
COMMENT ON COLUMN staging.line_movements.previous_line IS 'Points before the move.';
COMMENT ON COLUMN staging.line_movements.new_line IS 'Points after the move.';
COMMENT ON COLUMN staging.line_movements.previous_price IS 'American price before the move.';
COMMENT ON COLUMN staging.line_movements.new_price IS 'American price after the move.';
COMMENT ON COLUMN staging.line_movements.moved_at IS 'When the new price was first observed.';
COMMENT ON COLUMN staging.line_movements.minutes_since_last_change IS 'Minutes since the previous change point, or since the first observation for the first move.';
COMMENT ON COLUMN staging.line_movements.implied_probability_change IS 'New minus previous implied probability: positive means this side got shorter (more likely).';
COMMENT ON COLUMN staging.line_movements.is_live IS 'True when the move happened after first pitch.';
COMMENT ON COLUMN staging.line_movements.line_id IS 'The betting_lines observation of the new price.';
COMMENT ON COLUMN staging.line_movements.raw_table IS 'Raw table of that observation (lineage).';
COMMENT ON COLUMN staging.line_movements.raw_id IS 'Raw row of that observation.';
COMMENT ON COLUMN staging.line_movements.pipeline_run_id IS 'Run that wrote it.';
GRANT SELECT ON staging.line_movements TO mlb_analyst;

COMMIT;
