-- pgTAP: curated/opposite_side (the other side of a two-way market): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(1);

SELECT results_eq($$SELECT curated.opposite_side(s) FROM unnest(ARRAY['home', 'away', 'over', 'under', 'draw']) s$$,
  $$VALUES ('away'), ('home'), ('under'), ('over'), (NULL)$$, 'home and away, over and under; no other side has one');

SELECT * FROM finish();
ROLLBACK;
