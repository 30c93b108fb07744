-- Deploy mlb:raw_data/request_keys
-- One row per raw table and request key: record_attempt locks it to serialise
-- dedupe, a lock no role but the owner can take.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE raw_data.request_keys (
  raw_table text NOT NULL REFERENCES raw_data.payload_tables (raw_table),
  request_key text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (raw_table, request_key)
);
COMMENT ON TABLE raw_data.request_keys IS 'Every request key ever recorded per raw table. raw_data.record_attempt() locks the key''s row (FOR UPDATE) while it compares and stores a body, so two agents cannot both store one; only the owner can lock these rows.';
COMMENT ON COLUMN raw_data.request_keys.raw_table IS 'Raw payload table.';
COMMENT ON COLUMN raw_data.request_keys.request_key IS 'A request key stored or attempted for it.';
COMMENT ON COLUMN raw_data.request_keys.first_seen_at IS 'When the key was first recorded (deploy time for keys stored before this table existed).';

COMMIT;
