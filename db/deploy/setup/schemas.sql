-- Deploy mlb:setup/schemas
-- The three data zones and the machinery schema, owned by mlb_owner, with the
-- privileges of each role. Default privileges make future tables follow suit.
BEGIN;

CREATE SCHEMA raw_data AUTHORIZATION mlb_owner;
CREATE SCHEMA staging AUTHORIZATION mlb_owner;
CREATE SCHEMA curated AUTHORIZATION mlb_owner;
CREATE SCHEMA pipeline AUTHORIZATION mlb_owner;

COMMENT ON SCHEMA raw_data IS 'RAW zone: every source payload exactly as fetched, append-only, with a log of every collection attempt.';
COMMENT ON SCHEMA staging IS 'STAGING zone: raw payloads cleaned, matched to one model of games, books and prices, validated and scored, with lineage.';
COMMENT ON SCHEMA curated IS 'CURATED zone: analysis-ready lines, market signals, graded strategy backtests and features, derived from staging.';
COMMENT ON SCHEMA pipeline IS 'Pipeline machinery: runs, settings, work queues and audit views that drive and explain promotion between zones.';

-- The agent writes raw payloads only; the analyst reads the derived zones.
GRANT USAGE ON SCHEMA raw_data TO mlb_agent;
GRANT USAGE ON SCHEMA staging, curated, pipeline TO mlb_analyst;

ALTER DEFAULT PRIVILEGES FOR ROLE mlb_owner IN SCHEMA staging, curated
  GRANT SELECT ON TABLES TO mlb_analyst;
-- Functions are not executable by everyone unless a change grants them.
ALTER DEFAULT PRIVILEGES FOR ROLE mlb_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

COMMIT;
