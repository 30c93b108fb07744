-- pgTAP: the contract of change raw_data/betting_lines_raw (every price as stated, and its moneyline, spread and total subsets).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(12);

SELECT has_view('raw_data', 'betting_lines_raw', 'raw_data.betting_lines_raw exists');
SELECT columns_are('raw_data', 'betting_lines_raw', ARRAY['source', 'raw_table', 'raw_id', 'fetched_at', 'source_game_id', 'game_time_text', 'home_team_text', 'away_team_text', 'book_text', 'source_market', 'market', 'side_text', 'side_team_text', 'line_text', 'price_text', 'observed_at', 'observation_kind'], 'raw_data.betting_lines_raw has exactly its documented columns');
SELECT view_owner_is('raw_data', 'betting_lines_raw', 'mlb_owner', 'raw_data.betting_lines_raw is owned by mlb_owner');
SELECT has_view('raw_data', 'moneylines_raw', 'raw_data.moneylines_raw exists');
SELECT columns_are('raw_data', 'moneylines_raw', ARRAY['source', 'raw_table', 'raw_id', 'fetched_at', 'source_game_id', 'game_time_text', 'home_team_text', 'away_team_text', 'book_text', 'source_market', 'market', 'side_text', 'side_team_text', 'line_text', 'price_text', 'observed_at', 'observation_kind'], 'raw_data.moneylines_raw has exactly its documented columns');
SELECT view_owner_is('raw_data', 'moneylines_raw', 'mlb_owner', 'raw_data.moneylines_raw is owned by mlb_owner');
SELECT has_view('raw_data', 'spreads_raw', 'raw_data.spreads_raw exists');
SELECT columns_are('raw_data', 'spreads_raw', ARRAY['source', 'raw_table', 'raw_id', 'fetched_at', 'source_game_id', 'game_time_text', 'home_team_text', 'away_team_text', 'book_text', 'source_market', 'market', 'side_text', 'side_team_text', 'line_text', 'price_text', 'observed_at', 'observation_kind'], 'raw_data.spreads_raw has exactly its documented columns');
SELECT view_owner_is('raw_data', 'spreads_raw', 'mlb_owner', 'raw_data.spreads_raw is owned by mlb_owner');
SELECT has_view('raw_data', 'totals_raw', 'raw_data.totals_raw exists');
SELECT columns_are('raw_data', 'totals_raw', ARRAY['source', 'raw_table', 'raw_id', 'fetched_at', 'source_game_id', 'game_time_text', 'home_team_text', 'away_team_text', 'book_text', 'source_market', 'market', 'side_text', 'side_team_text', 'line_text', 'price_text', 'observed_at', 'observation_kind'], 'raw_data.totals_raw has exactly its documented columns');
SELECT view_owner_is('raw_data', 'totals_raw', 'mlb_owner', 'raw_data.totals_raw is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
