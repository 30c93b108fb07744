-- Revert mlb:staging/odds_api_us2_keys
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.sportsbook_source_ids WHERE source = 'odds_api' AND source_book_key IN ('unibet_us', 'fliff', 'ballybet', 'betparx',
  'betanysports', 'windcreek', 'rebet', 'betfair_ex_eu', 'matchbook');
DELETE FROM staging.sportsbooks WHERE book_key IN ('fliff', 'ballybet', 'betparx', 'betanysports', 'windcreek', 'rebet', 'matchbook');
COMMIT;
