-- Revert mlb:sources/odds_api/price_format
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE raw_data.payload_tables SET price_format_param = NULL WHERE raw_table = 'odds_api_responses';
COMMIT;
