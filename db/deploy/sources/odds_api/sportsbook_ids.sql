-- Deploy mlb:sources/odds_api/sportsbook_ids
-- Its reference rows in staging.sportsbook_source_ids.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The books it names, each mapped to its brand (staging.sportsbooks); a name no row maps is
-- quarantined as unknown_book, the name in the reason.
INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT 'odds_api', x.k, b.sportsbook_id, 'reference'
  FROM (VALUES
    ('barstool', 'barstool'), ('betclic', 'betclic'), ('betfair', 'betfair'),
    ('betmgm', 'betmgm'), ('betonlineag', 'betonline'), ('betrivers', 'betrivers'),
    ('betus', 'betus'), ('bovada', 'bovada'), ('casumo', 'casumo'),
    ('circasports', 'circa'), ('coral', 'coral'), ('draftkings', 'draftkings'),
    ('fanduel', 'fanduel'), ('foxbet', 'foxbet'), ('gtbets', 'gtbets'),
    ('intertops', 'intertops'), ('ladbrokes', 'ladbrokes'), ('lowvig', 'lowvig'),
    ('marathonbet', 'marathonbet'), ('mrgreen', 'mrgreen'), ('mybookieag', 'mybookie'),
    ('nordicbet', 'nordicbet'), ('onexbet', 'onexbet'), ('paddypower', 'paddypower'),
    ('pinnacle', 'pinnacle'), ('sport888', 'sport888'), ('sugarhouse', 'sugarhouse'),
    ('superbook', 'superbook'), ('twinspires', 'twinspires'), ('unibet', 'unibet'),
    ('williamhill', 'williamhill'), ('williamhill_us', 'caesars'), ('wynnbet', 'wynnbet'),
    ('espnbet', 'espnbet'), ('fanatics', 'fanatics'), ('hardrockbet', 'hardrock'),
    ('pointsbetus', 'pointsbet')
  ) AS x(k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

-- Keys seen later: unibet_us (a real oddsFormat=decimal
-- response, issue 12), fliff and ballybet (named in the same issue from The Odds
-- API's bookmaker list), and betparx, betanysports, windcreek, rebet, betfair_ex_eu
-- and matchbook (the US2 and EU keys as public code written against The Odds API
-- uses them; not seen in a payload here), with the brands they need. A key no row
-- maps stays unknown_book, the key named in the reason.
INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT 'odds_api', x.k, b.sportsbook_id, 'reference'
  FROM (VALUES ('unibet_us', 'unibet'), ('fliff', 'fliff'), ('ballybet', 'ballybet'), ('betparx', 'betparx'),
               ('betanysports', 'betanysports'), ('windcreek', 'windcreek'), ('rebet', 'rebet'),
               ('betfair_ex_eu', 'betfair'), ('matchbook', 'matchbook')) AS x(k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

COMMIT;
