-- Verify mlb:pipeline/announce_curated_changes
BEGIN;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'announce_curated_changes' AND tgrelid = 'pipeline.runs'::regclass;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'announce_curated_changes' AND tgrelid = 'curated.user_bets'::regclass;
ROLLBACK;
