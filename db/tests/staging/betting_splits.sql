-- pgTAP: the contract of change staging/betting_splits (public betting per game, source, market and side).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_table('staging', 'betting_splits', 'staging.betting_splits exists');
SELECT columns_are('staging', 'betting_splits', ARRAY['split_id', 'game_id', 'source', 'sportsbook_id', 'market', 'side', 'bets_percent', 'money_percent', 'bet_count', 'observed_at', 'quality_score', 'raw_table', 'raw_id', 'pipeline_run_id', 'raw_fetched_at'], 'staging.betting_splits has exactly its documented columns');
SELECT col_not_null('staging', 'betting_splits', 'raw_fetched_at', 'every split carries its raw row''s fetch time (the first key of which copy wins)');
SELECT table_owner_is('staging', 'betting_splits', 'mlb_owner', 'staging.betting_splits is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
