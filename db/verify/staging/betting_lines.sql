-- Verify mlb:staging/betting_lines (reworked after v0.3.0): the decimal price is the stated one when stated.
BEGIN;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'staging' AND viewname = 'betting_lines' AND definition LIKE '%COALESCE(r.stated_decimal_price%';
ROLLBACK;
