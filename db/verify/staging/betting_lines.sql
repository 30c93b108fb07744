-- Verify mlb:staging/betting_lines (rework after v0.2.1)
BEGIN;
SELECT raw_fetched_at, outlet, stated_decimal_price FROM staging.betting_lines WHERE false;
ROLLBACK;
