-- pgTAP: staging.match_batch_games (a batch's source games matched to games): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before source_games run), matches out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../fixtures/sample_batch.psql

SELECT pg_temp.steps_before('promote_source_games');
SELECT staging.match_batch_games((SELECT id FROM tap_run), 180);
SELECT results_eq($$SELECT source, count(*)::int, count(game_id)::int FROM batch_games WHERE source IN ('sbd', 'odds_api') GROUP BY 1 ORDER BY 1$$,
  $$VALUES ('odds_api', 14, 14), ('sbd', 14, 14)$$, 'every SBD and Odds API game matched to a scheduled game');
SELECT is((SELECT g.game_pk FROM batch_games b JOIN staging.games g USING (game_id) WHERE b.source = 'sbd' AND b.source_game_id = '20250614.01-MLB-TB@BAL'),
  777101, 'by clubs, New York date and start time: TB at BAL is gamePk 777101');
SELECT is((SELECT count(*)::int FROM batch_games WHERE source IN ('sbd', 'odds_api') AND match_method IS DISTINCT FROM 'teams_date_start_time'), 0,
  'each with how it was matched');
SELECT * FROM finish();
ROLLBACK;
