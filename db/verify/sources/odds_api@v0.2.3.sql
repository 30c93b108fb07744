-- Verify mlb:sources/odds_api (reworked after v0.2.1): its payloads may state decimal odds.
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE source = 'odds_api' AND decimal_prices;
ROLLBACK;
