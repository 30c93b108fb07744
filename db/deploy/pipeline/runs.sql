-- Deploy mlb:pipeline/runs (reworked after v0.2.0)
-- A promotion that had to quarantine payloads whole ends degraded: it did its
-- work, but something an operator must look at went wrong.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE pipeline.runs
  DROP CONSTRAINT runs_status_check,
  ADD CONSTRAINT runs_status_check CHECK (status IN ('running', 'succeeded', 'degraded', 'failed', 'skipped'));
COMMENT ON COLUMN pipeline.runs.status IS 'running, succeeded, degraded (done, but payloads that could not be promoted were quarantined whole: promotion_error in staging.validation_results; error_text has the first error), failed (nothing written, error_text says why; the queue is kept) or skipped (another run held the lock, or the zone is disabled).';

COMMIT;
