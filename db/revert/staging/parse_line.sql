-- Revert mlb:staging/parse_line (reworked after v0.2.3): the v0.2.3 body, without the fast path
-- (its deploy script says CREATE FUNCTION, which cannot replace the function, so the body is here).
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE OR REPLACE FUNCTION staging.parse_line(line_text text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN lower(btrim(line_text)) IN ('pk', 'pick', 'pickem', 'pick''em') THEN 0
  WHEN btrim(line_text) ~ '^[+-]?(\d+(\.\d*)?|\.\d+)$' THEN btrim(line_text)::numeric
END;
COMMENT ON FUNCTION staging.parse_line(text) IS 'Points (spread or total) from text: +1.5 -> 1.5, 8 -> 8, PK -> 0; empty strings and anything else give NULL.';

COMMIT;
