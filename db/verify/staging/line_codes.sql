-- Verify mlb:staging/line_codes
BEGIN;
SELECT kind, code, name FROM staging.line_codes WHERE false;
ROLLBACK;
