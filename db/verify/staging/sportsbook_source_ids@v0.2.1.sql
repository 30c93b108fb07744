-- Verify mlb:staging/sportsbook_source_ids
BEGIN;
SELECT 1 FROM staging.sportsbook_source_ids WHERE false;
ROLLBACK;
