-- Deploy mlb:raw_data/sources
-- Source catalogue table.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The source catalogue: one row per data source, written by the source's own
-- file under sources/ (with its payload tables and parsers).
CREATE TABLE raw_data.sources (
  source text PRIMARY KEY CHECK (source ~ '^[a-z][a-z0-9_]*$'),
  display_name text NOT NULL,
  description text NOT NULL,
  stale_after interval,
  failing_after_consecutive_failures int NOT NULL DEFAULT 3 CHECK (failing_after_consecutive_failures > 0)
);
COMMENT ON TABLE raw_data.sources IS 'Catalogue of the data sources and the freshness thresholds source_health applies; each source''s payload tables are in raw_data.payload_tables.';
COMMENT ON COLUMN raw_data.sources.source IS 'Short source key used everywhere (collection_log.source, staging lineage).';
COMMENT ON COLUMN raw_data.sources.display_name IS 'Human name of the source.';
COMMENT ON COLUMN raw_data.sources.description IS 'What the source provides and how it is fetched.';
COMMENT ON COLUMN raw_data.sources.stale_after IS 'A source whose last success is older than this is stale; NULL for sources loaded by hand (never stale).';
COMMENT ON COLUMN raw_data.sources.failing_after_consecutive_failures IS 'This many failed attempts in a row since the last success make a source failing.';
GRANT SELECT ON raw_data.sources TO mlb_agent;

COMMIT;
