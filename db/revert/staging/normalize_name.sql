-- Revert mlb:staging/normalize_name
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.normalize_name(text);
COMMIT;
