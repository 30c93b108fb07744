-- pgTAP: the contract of change curated/movement_analysis (steam and reverse line movements).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'movement_analysis', 'curated.movement_analysis exists');
SELECT columns_are('curated', 'movement_analysis', ARRAY['game_id', 'market', 'side', 'movement_type', 'detected_at', 'size', 'books', 'sportsbook_ids', 'first_mover_sportsbook_id', 'public_ticket_percent', 'details', 'pipeline_run_id'], 'curated.movement_analysis has exactly its documented columns');
SELECT table_owner_is('curated', 'movement_analysis', 'mlb_owner', 'curated.movement_analysis is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
