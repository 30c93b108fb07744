-- Verify mlb:staging/betting_lines_lean_constraints
BEGIN;

SELECT 'staging.check_betting_line_references()'::regprocedure, 'staging.delete_lines_of_deleted_games()'::regprocedure,
       'staging.refuse_deleting_referenced_parents()'::regprocedure;
SELECT 1 / count(*) FROM pg_trigger WHERE tgrelid = 'staging.betting_lines'::regclass AND tgname = 'check_references_insert';
SELECT 1 / (count(*) = 0)::int FROM pg_constraint WHERE conrelid = 'staging.betting_lines'::regclass AND contype = 'f';

ROLLBACK;
