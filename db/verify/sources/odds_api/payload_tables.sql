-- Verify mlb:sources/odds_api/payload_tables
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'odds_api_responses';
SELECT 1 FROM raw_data.odds_api_responses WHERE false;
ROLLBACK;
