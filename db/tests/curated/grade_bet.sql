-- pgTAP: curated/grade_bet (win, loss, push or void of a bet): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(1);

SELECT results_eq($$SELECT curated.grade_bet(m, s, l, hs, aws, st) FROM (VALUES
    ('moneyline', 'home', NULL::numeric, 5, 3, 'final'), ('moneyline', 'away', NULL, 5, 3, 'final'),
    ('spread', 'home', -1.5, 5, 3, 'final'), ('spread', 'home', -1.5, 4, 3, 'final'), ('spread', 'away', 1.5, 4, 3, 'final'),
    ('spread', 'home', -1.0, 4, 3, 'final'),
    ('total', 'over', 8.0, 5, 3, 'final'), ('total', 'over', 8.5, 5, 3, 'final'), ('total', 'under', 8.5, 5, 3, 'final'),
    ('moneyline', 'home', NULL, NULL, NULL, 'postponed'), ('total', 'over', 8.5, NULL, NULL, 'final'),
    ('moneyline', 'home', NULL, 3, 1, 'suspended')) v(m, s, l, hs, aws, st)$$,
  $$VALUES ('win'), ('loss'), ('win'), ('loss'), ('win'), ('push'), ('push'), ('loss'), ('win'), ('void'), ('void'), ('void')$$,
  'moneyline by the score; run lines by score plus line; totals on the number push; not final is void');

SELECT * FROM finish();
ROLLBACK;
