-- Deploy mlb:staging/views
-- Per-market shapes of the price observations, line movements, sharp action
-- and the validation success rate a user reads.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE VIEW staging.moneylines AS
SELECT game_id, sportsbook_id, source, line_timing, observed_at,
       max(american_price) FILTER (WHERE side = 'home') AS home_price,
       max(american_price) FILTER (WHERE side = 'away') AS away_price,
       max(implied_probability) FILTER (WHERE side = 'home') AS home_implied_probability,
       max(implied_probability) FILTER (WHERE side = 'away') AS away_implied_probability,
       bool_or(is_live) AS is_live, bool_or(is_opener) AS is_opener,
       array_agg(DISTINCT raw_table || ':' || raw_id) AS raw_rows, max(pipeline_run_id) AS pipeline_run_id
  FROM staging.betting_lines WHERE market = 'moneyline'
 GROUP BY game_id, sportsbook_id, source, line_timing, observed_at;
COMMENT ON VIEW staging.moneylines IS 'Moneyline observations with both sides on one row (a side the source did not state is NULL).';

CREATE VIEW staging.spreads AS
SELECT game_id, sportsbook_id, source, line_timing, observed_at,
       max(line) FILTER (WHERE side = 'home') AS home_line,
       max(american_price) FILTER (WHERE side = 'home') AS home_price,
       max(line) FILTER (WHERE side = 'away') AS away_line,
       max(american_price) FILTER (WHERE side = 'away') AS away_price,
       bool_or(is_live) AS is_live, bool_or(is_opener) AS is_opener,
       array_agg(DISTINCT raw_table || ':' || raw_id) AS raw_rows, max(pipeline_run_id) AS pipeline_run_id
  FROM staging.betting_lines WHERE market = 'spread'
 GROUP BY game_id, sportsbook_id, source, line_timing, observed_at;
COMMENT ON VIEW staging.spreads IS 'Run line observations with both sides on one row.';

CREATE VIEW staging.totals AS
SELECT game_id, sportsbook_id, source, line_timing, observed_at,
       max(line) FILTER (WHERE side = 'over') AS total,
       max(american_price) FILTER (WHERE side = 'over') AS over_price,
       max(american_price) FILTER (WHERE side = 'under') AS under_price,
       bool_or(is_live) AS is_live, bool_or(is_opener) AS is_opener,
       array_agg(DISTINCT raw_table || ':' || raw_id) AS raw_rows, max(pipeline_run_id) AS pipeline_run_id
  FROM staging.betting_lines WHERE market = 'total'
 GROUP BY game_id, sportsbook_id, source, line_timing, observed_at;
COMMENT ON VIEW staging.totals IS 'Total observations with over and under on one row (total is the over''s number).';

DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT * FROM (VALUES
      ('game_id', 'The game.'), ('sportsbook_id', 'The book.'), ('source', 'Source that reported the prices.'),
      ('line_timing', 'observed, or open/close for SBRO season lines.'), ('observed_at', 'When the prices held.'),
      ('home_price', 'American price of the home side.'), ('away_price', 'American price of the away side.'),
      ('home_implied_probability', 'Implied probability of the home price (with margin).'),
      ('away_implied_probability', 'Implied probability of the away price (with margin).'),
      ('home_line', 'Home run line (-1.5 when home is favoured).'), ('away_line', 'Away run line.'),
      ('total', 'The total (runs).'), ('over_price', 'American price of the over.'), ('under_price', 'American price of the under.'),
      ('is_live', 'True when observed after first pitch.'), ('is_opener', 'True for the first observation.'),
      ('raw_rows', 'Raw rows (table:id) the prices came from (lineage).'),
      ('pipeline_run_id', 'Latest run that wrote these prices.')) AS d(col, txt)
  LOOP
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'staging.moneylines'::regclass AND attname = c.col) THEN
      EXECUTE format('COMMENT ON COLUMN staging.moneylines.%I IS %L', c.col, c.txt);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'staging.spreads'::regclass AND attname = c.col) THEN
      EXECUTE format('COMMENT ON COLUMN staging.spreads.%I IS %L', c.col, c.txt);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'staging.totals'::regclass AND attname = c.col) THEN
      EXECUTE format('COMMENT ON COLUMN staging.totals.%I IS %L', c.col, c.txt);
    END IF;
  END LOOP;
END
$$;

