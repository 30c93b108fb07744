-- pgTAP: the contract of change staging/sharp_action_signals (money minus bets per split).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('staging', 'sharp_action_signals', 'staging.sharp_action_signals exists');
SELECT columns_are('staging', 'sharp_action_signals', ARRAY['split_id', 'game_id', 'source', 'sportsbook_id', 'market', 'side', 'observed_at', 'bets_percent', 'money_percent', 'money_minus_bets', 'sharp_tier', 'raw_table', 'raw_id', 'pipeline_run_id'], 'staging.sharp_action_signals has exactly its documented columns');
SELECT view_owner_is('staging', 'sharp_action_signals', 'mlb_owner', 'staging.sharp_action_signals is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
