-- Revert mlb:staging/promote/payload_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_payload_games(bigint);
COMMIT;
