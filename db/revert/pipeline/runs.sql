-- Revert mlb:pipeline/runs from the rework (back to v0.2.0: no degraded status)
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE pipeline.runs SET status = 'succeeded' WHERE status = 'degraded';
ALTER TABLE pipeline.runs
  DROP CONSTRAINT runs_status_check,
  ADD CONSTRAINT runs_status_check CHECK (status IN ('running', 'succeeded', 'failed', 'skipped'));
COMMENT ON COLUMN pipeline.runs.status IS 'running, succeeded, failed (error_text says why; the queue is kept) or skipped (another run held the lock, or the zone is disabled).';
COMMIT;
