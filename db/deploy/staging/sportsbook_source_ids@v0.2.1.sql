-- Deploy mlb:staging/sportsbook_source_ids
-- Each source book id mapped to a sportsbook.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.sportsbook_source_ids (
  source text NOT NULL REFERENCES raw_data.sources (source),
  source_book_key text NOT NULL,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id),
  origin text NOT NULL CHECK (origin IN ('reference', 'catalogue')),
  raw_table text,
  raw_id bigint,
  PRIMARY KEY (source, source_book_key)
);
COMMENT ON TABLE staging.sportsbook_source_ids IS 'How each source identifies each book: SBD names, VSIN views, Odds API keys and SBRO are reference rows; Action Network ids come from its own /web/v1/books catalogue in raw (origin catalogue, with the raw row).';
COMMENT ON COLUMN staging.sportsbook_source_ids.source IS 'Source.';
COMMENT ON COLUMN staging.sportsbook_source_ids.source_book_key IS 'The source''s identifier for the book (an Action Network book id as text, an Odds API key, an SBD name, a VSIN view).';
COMMENT ON COLUMN staging.sportsbook_source_ids.sportsbook_id IS 'The book.';
COMMENT ON COLUMN staging.sportsbook_source_ids.origin IS 'reference (deployed here) or catalogue (promoted from a source catalogue in raw).';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_table IS 'For catalogue rows, the raw table of the catalogue.';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_id IS 'For catalogue rows, the raw row of the catalogue.';

INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT x.source, x.k, b.sportsbook_id, 'reference'
  FROM (VALUES
    ('sbd', 'bet365', 'bet365'), ('sbd', 'betmgm', 'betmgm'), ('sbd', 'caesars', 'caesars'),
    ('sbd', 'draftkings', 'draftkings'), ('sbd', 'fanatics', 'fanatics'), ('sbd', 'fanduel', 'fanduel'),
    ('vsin', 'draftkings', 'draftkings'), ('vsin', 'circa', 'circa'), ('vsin', 'fanduel', 'fanduel'),
    ('vsin', 'mgm', 'betmgm'), ('vsin', 'caesars', 'caesars'),
    ('sbro', 'sbro', 'sbro'),
    ('odds_api', 'barstool', 'barstool'), ('odds_api', 'betclic', 'betclic'), ('odds_api', 'betfair', 'betfair'),
    ('odds_api', 'betmgm', 'betmgm'), ('odds_api', 'betonlineag', 'betonline'), ('odds_api', 'betrivers', 'betrivers'),
    ('odds_api', 'betus', 'betus'), ('odds_api', 'bovada', 'bovada'), ('odds_api', 'casumo', 'casumo'),
    ('odds_api', 'circasports', 'circa'), ('odds_api', 'coral', 'coral'), ('odds_api', 'draftkings', 'draftkings'),
    ('odds_api', 'fanduel', 'fanduel'), ('odds_api', 'foxbet', 'foxbet'), ('odds_api', 'gtbets', 'gtbets'),
    ('odds_api', 'intertops', 'intertops'), ('odds_api', 'ladbrokes', 'ladbrokes'), ('odds_api', 'lowvig', 'lowvig'),
    ('odds_api', 'marathonbet', 'marathonbet'), ('odds_api', 'mrgreen', 'mrgreen'), ('odds_api', 'mybookieag', 'mybookie'),
    ('odds_api', 'nordicbet', 'nordicbet'), ('odds_api', 'onexbet', 'onexbet'), ('odds_api', 'paddypower', 'paddypower'),
    ('odds_api', 'pinnacle', 'pinnacle'), ('odds_api', 'sport888', 'sport888'), ('odds_api', 'sugarhouse', 'sugarhouse'),
    ('odds_api', 'superbook', 'superbook'), ('odds_api', 'twinspires', 'twinspires'), ('odds_api', 'unibet', 'unibet'),
    ('odds_api', 'williamhill', 'williamhill'), ('odds_api', 'williamhill_us', 'caesars'), ('odds_api', 'wynnbet', 'wynnbet'),
    ('odds_api', 'espnbet', 'espnbet'), ('odds_api', 'fanatics', 'fanatics'), ('odds_api', 'hardrockbet', 'hardrock'),
    ('odds_api', 'pointsbetus', 'pointsbet')
  ) AS x(source, k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

COMMIT;
