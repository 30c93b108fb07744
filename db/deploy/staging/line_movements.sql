-- Deploy mlb:staging/line_movements
-- Price and line changes.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Read from the stored one-byte codes (staging.betting_line_rows), not the decoded names of staging.betting_lines:
-- the sort of the observed lines into series (most of the steam step) compares codes, not texts. The window over
-- a tenth season's 774,516 observed lines took 1.21 s against 1.60 s on the names. The names are decoded per
-- change found, and the first observation of a series is a window value instead of a subquery per change.
CREATE OR REPLACE VIEW staging.line_movements AS
WITH ordered AS (
  SELECT r.game_id, r.sportsbook_id, r.market, r.side, r.source, r.outlet, r.line, r.american_price, r.observed_at,
         r.is_live, r.line_id, r.raw_table, r.raw_id, r.pipeline_run_id,
         lag(r.line) OVER w AS previous_line, lag(r.american_price) OVER w AS previous_price,
         row_number() OVER w AS n,
         -- the series' first observation (a timed observation always has its time)
         first_value(r.observed_at) OVER w AS first_observed_at
    FROM staging.betting_line_rows r
   WHERE r.line_timing = staging.line_code('timing', 'observed')
  WINDOW w AS (PARTITION BY r.game_id, r.sportsbook_id, r.market, r.side, r.source, r.outlet ORDER BY r.observed_at)
), changes AS (
  SELECT o.*,
         lag(o.observed_at) OVER (PARTITION BY o.game_id, o.sportsbook_id, o.market, o.side, o.source, o.outlet
                                  ORDER BY o.observed_at) AS previous_change_at
    FROM ordered o
   WHERE o.n > 1 AND (o.line IS DISTINCT FROM o.previous_line OR o.american_price <> o.previous_price)
)
SELECT c.game_id, c.sportsbook_id, staging.line_code_name('market', c.market) AS market,
       staging.line_code_name('side', c.side) AS side, c.source, c.previous_line, c.line AS new_line,
       c.previous_price, c.american_price AS new_price, c.observed_at AS moved_at,
       round(extract(epoch FROM c.observed_at - coalesce(c.previous_change_at, c.first_observed_at)) / 60, 1)
         AS minutes_since_last_change,
       staging.american_to_implied_probability(c.american_price) - staging.american_to_implied_probability(c.previous_price)
         AS implied_probability_change,
       c.is_live, c.line_id, c.raw_table, c.raw_id, c.pipeline_run_id, c.outlet
  FROM changes c;
COMMENT ON VIEW staging.line_movements IS 'Change points per game, book, outlet, market, side and source: the previous and new line and price, when, and minutes since the previous change (or the first observation). An unchanged price seen again is not a movement.';
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
COMMENT ON COLUMN staging.line_movements.outlet IS 'The outlet whose price series moved (staging.betting_lines.outlet): each outlet of a brand is its own series.';
GRANT SELECT ON staging.line_movements TO mlb_analyst;

COMMIT;
