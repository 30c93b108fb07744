-- Verify mlb:sources/odds_api/price_format
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'odds_api_responses' AND price_format_param = 'oddsFormat';
ROLLBACK;
