-- Verify mlb:staging/odds_api_us2_keys
BEGIN;
SELECT 1/(count(*) = 3)::int FROM staging.sportsbook_source_ids WHERE source = 'odds_api' AND source_book_key IN ('unibet_us', 'fliff', 'ballybet');
ROLLBACK;
