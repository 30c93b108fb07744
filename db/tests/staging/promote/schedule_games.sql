-- pgTAP: staging.promote_schedule_games (promotion step 4: the MLB schedule's games): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_schedule_games');
SELECT staging.promote_schedule_games((SELECT id FROM tap_run));
SELECT is((SELECT count(*)::int FROM staging.games WHERE game_date = '2025-06-14'), 15, 'the 15 scheduled games');
SELECT results_eq($$SELECT game_pk, home_team, away_team, game_number, status, home_score, away_score, innings, start_time
                      FROM staging.games WHERE game_pk = 777101$$,
  $$VALUES (777101, 'BAL', 'TB', 1::smallint, 'final', 2, 5, 9, timestamptz '2025-06-14 17:05Z')$$,
  'home and away by MLB team id (Baltimore 110 home, Tampa Bay 139 away), the final score and innings');
SELECT is((SELECT count(*)::int FROM staging.games WHERE game_date = '2025-06-14' AND (raw_table, raw_id) <> ('mlb_stats_api',
            (SELECT raw_id FROM promotion_batch WHERE raw_table = 'mlb_stats_api'))), 0, 'every game traces to the schedule''s raw row');
SELECT * FROM finish();
ROLLBACK;
