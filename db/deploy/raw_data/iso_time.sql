-- Deploy mlb:raw_data/iso_time
-- A point in time as a source states it, or NULL: never an error.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Nested CASEs: the one cast runs only on text the checks before it proved castable.
CREATE OR REPLACE FUNCTION raw_data.iso_time(value text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
-- The sources' usual forms (2025-06-14T17:05:00Z, ...00.000Z) pass a cheap fixed-shape
-- check (LIKE and seventeen ASCII digits) or pattern first, any other ISO form the general one. The two-digit fields are then
-- compared as text (no casts), and only days 29-31 are checked against their month.
RETURN CASE WHEN (value LIKE '____-__-__T__:__:__.___Z' AND translate(value, '0123456789', '') = '--T::.Z')
              OR value ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d\d\d)?Z$'
              OR value ~ '^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-5])(:?[0-5]\d)?)?$' THEN
         CASE WHEN substr(value, 12, 2) COLLATE "C" < '24' AND substr(value, 15, 2) COLLATE "C" < '60'
               AND (substr(value, 17, 1) <> ':' OR substr(value, 18, 2) COLLATE "C" < '60')
               AND substr(value, 1, 4) COLLATE "C" > '0000'
               AND substr(value, 6, 2) COLLATE "C" BETWEEN '01' AND '12'
               AND substr(value, 9, 2) COLLATE "C" BETWEEN '01' AND '31'
               AND (substr(value, 9, 2) COLLATE "C" <= '28' OR raw_data.iso_date(left(value, 10)) IS NOT NULL)
              THEN value::timestamptz END END;
COMMENT ON FUNCTION raw_data.iso_time(text) IS 'The instant of an ISO 8601 date-time text (2025-06-14T17:05:00Z, with optional seconds, fraction and offset; without an offset, the session time zone); NULL for anything else, including times that do not exist (2025-02-30T..., 2025-06-14Tnoon, 25:00). Never raises, so a bad value becomes a validation result instead of a failed batch.';

COMMIT;
