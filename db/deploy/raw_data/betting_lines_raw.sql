-- Deploy mlb:raw_data/betting_lines_raw
-- Every price as stated, and its moneyline, spread and total subsets.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Every price of every payload, through each table's lines parser.
CREATE OR REPLACE VIEW raw_data.betting_lines_raw AS
SELECT l.source, l.raw_table, l.raw_id, l.fetched_at, l.source_game_id, l.game_time_text, l.home_team_text, l.away_team_text,
       l.book_text, l.source_market, l.market, l.side_text, l.side_team_text, l.line_text, l.price_text, l.observed_at,
       l.observation_kind
  FROM raw_data.payload_tables t CROSS JOIN LATERAL raw_data.stated_lines(t.raw_table) l;
COMMENT ON VIEW raw_data.betting_lines_raw IS 'Every price in every raw payload, one row per outcome observation, exactly as the source stated it: teams, books, sides, lines and prices are the source''s own text. Action Network history points carry their own updated_at; snapshots are observed at fetch time; SBRO rows carry open/close timing and no time; VSIN sides are page positions (first/second), its book the view.';
COMMENT ON COLUMN raw_data.betting_lines_raw.source IS 'Source key.';
COMMENT ON COLUMN raw_data.betting_lines_raw.raw_table IS 'raw_data table of the payload.';
COMMENT ON COLUMN raw_data.betting_lines_raw.raw_id IS 'id of the raw row (lineage).';
COMMENT ON COLUMN raw_data.betting_lines_raw.fetched_at IS 'When the payload was fetched.';
COMMENT ON COLUMN raw_data.betting_lines_raw.source_game_id IS 'The source''s own game id (Action Network id, SBD _id, Odds API event id, SBRO file:sheet:row, VSIN request key:table:row).';
COMMENT ON COLUMN raw_data.betting_lines_raw.game_time_text IS 'Game start or date as the source wrote it (SBRO: MMDD).';
COMMENT ON COLUMN raw_data.betting_lines_raw.home_team_text IS 'Home team as the source names it, taken from the source''s explicit home field; NULL where the payload has none.';
COMMENT ON COLUMN raw_data.betting_lines_raw.away_team_text IS 'Away team as the source names it, from its explicit away field.';
COMMENT ON COLUMN raw_data.betting_lines_raw.book_text IS 'Book as the source identifies it (Action Network book id, SBD name, Odds API key, sbro, VSIN view).';
COMMENT ON COLUMN raw_data.betting_lines_raw.source_market IS 'Market key as the source names it (h2h, spreads, Open OU...).';
COMMENT ON COLUMN raw_data.betting_lines_raw.market IS 'moneyline, spread or total: the source market key renamed, nothing else.';
COMMENT ON COLUMN raw_data.betting_lines_raw.side_text IS 'Side as the source states it (home/away/over/under, a team name, Over/Under, SBRO V/H/N, VSIN first/second).';
COMMENT ON COLUMN raw_data.betting_lines_raw.side_team_text IS 'Team the outcome refers to, where the source names one per outcome (Odds API name, SBRO Team, VSIN team at that position).';
COMMENT ON COLUMN raw_data.betting_lines_raw.line_text IS 'Points as stated (spread or total); NULL for moneylines.';
COMMENT ON COLUMN raw_data.betting_lines_raw.price_text IS 'Price as stated (American odds text or number).';
COMMENT ON COLUMN raw_data.betting_lines_raw.observed_at IS 'When the source says the price held (history point time, market update, or fetch time); NULL for SBRO.';
COMMENT ON COLUMN raw_data.betting_lines_raw.observation_kind IS 'snapshot (current price at fetch), history (a past point of a line history), open or close (SBRO), line_only (a number stated without a price: VSIN''s total column; not promoted as a price).';

CREATE OR REPLACE VIEW raw_data.moneylines_raw AS SELECT * FROM raw_data.betting_lines_raw WHERE market = 'moneyline';

CREATE OR REPLACE VIEW raw_data.spreads_raw AS SELECT * FROM raw_data.betting_lines_raw WHERE market = 'spread';

CREATE OR REPLACE VIEW raw_data.totals_raw AS SELECT * FROM raw_data.betting_lines_raw WHERE market = 'total';
COMMENT ON VIEW raw_data.moneylines_raw IS 'betting_lines_raw restricted to moneylines (Odds API h2h).';
COMMENT ON VIEW raw_data.spreads_raw IS 'betting_lines_raw restricted to spreads / run lines.';
COMMENT ON VIEW raw_data.totals_raw IS 'betting_lines_raw restricted to totals (over/under).';

DO $$
DECLARE
  v text;
  c record;
BEGIN
  FOREACH v IN ARRAY ARRAY['moneylines_raw', 'spreads_raw', 'totals_raw'] LOOP
    FOR c IN SELECT a.attname, col_description('raw_data.betting_lines_raw'::regclass, a.attnum) AS d
               FROM pg_attribute a WHERE a.attrelid = 'raw_data.betting_lines_raw'::regclass AND a.attnum > 0 LOOP
      EXECUTE format('COMMENT ON COLUMN raw_data.%I.%I IS %L', v, c.attname, c.d);
    END LOOP;
  END LOOP;
END
$$;

COMMIT;
