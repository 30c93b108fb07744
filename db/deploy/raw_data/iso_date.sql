-- Deploy mlb:raw_data/iso_date
-- A date as a source states it, or NULL: never an error.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Nested CASEs, not AND: every cast runs only on text the tests before it proved castable.
CREATE FUNCTION raw_data.iso_date(value text) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN value ~ '^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$' THEN
         CASE WHEN substr(value, 1, 4)::int >= 1 THEN
           CASE WHEN substr(value, 9, 2)::int <= extract(day FROM make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1)
                                                               + interval '1 month' - interval '1 day')
                THEN value::date END END END;
COMMENT ON FUNCTION raw_data.iso_date(text) IS 'The date of an ISO 8601 date text (YYYY-MM-DD); NULL for anything else, including dates that do not exist (2025-02-30, 2025-13-01, year 0000). Never raises, so a bad value becomes a validation result instead of a failed batch.';

COMMIT;
