-- Deploy mlb:raw_data/payload_tables
-- The one list of raw payload tables, their shapes and parsers.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The one list of raw payload tables. Every loop, union and dispatch over raw
-- tables (creation, queueing, parsing, shape checks, retention, lineage, counts)
-- reads this table; nothing else names them.
CREATE TABLE raw_data.payload_tables (
  raw_table text PRIMARY KEY CHECK (raw_table ~ '^[a-z][a-z0-9_]*$'),
  source text NOT NULL REFERENCES raw_data.sources (source),
  endpoints text[] NOT NULL,
  description text NOT NULL,
  rows_key text,
  rows_type text NOT NULL CHECK (rows_type IN ('array', 'object')),
  needs_rows boolean NOT NULL DEFAULT false,
  expected text NOT NULL,
  promotion_order int NOT NULL,
  games_parser regprocedure,
  lines_parser regprocedure,
  splits_parser regprocedure,
  books_parser regprocedure,
  decimal_prices boolean NOT NULL DEFAULT false,
  season_reader regproc
);
COMMENT ON TABLE raw_data.payload_tables IS 'The list of raw payload tables, one row each, written by the source''s file: which source and endpoints fill it, where its rows are and what shape they must have, when it is promoted, and the functions that read games, lines, splits and books out of its payloads.';
COMMENT ON COLUMN raw_data.payload_tables.raw_table IS 'Name of the table in raw_data (created by raw_data.create_payload_table()).';
COMMENT ON COLUMN raw_data.payload_tables.source IS 'The source whose payloads it holds.';
COMMENT ON COLUMN raw_data.payload_tables.endpoints IS 'Endpoints (collection_log.endpoint) whose bodies are stored here.';
COMMENT ON COLUMN raw_data.payload_tables.description IS 'What one row holds (becomes the table''s comment).';
COMMENT ON COLUMN raw_data.payload_tables.rows_key IS 'Key of the payload that holds its rows (games, books, dates, ...); NULL when the payload itself is the container.';
COMMENT ON COLUMN raw_data.payload_tables.rows_type IS 'JSON type the container must have: array or object. Anything else quarantines the payload as unexpected_payload_shape.';
COMMENT ON COLUMN raw_data.payload_tables.needs_rows IS 'True when an empty container is itself wrong (a VSIN page without a table).';
COMMENT ON COLUMN raw_data.payload_tables.expected IS 'The expected shape in words, quoted in the quarantine reason.';
COMMENT ON COLUMN raw_data.payload_tables.promotion_order IS 'Promotion takes queued rows in this order (books and schedules before what refers to them).';
COMMENT ON COLUMN raw_data.payload_tables.games_parser IS 'Function (raw_data.payload) -> SETOF raw_data.stated_game: the games a payload states; NULL when it states none.';
COMMENT ON COLUMN raw_data.payload_tables.lines_parser IS 'Function (raw_data.payload) -> SETOF raw_data.stated_line: the prices a payload states.';
COMMENT ON COLUMN raw_data.payload_tables.splits_parser IS 'Function (raw_data.payload) -> SETOF raw_data.stated_split: the betting splits a payload states.';
COMMENT ON COLUMN raw_data.payload_tables.books_parser IS 'Function (raw_data.payload) -> SETOF raw_data.stated_book: a book catalogue''s entries.';
COMMENT ON COLUMN raw_data.payload_tables.decimal_prices IS 'Whether its payloads may state decimal odds (The Odds API requested with oddsFormat=decimal): a price written like 2.02 is then read as decimal odds (staging.parse_decimal_odds); elsewhere prices are American only.';
COMMENT ON COLUMN raw_data.payload_tables.season_reader IS 'The function (request key text -> season) that reads the season from a request key of this table that is not led by a date, when its source has such keys: raw_data.sbro_season for the SBRO file names. NULL: such a key (a game id, "books") is filed under the New York year it was fetched in (raw_data.request_season).';
GRANT SELECT ON raw_data.payload_tables TO mlb_agent;

COMMIT;
