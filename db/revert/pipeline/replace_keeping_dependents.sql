-- Revert mlb:pipeline/replace_keeping_dependents
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.replace_keeping_dependents(regclass, text);
COMMIT;
