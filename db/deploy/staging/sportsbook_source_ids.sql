-- Deploy mlb:staging/sportsbook_source_ids (reworked after v0.2.1)
-- A source book id is an outlet of a brand: Action Network's 68 is "DK NJ",
-- DraftKings' New Jersey outlet. The row keeps what the catalogue says of it
-- and when that catalogue was fetched (the newest catalogue is the authority).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE staging.sportsbook_source_ids
  ADD COLUMN outlet_name text,
  ADD COLUMN brand_name text,
  ADD COLUMN states text[],
  ADD COLUMN is_legal boolean,
  ADD COLUMN raw_fetched_at timestamptz;
COMMENT ON TABLE staging.sportsbook_source_ids IS 'How each source identifies each book: SBD names, VSIN views, Odds API keys and SBRO are reference rows (one per brand); Action Network ids are outlets (a brand in some states) taken from its own /web/v1/books catalogue in raw, the newest catalogue winning (origin catalogue, with the raw row); every change is in staging.sportsbook_source_id_changes.';
COMMENT ON COLUMN staging.sportsbook_source_ids.sportsbook_id IS 'The brand (staging.sportsbooks): two outlets of one brand map to the same sportsbook and stay apart on the lines (betting_lines.outlet).';
COMMENT ON COLUMN staging.sportsbook_source_ids.outlet_name IS 'The outlet''s name as the catalogue states it (Action Network display_name, e.g. DK NJ); NULL for reference rows.';
COMMENT ON COLUMN staging.sportsbook_source_ids.brand_name IS 'The brand as the catalogue states it (Action Network parent_name), matched exactly through staging.sportsbook_name_aliases.';
COMMENT ON COLUMN staging.sportsbook_source_ids.states IS 'US states the outlet serves (Action Network meta.states).';
COMMENT ON COLUMN staging.sportsbook_source_ids.is_legal IS 'Whether the catalogue marks the outlet legal (Action Network meta.is_legal).';
COMMENT ON COLUMN staging.sportsbook_source_ids.raw_fetched_at IS 'When the catalogue that set this row was fetched; an older catalogue never overrides it.';

COMMIT;
