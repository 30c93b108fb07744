-- pgTAP: raw_data.mlb_stats_api_games on the sample day's schedule (sample/mlb_stats_api): payload in, games out.
BEGIN;
SELECT plan(3);
\set ml `cat sample/mlb_stats_api/*_schedule_2025-06-14.json`
CREATE TEMP TABLE ml AS SELECT ROW('mlb_stats_api', 1, '2025-06-14', '2025-06-15 07:00Z', 200, :'ml'::jsonb)::raw_data.payload AS p;
SELECT is((SELECT count(*)::int FROM ml, raw_data.mlb_stats_api_games(p)),
          (SELECT sum(jsonb_array_length(d->'games'))::int FROM ml, jsonb_array_elements((p).payload->'dates') d), 'one game per scheduled game');
SELECT results_eq($$SELECT source_game_id, start_text, home_text, away_text, game_number_text, status, home_score_text, away_score_text, innings_text, teams_by
                      FROM ml, raw_data.mlb_stats_api_games(p) WHERE source_game_id = '777101'$$,
  $$VALUES ('777101', '2025-06-14T17:05:00Z', '110', '139', '1', 'final', '2', '5', '9', 'mlb_team_id')$$,
  'gamePk, start, home and away by MLB team id, game number, final with the score and innings');
SELECT results_eq($$SELECT problem FROM raw_data.mlb_stats_api_games(ROW('mlb_stats_api', 2, '2025-06-14', now(), 200,
                      '{"dates": [{"games": [{"gamePk": "x12", "teams": {"home": {"team": {"id": 110}}, "away": {"team": {"id": 139}}}}]}]}')::raw_data.payload)$$,
  $$VALUES ('invalid_game_pk'::text)$$, 'a gamePk that is not a nine-digit number or less is a reason, not an error');
SELECT * FROM finish();
ROLLBACK;
