-- pgTAP: the contract of change staging/source_games_raw (every game every payload states).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('staging', 'source_games_raw', 'staging.source_games_raw exists');
SELECT columns_are('staging', 'source_games_raw', ARRAY['source', 'raw_table', 'raw_id', 'fetched_at', 'source_game_id', 'start_text', 'date_text', 'home_text', 'away_text', 'team_a_text', 'team_b_text', 'game_number_text', 'status_text', 'home_score_text', 'away_score_text', 'innings_text', 'extra_source_game_id', 'teams_by', 'home_known', 'in_page_order', 'states_result', 'status', 'problem'], 'staging.source_games_raw has exactly its documented columns');
SELECT view_owner_is('staging', 'source_games_raw', 'mlb_owner', 'staging.source_games_raw is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
