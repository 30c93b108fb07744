-- pgTAP: staging.promote_openers (promotion step 8: opener flags): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_openers');
SELECT staging.promote_openers();
SELECT is_empty($$SELECT game_id, sportsbook_id, outlet, market, side, source FROM staging.betting_lines WHERE line_timing = 'observed'
                   GROUP BY 1, 2, 3, 4, 5, 6 HAVING count(*) FILTER (WHERE is_opener) <> 1$$,
  'one opener per game, book, outlet, market, side and source');
SELECT is_empty($$SELECT 1 FROM staging.betting_lines o JOIN staging.betting_lines l USING (game_id, sportsbook_id, outlet, market, side, source)
                   WHERE o.is_opener AND o.line_timing = 'observed' AND l.line_timing = 'observed' AND l.observed_at < o.observed_at$$,
  'the opener is the first observation');
SELECT * FROM finish();
ROLLBACK;
