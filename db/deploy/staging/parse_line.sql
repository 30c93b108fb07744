-- Deploy mlb:staging/parse_line
-- Points from text.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: PostgreSQL never inlines a STRICT SQL function whose body is a
-- CASE; this body already gives NULL for NULL (every branch compares the argument).
-- What is left of the text without its digits must be nothing, a point, or a leading sign (and a point).
CREATE OR REPLACE FUNCTION staging.parse_line(line_text text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN (translate(line_text, '0123456789', '') IN ('', '.')
        OR translate(line_text, '0123456789', '') IN ('+', '-', '+.', '-.')
           AND left(line_text, 1) = left(translate(line_text, '0123456789', ''), 1))
   AND length(line_text) > length(translate(line_text, '0123456789', '')) THEN line_text::numeric
  WHEN lower(btrim(line_text)) IN ('pk', 'pick', 'pickem', 'pick''em') THEN 0
  WHEN btrim(line_text) ~ '^[+-]?(\d+(\.\d*)?|\.\d+)$' THEN btrim(line_text)::numeric
END;
COMMENT ON FUNCTION staging.parse_line(text) IS 'Points (spread or total) from text: +1.5 -> 1.5, 8 -> 8, PK -> 0; empty strings and anything else give NULL. The usual form (a sign at most, digits and at most one point) is read without a pattern.';
GRANT EXECUTE ON FUNCTION staging.parse_line(text) TO mlb_analyst;

COMMIT;
