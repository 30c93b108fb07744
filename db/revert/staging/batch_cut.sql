-- Revert mlb:staging/batch_cut
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.batch_cut(text[], bigint[], bigint);
DELETE FROM pipeline.settings WHERE key = 'pipeline.batch_max_bytes';
COMMIT;
