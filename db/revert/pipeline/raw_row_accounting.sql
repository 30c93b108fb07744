-- Revert mlb:pipeline/raw_row_accounting
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.raw_row_accounting;
COMMIT;
