-- pgTAP: staging.promote_lines (promotion step 6: the batch's prices parsed, matched, checked and scored): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_lines');
SELECT staging.promote_lines((SELECT id FROM tap_run));
SELECT results_eq($$SELECT g.away_team || '@' || g.home_team, b.book_key, l.market, l.side, l.american_price, l.problem
                      FROM batch_lines l JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
                     WHERE l.source = 'sbd' AND l.source_game_id = '20250614.01-MLB-TB@BAL' AND l.book_text = 'draftkings'
                       AND l.market = 'moneyline' ORDER BY l.side$$,
  $$VALUES ('TB@BAL', 'draftkings', 'moneyline', 'away', -121, NULL::text), ('TB@BAL', 'draftkings', 'moneyline', 'home', 102, NULL)$$,
  'a price matched to its game, book and side, as an integer American price, no problem');
SELECT is((SELECT count(*)::int FROM batch_lines WHERE game_id IS NULL AND problem IS NULL), 0, 'a line without a game always has a reason');
SELECT ok((SELECT bool_and(consistency BETWEEN 0 AND 1) FROM batch_lines WHERE problem IS NULL), 'each good line scored for consistency');
SELECT * FROM finish();
ROLLBACK;
