-- Revert mlb:staging/refuse_deleting_referenced_parents
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER refuse_deleting_referenced_runs ON pipeline.runs;
DROP TRIGGER refuse_deleting_referenced_sources ON raw_data.sources;
DROP TRIGGER refuse_deleting_referenced_sportsbooks ON staging.sportsbooks;
DROP FUNCTION staging.refuse_deleting_referenced_parents();
COMMIT;
