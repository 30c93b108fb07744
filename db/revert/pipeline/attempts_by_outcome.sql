-- Revert mlb:pipeline/attempts_by_outcome
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.attempts_by_outcome;
COMMIT;
