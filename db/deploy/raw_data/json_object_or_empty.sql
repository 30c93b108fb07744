-- Deploy mlb:raw_data/json_object_or_empty
-- A JSON value when it is an object, else {}.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Payloads can be malformed; these keep the views from failing on a wrong type.
CREATE OR REPLACE FUNCTION raw_data.json_object_or_empty(value jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN jsonb_typeof(value) = 'object' THEN value ELSE '{}'::jsonb END;
COMMENT ON FUNCTION raw_data.json_object_or_empty(jsonb) IS 'The value when it is a JSON object, else {}: lets views expand malformed payloads without failing.';

COMMIT;
