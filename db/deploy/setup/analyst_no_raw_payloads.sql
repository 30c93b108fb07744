-- Deploy mlb:setup/analyst_no_raw_payloads
-- The analyst reads the derived zones, not the raw one (setup/schemas). Two staging views
-- read raw payloads through raw_data functions and were granted to the analyst only by the
-- schema's default privileges, so every read of them failed (permission denied for function
-- payloads, stated_games; issue 31). They are audit views of the pipeline's owner; the
-- analyst follows a row to its raw copy with pipeline.lineage.
BEGIN;
SET LOCAL ROLE mlb_owner;

REVOKE SELECT ON staging.raw_payloads, staging.source_games_raw FROM mlb_analyst;

COMMIT;
