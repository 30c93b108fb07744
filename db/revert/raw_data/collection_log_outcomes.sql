-- Revert mlb:raw_data/collection_log_outcomes
BEGIN;
-- The log is append-only: attempts that came to an outcome the old list lacks keep the revert from running.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM raw_data.collection_log WHERE outcome IN ('too_large', 'deadline_exceeded')) THEN
    RAISE EXCEPTION 'refusing to revert: the collection log holds too_large or deadline_exceeded attempts, which v0.3.0 cannot state';
  END IF;
END
$$;
SET LOCAL ROLE mlb_owner;
ALTER TABLE raw_data.collection_log
  DROP CONSTRAINT collection_log_outcome_fkey,
  ADD CONSTRAINT collection_log_outcome_check CHECK (outcome IN ('stored', 'unchanged', 'http_error', 'timeout', 'network_error',
                                                                'invalid_payload', 'skipped_no_key', 'skipped_disabled'));
COMMENT ON COLUMN raw_data.collection_log.outcome IS 'stored (new raw row), unchanged (same body as the latest row for the key; raw_id points at it), http_error, timeout, network_error, invalid_payload (2xx but not parseable), skipped_no_key, skipped_disabled.';
COMMIT;
