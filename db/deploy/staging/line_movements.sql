-- Deploy mlb:staging/line_movements (reworked after v0.2.4)
-- Issue 14, the steam window on change points only: the view reads the change
-- points kept during promotion (staging.line_change_points) instead of a window
-- over every observed line; a game whose lines changed and were not yet
-- computed again is computed from its lines by the same rule
-- (staging.change_points_of). Price series per outlet, as before.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The stored change points (staging.line_change_points, kept during promotion), and for a game marked stale
-- (staging.stale_line_summaries: its lines changed in a transaction that has not computed them again) the same
-- rule on its lines (staging.change_points_of), so the view is never behind the lines. The names are decoded per
-- change point.
CREATE OR REPLACE VIEW staging.line_movements AS
WITH stale AS (
  SELECT DISTINCT s.game_id FROM staging.stale_line_summaries s
), points AS (
  SELECT c.* FROM staging.line_change_points c WHERE NOT EXISTS (SELECT 1 FROM stale s WHERE s.game_id = c.game_id)
  UNION ALL
  SELECT c.* FROM staging.change_points_of(ARRAY(SELECT s.game_id FROM stale s)) c
)
SELECT c.game_id, c.sportsbook_id, staging.line_code_name('market', c.market) AS market,
       staging.line_code_name('side', c.side) AS side, c.source, c.previous_line::numeric AS previous_line, c.line AS new_line,
       c.previous_price, c.american_price AS new_price, c.observed_at AS moved_at,
       round(extract(epoch FROM c.observed_at - coalesce(c.previous_change_at, c.first_observed_at)) / 60, 1)
         AS minutes_since_last_change,
       staging.american_to_implied_probability(c.american_price) - staging.american_to_implied_probability(c.previous_price)
         AS implied_probability_change,
       c.is_live, c.line_id, c.raw_table, c.raw_id, c.pipeline_run_id, c.outlet
  FROM points c;
COMMENT ON VIEW staging.line_movements IS 'Change points per game, book, outlet, market, side and source: the previous and new line and price, when, and minutes since the previous change (or the first observation). An unchanged price seen again is not a movement. Read from staging.line_change_points, kept during promotion; a game marked in staging.stale_line_summaries is computed from its lines (staging.change_points_of), so the view always agrees with the lines.';
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
