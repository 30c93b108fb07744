-- pgTAP: sources/vsin/sportsbook_ids: the books it names, mapped to brands.
BEGIN;
SELECT plan(2);
SELECT set_eq($$SELECT i.source_book_key, b.book_key FROM staging.sportsbook_source_ids i JOIN staging.sportsbooks b USING (sportsbook_id)
                 WHERE i.source = 'vsin' AND i.origin = 'reference'$$,
  $$VALUES ('draftkings', 'draftkings'), ('circa', 'circa'), ('fanduel', 'fanduel'), ('mgm', 'betmgm'), ('caesars', 'caesars')$$, 'each of its names maps to its brand');
SELECT is((SELECT count(*)::int FROM staging.sportsbook_source_ids WHERE source = 'vsin' AND origin = 'reference'),
          (SELECT count(DISTINCT source_book_key)::int FROM staging.sportsbook_source_ids WHERE source = 'vsin'), 'one row per name');
SELECT * FROM finish();
ROLLBACK;
