-- pgTAP: the contract of change staging/line_change_points (the stored change points).
-- Behaviour: staging/change_points_of (the rule), staging/refresh_line_summaries (when) and staging/line_movements (reading).
BEGIN;
SELECT plan(6);

SELECT has_table('staging', 'line_change_points', 'staging.line_change_points exists');
SELECT table_owner_is('staging', 'line_change_points', 'mlb_owner', 'staging.line_change_points is owned by mlb_owner');
SELECT columns_are('staging', 'line_change_points', ARRAY['line_id', 'game_id', 'sportsbook_id', 'market', 'side', 'source',
  'outlet', 'previous_line', 'line', 'previous_price', 'american_price', 'observed_at', 'previous_change_at',
  'first_observed_at', 'is_live', 'raw_table', 'raw_id', 'pipeline_run_id'], 'staging.line_change_points has exactly its documented columns');
SELECT col_is_pk('staging', 'line_change_points', 'line_id', 'an observation is a change point at most once');
SELECT has_index('staging', 'line_change_points', 'line_change_points_game', ARRAY['game_id', 'market', 'side', 'sportsbook_id'],
  'a game''s change points are found by index');
SELECT ok(NOT has_table_privilege('mlb_analyst', 'staging.line_change_points', 'INSERT,UPDATE,DELETE'),
  'the analyst cannot write change points');

SELECT * FROM finish();
ROLLBACK;
