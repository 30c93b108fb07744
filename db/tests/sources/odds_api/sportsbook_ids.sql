-- pgTAP: sources/odds_api/sportsbook_ids: the books it names, mapped to brands.
BEGIN;
SELECT plan(11);
SELECT set_eq($$SELECT i.source_book_key, b.book_key FROM staging.sportsbook_source_ids i JOIN staging.sportsbooks b USING (sportsbook_id)
                 WHERE i.source = 'odds_api' AND i.origin = 'reference' AND i.source_book_key IN ('williamhill_us', 'circasports', 'unibet_us', 'betfair_ex_eu', 'hardrockbet', 'pointsbetus')$$,
  $$VALUES ('williamhill_us', 'caesars'), ('circasports', 'circa'), ('unibet_us', 'unibet'), ('betfair_ex_eu', 'betfair'), ('hardrockbet', 'hardrock'), ('pointsbetus', 'pointsbet')$$, 'each of its names maps to its brand');
SELECT is((SELECT count(*)::int FROM staging.sportsbook_source_ids WHERE source = 'odds_api' AND origin = 'reference'),
          (SELECT count(DISTINCT source_book_key)::int FROM staging.sportsbook_source_ids WHERE source = 'odds_api'), 'one row per name');
-- The keys seen later (US2 and EU keys, unibet_us from a real decimal-odds response).
SELECT is((SELECT b.book_key FROM staging.sportsbook_source_ids m JOIN staging.sportsbooks b USING (sportsbook_id)
            WHERE m.source = 'odds_api' AND m.source_book_key = k), v, k || ' is ' || v)
  FROM (VALUES ('unibet_us', 'unibet'), ('fliff', 'fliff'), ('ballybet', 'ballybet'), ('betparx', 'betparx'),
               ('betanysports', 'betanysports'), ('windcreek', 'windcreek'), ('rebet', 'rebet'),
               ('betfair_ex_eu', 'betfair'), ('matchbook', 'matchbook')) AS x(k, v);
SELECT * FROM finish();
ROLLBACK;
