-- Revert mlb:pipeline/announce_curated_changes
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER announce_curated_changes ON curated.user_bets;
DROP TRIGGER announce_curated_changes ON pipeline.runs;
DROP FUNCTION pipeline.announce_curated_changes();
COMMIT;
