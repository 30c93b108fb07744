-- Deploy mlb:staging/line_code_name
-- The name of a stored market, side or timing code (staging.line_codes), as an
-- expression the planner inlines: staging.betting_lines reads no lookup table.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.line_code_name(kind text, code "char") RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE kind
  WHEN 'market' THEN CASE code WHEN 'm' THEN 'moneyline' WHEN 's' THEN 'spread' WHEN 't' THEN 'total' END
  WHEN 'side' THEN CASE code WHEN 'h' THEN 'home' WHEN 'a' THEN 'away' WHEN 'o' THEN 'over' WHEN 'u' THEN 'under' END
  WHEN 'timing' THEN CASE code WHEN 'T' THEN 'observed' WHEN 'O' THEN 'open' WHEN 'C' THEN 'close' END
END;
COMMENT ON FUNCTION staging.line_code_name(text, "char") IS 'The market, side or timing name of a code staging.line_codes lists (line_code_name(''market'', ''t'') = total); the inverse of staging.line_code.';
GRANT EXECUTE ON FUNCTION staging.line_code_name(text, "char") TO mlb_analyst;

COMMIT;
