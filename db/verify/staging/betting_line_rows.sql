-- Verify mlb:staging/betting_line_rows
BEGIN;
SELECT line_id, season, market, side, line_timing FROM staging.betting_line_rows WHERE false;
ROLLBACK;
