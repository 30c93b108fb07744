-- Verify mlb:pipeline/backlog (reworked): has the alert column.
BEGIN;
SELECT alert FROM pipeline.backlog WHERE false;
ROLLBACK;
