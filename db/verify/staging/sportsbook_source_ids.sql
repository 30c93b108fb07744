-- Verify mlb:staging/sportsbook_source_ids
BEGIN;
SELECT 1 FROM staging.sportsbook_source_ids WHERE false;
SELECT outlet_name, brand_name, states, is_legal, raw_fetched_at FROM staging.sportsbook_source_ids WHERE false;
ROLLBACK;
