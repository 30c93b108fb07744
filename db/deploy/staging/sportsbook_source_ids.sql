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
  outlet_name text,
  brand_name text,
  states text[],
  is_legal boolean,
  raw_fetched_at timestamptz,
  PRIMARY KEY (source, source_book_key)
);
COMMENT ON TABLE staging.sportsbook_source_ids IS 'How each source identifies each book: SBD names, VSIN views, Odds API keys and SBRO are reference rows (one per brand); Action Network ids are outlets (a brand in some states) taken from its own /web/v1/books catalogue in raw, the newest catalogue winning (origin catalogue, with the raw row); every change is in staging.sportsbook_source_id_changes.';
COMMENT ON COLUMN staging.sportsbook_source_ids.source IS 'Source.';
COMMENT ON COLUMN staging.sportsbook_source_ids.source_book_key IS 'The source''s identifier for the book (an Action Network book id as text, an Odds API key, an SBD name, a VSIN view).';
COMMENT ON COLUMN staging.sportsbook_source_ids.sportsbook_id IS 'The brand (staging.sportsbooks): two outlets of one brand map to the same sportsbook and stay apart on the lines (betting_lines.outlet).';
COMMENT ON COLUMN staging.sportsbook_source_ids.origin IS 'reference (deployed here) or catalogue (promoted from a source catalogue in raw).';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_table IS 'For catalogue rows, the raw table of the catalogue.';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_id IS 'For catalogue rows, the raw row of the catalogue.';
COMMENT ON COLUMN staging.sportsbook_source_ids.outlet_name IS 'The outlet''s name as the catalogue states it (Action Network display_name, e.g. DK NJ); NULL for reference rows.';
COMMENT ON COLUMN staging.sportsbook_source_ids.brand_name IS 'The brand as the catalogue states it (Action Network parent_name), matched exactly through staging.sportsbook_name_aliases.';
COMMENT ON COLUMN staging.sportsbook_source_ids.states IS 'US states the outlet serves (Action Network meta.states).';
COMMENT ON COLUMN staging.sportsbook_source_ids.is_legal IS 'Whether the catalogue marks the outlet legal (Action Network meta.is_legal).';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_fetched_at IS 'When the catalogue that set this row was fetched; an older catalogue never overrides it.';

COMMIT;
