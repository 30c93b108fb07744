-- Verify mlb:staging/betting_line_rows
BEGIN;
SELECT line_id, market, side, line_timing FROM staging.betting_line_rows WHERE false;
SELECT 1 / (relkind = 'v')::int FROM pg_class WHERE oid = 'staging.betting_lines'::regclass;
ROLLBACK;
