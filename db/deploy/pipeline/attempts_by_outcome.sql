-- Deploy mlb:pipeline/attempts_by_outcome
-- Recent collection attempts per source and outcome.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.attempts_by_outcome AS
SELECT source, outcome, count(*) AS attempts, max(started_at) AS last_started
  FROM pipeline.recent_collection_attempts GROUP BY source, outcome;
COMMENT ON VIEW pipeline.attempts_by_outcome IS 'Collection attempts of the last 7 days (pipeline.recent_collection_attempts) per source and outcome, with the latest start.';
COMMENT ON COLUMN pipeline.attempts_by_outcome.source IS 'Source.';
COMMENT ON COLUMN pipeline.attempts_by_outcome.outcome IS 'stored, unchanged, http_error, timeout, network_error, invalid_payload, skipped_no_key or skipped_disabled.';
COMMENT ON COLUMN pipeline.attempts_by_outcome.attempts IS 'Attempts.';
COMMENT ON COLUMN pipeline.attempts_by_outcome.last_started IS 'Start of the latest of them.';
GRANT SELECT ON pipeline.attempts_by_outcome TO mlb_analyst;

COMMIT;
