-- Verify mlb:staging/sportsbook_name_aliases
BEGIN;
SELECT 1 FROM staging.sportsbook_name_aliases WHERE false;
ROLLBACK;
