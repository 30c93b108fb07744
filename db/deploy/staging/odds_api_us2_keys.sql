-- Deploy mlb:staging/odds_api_us2_keys
-- The Odds API bookmaker keys no row mapped: unibet_us (a real oddsFormat=decimal
-- response, issue 12), fliff and ballybet (named in the same issue from The Odds
-- API's bookmaker list), and betparx, betanysports, windcreek, rebet, betfair_ex_eu
-- and matchbook (the US2 and EU keys as public code written against The Odds API
-- uses them; not seen in a payload here), with the brands they need. A key no row
-- maps stays unknown_book, the key named in the reason.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES
  ('fliff', 'Fliff', true, 'sportsbook'), ('ballybet', 'Bally Bet', true, 'sportsbook'),
  ('betparx', 'betPARX', true, 'sportsbook'), ('betanysports', 'BetAnySports', true, 'sportsbook'),
  ('windcreek', 'Wind Creek (Betfred PA)', true, 'sportsbook'), ('rebet', 'ReBet', true, 'sportsbook'),
  ('matchbook', 'Matchbook', true, 'exchange');
INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT 'odds_api', x.k, b.sportsbook_id, 'reference'
  FROM (VALUES ('unibet_us', 'unibet'), ('fliff', 'fliff'), ('ballybet', 'ballybet'), ('betparx', 'betparx'),
               ('betanysports', 'betanysports'), ('windcreek', 'windcreek'), ('rebet', 'rebet'),
               ('betfair_ex_eu', 'betfair'), ('matchbook', 'matchbook')) AS x(k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

COMMIT;
