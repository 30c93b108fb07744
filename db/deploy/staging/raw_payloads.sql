-- Deploy mlb:staging/raw_payloads
-- Every raw payload in one shape.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Every raw payload in one shape, driven by the list of payload tables.
CREATE OR REPLACE VIEW staging.raw_payloads AS
SELECT p.raw_table, p.raw_id, p.request_key, p.fetched_at, p.http_status, p.payload FROM raw_data.payloads() p;
COMMENT ON VIEW staging.raw_payloads IS 'Every raw payload row of every table in raw_data.payload_tables, in one shape (raw_data.payloads()).';
COMMENT ON COLUMN staging.raw_payloads.raw_table IS 'Raw table.';
COMMENT ON COLUMN staging.raw_payloads.raw_id IS 'Raw row id.';
COMMENT ON COLUMN staging.raw_payloads.request_key IS 'Request key of the row.';
COMMENT ON COLUMN staging.raw_payloads.fetched_at IS 'Fetch time.';
COMMENT ON COLUMN staging.raw_payloads.http_status IS 'HTTP status.';
COMMENT ON COLUMN staging.raw_payloads.payload IS 'JSONB payload or rendering; NULL when the body was not JSON.';

COMMIT;
