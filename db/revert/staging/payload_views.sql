-- Revert mlb:staging/payload_views
BEGIN;

DROP VIEW staging.source_games_raw;
DROP VIEW staging.raw_payloads;

COMMIT;
