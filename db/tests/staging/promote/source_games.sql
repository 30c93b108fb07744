-- pgTAP: staging.promote_source_games (promotion step 5: other sources' games matched): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(4);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_source_games');
SELECT staging.promote_source_games((SELECT id FROM tap_run));
SELECT results_eq($$SELECT source, count(*)::int, count(DISTINCT game_id)::int FROM staging.game_source_ids
                     WHERE source IN ('sbd', 'odds_api', 'action_network') GROUP BY source ORDER BY source$$,
  $$VALUES ('action_network', 15, 15), ('odds_api', 14, 14), ('sbd', 14, 14)$$,
  'each source game id mapped to one scheduled game, none twice');
SELECT results_eq($$SELECT source, match_method, count(*)::int FROM staging.game_source_ids GROUP BY 1, 2 ORDER BY 1$$,
  $$VALUES ('action_network', 'teams_date_start_time', 15), ('mlb_stats_api', 'mlb_game_pk', 15), ('odds_api', 'teams_date_start_time', 14),
           ('sbd', 'teams_date_start_time', 14)$$, 'the schedule by gamePk, the others by clubs, date and start time');
SELECT is((SELECT g.away_team || '@' || g.home_team FROM staging.game_source_ids i JOIN staging.games g USING (game_id)
            WHERE i.source = 'sbd' AND i.source_game_id = '20250614.01-MLB-TB@BAL'), 'TB@BAL', 'SBD''s TB@BAL is the schedule''s TB at BAL');
SELECT is((SELECT count(*)::int FROM staging.games WHERE game_date = '2025-06-14'), 15, 'no game created beside the schedule''s');
SELECT * FROM finish();
ROLLBACK;
