-- Deploy mlb:raw_data/iso_time
-- A point in time as a source states it, or NULL: never an error.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Nested CASEs, not AND: every cast runs only on text the tests before it proved castable.
CREATE FUNCTION raw_data.iso_time(value text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN value ~ '^\d{4}-\d{2}-\d{2}[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-5])(:?[0-5]\d)?)?$' THEN
         CASE WHEN raw_data.iso_date(left(value, 10)) IS NOT NULL THEN value::timestamptz END END;
COMMENT ON FUNCTION raw_data.iso_time(text) IS 'The instant of an ISO 8601 date-time text (2025-06-14T17:05:00Z, with optional seconds, fraction and offset; without an offset, the session time zone); NULL for anything else, including times that do not exist (2025-02-30T..., 2025-06-14Tnoon, 25:00). Never raises, so a bad value becomes a validation result instead of a failed batch.';

COMMIT;
