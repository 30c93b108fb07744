-- pgTAP: sources/sbro/sportsbook_ids: the books it names, mapped to brands.
BEGIN;
SELECT plan(2);
SELECT set_eq($$SELECT i.source_book_key, b.book_key FROM staging.sportsbook_source_ids i JOIN staging.sportsbooks b USING (sportsbook_id)
                 WHERE i.source = 'sbro' AND i.origin = 'reference'$$,
  $$VALUES ('sbro', 'sbro')$$, 'each of its names maps to its brand');
SELECT is((SELECT count(*)::int FROM staging.sportsbook_source_ids WHERE source = 'sbro' AND origin = 'reference'),
          (SELECT count(DISTINCT source_book_key)::int FROM staging.sportsbook_source_ids WHERE source = 'sbro'), 'one row per name');
SELECT * FROM finish();
ROLLBACK;
