-- Verify mlb:sources/odds_api/source
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'odds_api';
ROLLBACK;
