-- Revert mlb:staging/shown_at
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.shown_at(text, bigint, timestamptz);
COMMIT;
