-- Revert mlb:sources/odds_api
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.odds_api_responses;
DELETE FROM raw_data.payload_tables WHERE source = 'odds_api';
DROP FUNCTION raw_data.odds_api_lines(raw_data.payload);
DROP FUNCTION raw_data.odds_api_games(raw_data.payload);
DELETE FROM raw_data.sources WHERE source = 'odds_api';
COMMIT;