CREATE VIEW staging.line_movements AS
WITH ordered AS (
  SELECT l.*, lag(l.line) OVER w AS previous_line, lag(l.american_price) OVER w AS previous_price,
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

CREATE VIEW staging.sharp_action_signals AS
SELECT s.split_id, s.game_id, s.source, s.sportsbook_id, s.market, s.side, s.observed_at,
       s.bets_percent, s.money_percent, s.money_percent - s.bets_percent AS money_minus_bets,
       CASE WHEN s.money_percent - s.bets_percent >= pipeline.setting_numeric('signals.sharp_tier3_points') THEN 3
            WHEN s.money_percent - s.bets_percent >= pipeline.setting_numeric('signals.sharp_tier2_points') THEN 2
            WHEN s.money_percent - s.bets_percent >= pipeline.setting_numeric('signals.sharp_tier1_points') THEN 1
            ELSE 0 END AS sharp_tier,
       s.raw_table, s.raw_id, s.pipeline_run_id
  FROM staging.betting_splits s
 WHERE s.bets_percent IS NOT NULL AND s.money_percent IS NOT NULL;
COMMENT ON VIEW staging.sharp_action_signals IS 'Per split observation and side: money % minus bets %. A side with more of the money than of the tickets draws larger (sharper) bets; tiers 1-3 by the signals.sharp_tier*_points settings (defaults 10, 20, 30 points), 0 below.';
COMMENT ON COLUMN staging.sharp_action_signals.split_id IS 'The betting_splits row.';
COMMENT ON COLUMN staging.sharp_action_signals.game_id IS 'The game.';
COMMENT ON COLUMN staging.sharp_action_signals.source IS 'Source of the split.';
COMMENT ON COLUMN staging.sharp_action_signals.sportsbook_id IS 'Book of the split, NULL for source aggregates.';
COMMENT ON COLUMN staging.sharp_action_signals.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN staging.sharp_action_signals.side IS 'home, away, over or under.';
COMMENT ON COLUMN staging.sharp_action_signals.observed_at IS 'When the split held.';
COMMENT ON COLUMN staging.sharp_action_signals.bets_percent IS 'Share of bets on the side.';
COMMENT ON COLUMN staging.sharp_action_signals.money_percent IS 'Share of money on the side.';
COMMENT ON COLUMN staging.sharp_action_signals.money_minus_bets IS 'money_percent - bets_percent, in points.';
COMMENT ON COLUMN staging.sharp_action_signals.sharp_tier IS '0 none, 1 moderate, 2 strong, 3 very strong.';
COMMENT ON COLUMN staging.sharp_action_signals.raw_table IS 'Raw table (lineage).';
COMMENT ON COLUMN staging.sharp_action_signals.raw_id IS 'Raw row (lineage).';
COMMENT ON COLUMN staging.sharp_action_signals.pipeline_run_id IS 'Run that wrote the split.';

CREATE VIEW staging.validation_success_rate AS
WITH promoted AS (
  SELECT l.source, 'line'::text AS entity, g.game_date, count(*) AS n FROM staging.betting_lines l JOIN staging.games g USING (game_id) GROUP BY 1, 2, 3
  UNION ALL
  SELECT s.source, 'split', g.game_date, count(*) FROM staging.betting_splits s JOIN staging.games g USING (game_id) GROUP BY 1, 2, 3
  UNION ALL
  SELECT m.source, 'game', g.game_date, count(*) FROM staging.game_source_ids m JOIN staging.games g USING (game_id) GROUP BY 1, 2, 3
), problems AS (
  SELECT source, entity, game_date, count(*) FILTER (WHERE severity = 'reject') AS rejected,
         count(*) FILTER (WHERE severity = 'warn') AS warned
    FROM staging.validation_results GROUP BY 1, 2, 3
)
SELECT coalesce(p.source, v.source) AS source, coalesce(p.entity, v.entity) AS entity,
       coalesce(p.game_date, v.game_date) AS game_date,
       coalesce(p.n, 0) AS promoted, coalesce(v.warned, 0) AS warned, coalesce(v.rejected, 0) AS rejected,
       round(coalesce(p.n, 0)::numeric / nullif(coalesce(p.n, 0) + coalesce(v.rejected, 0), 0), 4) AS success_rate
  FROM promoted p FULL JOIN problems v ON v.source = p.source AND v.entity = p.entity AND v.game_date IS NOT DISTINCT FROM p.game_date;
COMMENT ON VIEW staging.validation_success_rate IS 'What staging holds against what it quarantined, per source, entity (game, line, split, payload, book) and New York date: promoted, warned, rejected and promoted / (promoted + rejected). For example: SELECT source, sum(promoted), sum(rejected) FROM staging.validation_success_rate GROUP BY 1.';
COMMENT ON COLUMN staging.validation_success_rate.source IS 'Source.';
COMMENT ON COLUMN staging.validation_success_rate.entity IS 'game (source game ids matched), line, split, payload or book.';
COMMENT ON COLUMN staging.validation_success_rate.game_date IS 'New York date; NULL for records without one (payloads, books, unmatched games).';
COMMENT ON COLUMN staging.validation_success_rate.promoted IS 'Rows in staging.';
COMMENT ON COLUMN staging.validation_success_rate.warned IS 'Warnings (their rows are promoted).';
COMMENT ON COLUMN staging.validation_success_rate.rejected IS 'Records quarantined.';
COMMENT ON COLUMN staging.validation_success_rate.success_rate IS 'promoted / (promoted + rejected), 0-1.';

GRANT SELECT ON staging.moneylines, staging.spreads, staging.totals, staging.line_movements,
                staging.sharp_action_signals, staging.validation_success_rate TO mlb_analyst;

COMMIT;
