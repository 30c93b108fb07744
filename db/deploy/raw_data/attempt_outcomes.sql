-- Deploy mlb:raw_data/attempt_outcomes
-- What a collection attempt can come to, each once with what kind of result it is:
-- the one list the collection log's outcome must be in and that health and failure
-- views read (a new outcome is a row here, not an edit of each view).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE raw_data.attempt_outcomes (
  outcome text PRIMARY KEY CHECK (outcome ~ '^[a-z][a-z_]*$'),
  kind text NOT NULL CHECK (kind IN ('succeeded', 'failed', 'skipped')),
  description text NOT NULL
);
COMMENT ON TABLE raw_data.attempt_outcomes IS 'Every outcome a collection attempt can have (raw_data.collection_log.outcome), whether it succeeded, failed or was skipped, and what it means. raw_data.source_health and pipeline.collection_failures read the kind from here.';
COMMENT ON COLUMN raw_data.attempt_outcomes.outcome IS 'The outcome as the log writes it.';
COMMENT ON COLUMN raw_data.attempt_outcomes.kind IS 'succeeded (a body is in raw), failed (counts against the source''s health), skipped (not attempted, by configuration).';
COMMENT ON COLUMN raw_data.attempt_outcomes.description IS 'What it means.';
GRANT SELECT ON raw_data.attempt_outcomes TO mlb_agent;  -- the analyst reads outcomes through the health and failure views

INSERT INTO raw_data.attempt_outcomes (outcome, kind, description) VALUES
  ('stored', 'succeeded', 'A new raw row holds the body.'),
  ('unchanged', 'succeeded', 'The body equals the latest one for its request key; raw_id points at that row.'),
  ('http_error', 'failed', 'The last response had an error status (4xx, 5xx after the retries); its body is kept.'),
  ('timeout', 'failed', 'No response (or no next piece of one) within the timeout, after the retries.'),
  ('network_error', 'failed', 'The connection failed (DNS, refused, reset, TLS), after the retries.'),
  ('invalid_payload', 'failed', 'A 2xx body that could not be read (not decodable).'),
  ('too_large', 'failed', 'The body was over the source''s size cap (http.max_body_bytes, or its own): refused on its Content-Length or stopped at the cap while streaming; nothing is stored, the sizes are in error_text.'),
  ('deadline_exceeded', 'failed', 'No complete body within the request''s deadline (http.deadline_seconds), however slowly it kept arriving: stopped, nothing stored, the bytes read in error_text.'),
  ('skipped_no_key', 'skipped', 'The source needs a key its environment variable does not hold.'),
  ('skipped_disabled', 'skipped', 'The source is disabled in config.toml.');

COMMIT;
