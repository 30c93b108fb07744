-- Revert mlb:sources/odds_api (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE raw_data.payload_tables SET decimal_prices = false WHERE raw_table = 'odds_api_responses';
COMMIT;
