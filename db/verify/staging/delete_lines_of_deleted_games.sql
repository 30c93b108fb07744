-- Verify mlb:staging/delete_lines_of_deleted_games
BEGIN;
SELECT 'staging.delete_lines_of_deleted_games()'::regprocedure;
ROLLBACK;
