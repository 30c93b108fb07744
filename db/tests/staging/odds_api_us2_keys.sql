-- pgTAP: change staging/odds_api_us2_keys: the keys map to their brands.
BEGIN;
SELECT plan(9);
SELECT is((SELECT b.book_key FROM staging.sportsbook_source_ids m JOIN staging.sportsbooks b USING (sportsbook_id)
            WHERE m.source = 'odds_api' AND m.source_book_key = k), v, k || ' is ' || v)
  FROM (VALUES ('unibet_us', 'unibet'), ('fliff', 'fliff'), ('ballybet', 'ballybet'), ('betparx', 'betparx'),
               ('betanysports', 'betanysports'), ('windcreek', 'windcreek'), ('rebet', 'rebet'),
               ('betfair_ex_eu', 'betfair'), ('matchbook', 'matchbook')) AS x(k, v);
SELECT * FROM finish();
ROLLBACK;
