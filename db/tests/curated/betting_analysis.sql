-- pgTAP: the contract of change curated/betting_analysis (signals with the time they became known).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'betting_analysis', 'curated.betting_analysis exists');
SELECT columns_are('curated', 'betting_analysis', ARRAY['game_id', 'market', 'side', 'signal', 'known_at', 'strength', 'details', 'pipeline_run_id'], 'curated.betting_analysis has exactly its documented columns');
SELECT table_owner_is('curated', 'betting_analysis', 'mlb_owner', 'curated.betting_analysis is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
