-- Revert mlb:staging/payload_views
BEGIN;

DROP FUNCTION staging.games_of_raw_row(text, bigint);
DROP FUNCTION staging.lines_of_raw_row(text, bigint);
DROP VIEW staging.source_games_raw;
DROP VIEW staging.raw_payloads;

COMMIT;
