-- Deploy mlb:raw_data/collection_log_outcomes
-- The collection log's outcome is one of raw_data.attempt_outcomes (a key, not a
-- list written into a CHECK), which adds too_large and deadline_exceeded: the agent's
-- bounds on a response's size and time (issue 29, docs/operations.md "Bounds").
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.collection_log
  DROP CONSTRAINT collection_log_outcome_check,
  ADD CONSTRAINT collection_log_outcome_fkey FOREIGN KEY (outcome) REFERENCES raw_data.attempt_outcomes (outcome);
COMMENT ON COLUMN raw_data.collection_log.outcome IS 'What the attempt came to, one of raw_data.attempt_outcomes: stored, unchanged (raw_id points at the same body), http_error, timeout, network_error, invalid_payload, too_large (over the size cap), deadline_exceeded (no whole body in time), skipped_no_key, skipped_disabled.';
COMMENT ON CONSTRAINT collection_log_outcome_fkey ON raw_data.collection_log IS 'An outcome is a row of raw_data.attempt_outcomes.';

COMMIT;
