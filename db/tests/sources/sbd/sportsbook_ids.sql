-- pgTAP: sources/sbd/sportsbook_ids: the books SportsBettingDime names, mapped to brands.
BEGIN;
SELECT plan(2);
SELECT set_eq($$SELECT i.source_book_key, b.book_key FROM staging.sportsbook_source_ids i JOIN staging.sportsbooks b USING (sportsbook_id)
                 WHERE i.source = 'sbd'$$,
  $$VALUES ('bet365', 'bet365'), ('betmgm', 'betmgm'), ('caesars', 'caesars'), ('draftkings', 'draftkings'), ('fanatics', 'fanatics'), ('fanduel', 'fanduel')$$,
  'its six book names, each its brand');
SELECT is((SELECT count(*)::int FROM staging.sportsbook_source_ids WHERE source = 'sbd' AND origin <> 'reference'), 0, 'all reference rows');
SELECT * FROM finish();
ROLLBACK;
