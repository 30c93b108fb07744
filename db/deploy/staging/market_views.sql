-- Deploy mlb:staging/market_views
-- staging.moneylines, spreads and totals.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW staging.moneylines AS
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

CREATE OR REPLACE VIEW staging.spreads AS
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

CREATE OR REPLACE VIEW staging.totals AS
SELECT game_id, sportsbook_id, source, line_timing, observed_at,
       max(line) FILTER (WHERE side = 'over') AS total,
       max(american_price) FILTER (WHERE side = 'over') AS over_price,
       max(american_price) FILTER (WHERE side = 'under') AS under_price,
       bool_or(is_live) AS is_live, bool_or(is_opener) AS is_opener,
       array_agg(DISTINCT raw_table || ':' || raw_id) AS raw_rows, max(pipeline_run_id) AS pipeline_run_id
  FROM staging.betting_lines WHERE market = 'total'
 GROUP BY game_id, sportsbook_id, source, line_timing, observed_at;
COMMENT ON VIEW staging.totals IS 'Total observations with over and under on one row (total is the over''s number).';
GRANT SELECT ON staging.moneylines TO mlb_analyst;
GRANT SELECT ON staging.spreads TO mlb_analyst;
GRANT SELECT ON staging.totals TO mlb_analyst;

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

COMMIT;
