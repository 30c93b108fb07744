-- Deploy mlb:staging/odds_api_us2_keys
-- The Odds API bookmaker keys a real response carried that no row mapped: unibet_us
-- (a real oddsFormat=decimal response, issue 12), and fliff and ballybet (named in
-- the same issue from The Odds API's bookmaker list), with the brands they need.
-- A key no row maps stays unknown_book, the key named in the reason.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES
  ('fliff', 'Fliff', true, 'sportsbook'), ('ballybet', 'Bally Bet', true, 'sportsbook');
INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT 'odds_api', x.k, b.sportsbook_id, 'reference'
  FROM (VALUES ('unibet_us', 'unibet'), ('fliff', 'fliff'), ('ballybet', 'ballybet')) AS x(k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

COMMIT;
