-- Verify mlb:staging/sportsbook_source_ids (reworked after v0.2.1): outlets with brand, states and legality.
BEGIN;
SELECT outlet_name, brand_name, states, is_legal, raw_fetched_at FROM staging.sportsbook_source_ids WHERE false;
ROLLBACK;
