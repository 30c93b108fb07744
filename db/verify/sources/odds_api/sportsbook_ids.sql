-- Verify mlb:sources/odds_api/sportsbook_ids
BEGIN;
SELECT 1/count(*) FROM staging.sportsbook_source_ids WHERE source = 'odds_api' AND origin = 'reference';
ROLLBACK;
