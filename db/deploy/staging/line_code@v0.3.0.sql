-- Deploy mlb:staging/line_code
-- The code of a market, side or timing name (staging.line_codes), as an
-- expression the planner inlines: writing a line looks nothing up.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.line_code(kind text, name text) RETURNS "char"
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE kind
  WHEN 'market' THEN CASE name WHEN 'moneyline' THEN 'm' WHEN 'spread' THEN 's' WHEN 'total' THEN 't' END
  WHEN 'side' THEN CASE name WHEN 'home' THEN 'h' WHEN 'away' THEN 'a' WHEN 'over' THEN 'o' WHEN 'under' THEN 'u' END
  WHEN 'timing' THEN CASE name WHEN 'observed' THEN 'T' WHEN 'open' THEN 'O' WHEN 'close' THEN 'C' END
END::"char";
COMMENT ON FUNCTION staging.line_code(text, text) IS 'The one-byte code staging.line_codes gives a market, side or timing name (line_code(''market'', ''total'') = t); NULL for a name it does not list, which the NOT NULL columns of staging.betting_line_rows refuse.';

COMMIT;
