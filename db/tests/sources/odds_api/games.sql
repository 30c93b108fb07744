-- pgTAP: raw_data.odds_api_games on the sample day's odds (sample/odds_api): payload in, events out.
BEGIN;
SELECT plan(2);
\set oa `cat sample/odds_api/*_odds_2025-06-14.json`
CREATE TEMP TABLE oa AS SELECT ROW('odds_api_responses', 1, '2025-06-14', '2025-06-14 16:10Z', 200, :'oa'::jsonb)::raw_data.payload AS p;
SELECT is((SELECT count(*)::int FROM oa, raw_data.odds_api_games(p)), (SELECT jsonb_array_length((p).payload) FROM oa), 'one game per event');
SELECT results_eq($$SELECT source_game_id, start_text, home_text, away_text, teams_by, home_known FROM oa, raw_data.odds_api_games(p)
                     WHERE source_game_id = '6ae9aab2276c652283fb936042d3df95'$$,
  $$VALUES ('6ae9aab2276c652283fb936042d3df95', '2025-06-14T17:05:00Z', 'Baltimore Orioles', 'Tampa Bay Rays', 'alias', true)$$,
  'home_team and away_team by name (matched through the aliases), the commence time as stated');
SELECT * FROM finish();
ROLLBACK;
