-- Verify mlb:staging/raw_payloads
BEGIN;
SELECT 1 FROM staging.raw_payloads WHERE false;
ROLLBACK;
