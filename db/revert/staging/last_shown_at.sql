-- Revert mlb:staging/last_shown_at
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.last_shown_at(text, bigint, timestamptz, timestamptz);
COMMIT;
