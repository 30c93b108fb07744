-- Verify mlb:sources/sbro/sportsbook_ids
BEGIN;
SELECT 1/count(*) FROM staging.sportsbook_source_ids WHERE source = 'sbro' AND origin = 'reference';
ROLLBACK;
