-- Revert mlb:staging/sportsbook_source_ids (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE staging.sportsbook_source_ids
  DROP COLUMN outlet_name, DROP COLUMN brand_name, DROP COLUMN states, DROP COLUMN is_legal, DROP COLUMN raw_fetched_at;
COMMENT ON TABLE staging.sportsbook_source_ids IS 'How each source identifies each book: SBD names, VSIN views, Odds API keys and SBRO are reference rows; Action Network ids come from its own /web/v1/books catalogue in raw (origin catalogue, with the raw row).';
COMMENT ON COLUMN staging.sportsbook_source_ids.sportsbook_id IS 'The book.';
COMMIT;
