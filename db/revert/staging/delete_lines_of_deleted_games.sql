-- Revert mlb:staging/delete_lines_of_deleted_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER delete_lines_of_deleted_games ON staging.games;
DROP FUNCTION staging.delete_lines_of_deleted_games();
COMMIT;
