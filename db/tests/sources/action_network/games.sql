-- pgTAP: raw_data.action_network_games on the sample day's scoreboard (sample/action_network): payload in, games out.
BEGIN;
SELECT plan(3);
\set sb `cat sample/action_network/*_scoreboard_2025-06-14.json`
CREATE TEMP TABLE sb AS SELECT ROW('action_network_games', 1, '2025-06-14', '2025-06-14 15:00Z', 200, :'sb'::jsonb)::raw_data.payload AS p;
SELECT is((SELECT count(*)::int FROM sb, raw_data.action_network_games(p)), (SELECT jsonb_array_length((p).payload->'games') FROM sb),
  'one game per entry of games');
SELECT results_eq($$SELECT source_game_id, start_text, home_text, away_text, teams_by, home_known, status FROM sb, raw_data.action_network_games(p)
                     WHERE source_game_id = '258101'$$,
  $$VALUES ('258101', '2025-06-14T17:05:00.000Z', '187', '189', 'action_network_team_id', true, 'scheduled')$$,
  'home and away by home_team_id and away_team_id (Action Network team ids), never by the order of teams');
SELECT is((SELECT count(*)::int FROM raw_data.action_network_games(ROW('action_network_games', 2, 'x', now(), 200, '{"games": {}}')::raw_data.payload)), 0,
  'games that are not a list state nothing');
SELECT * FROM finish();
ROLLBACK;
