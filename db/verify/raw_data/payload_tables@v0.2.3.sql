-- Verify mlb:raw_data/payload_tables (reworked after v0.2.1): which tables may state decimal odds.
BEGIN;
SELECT decimal_prices FROM raw_data.payload_tables WHERE false;
ROLLBACK;
