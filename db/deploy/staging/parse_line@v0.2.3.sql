-- Deploy mlb:staging/parse_line
-- Points from text.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
CREATE FUNCTION staging.parse_line(line_text text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN lower(btrim(line_text)) IN ('pk', 'pick', 'pickem', 'pick''em') THEN 0
  WHEN btrim(line_text) ~ '^[+-]?(\d+(\.\d*)?|\.\d+)$' THEN btrim(line_text)::numeric
END;
COMMENT ON FUNCTION staging.parse_line(text) IS 'Points (spread or total) from text: +1.5 -> 1.5, 8 -> 8, PK -> 0; empty strings and anything else give NULL.';
GRANT EXECUTE ON FUNCTION staging.parse_line(text) TO mlb_analyst;

COMMIT;
