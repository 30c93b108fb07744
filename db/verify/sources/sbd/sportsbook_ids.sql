-- Verify mlb:sources/sbd/sportsbook_ids
BEGIN;
SELECT 1/count(*) FROM staging.sportsbook_source_ids WHERE source = 'sbd' AND origin = 'reference';
ROLLBACK;
