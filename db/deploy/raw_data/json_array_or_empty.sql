-- Deploy mlb:raw_data/json_array_or_empty
-- A JSON value when it is an array, else [].
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.json_array_or_empty(value jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END;
COMMENT ON FUNCTION raw_data.json_array_or_empty(jsonb) IS 'The value when it is a JSON array, else []: lets views expand malformed payloads without failing.';

COMMIT;
