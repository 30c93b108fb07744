-- Revert mlb:setup/analyst_no_raw_payloads
BEGIN;
SET LOCAL ROLE mlb_owner;
GRANT SELECT ON staging.raw_payloads, staging.source_games_raw TO mlb_analyst;
COMMIT;
