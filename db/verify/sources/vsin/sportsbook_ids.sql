-- Verify mlb:sources/vsin/sportsbook_ids
BEGIN;
SELECT 1/count(*) FROM staging.sportsbook_source_ids WHERE source = 'vsin' AND origin = 'reference';
ROLLBACK;
