-- Revert mlb:staging/line_code (reworked after v0.3.0): the analyst may not run it again.
BEGIN;
REVOKE EXECUTE ON FUNCTION staging.line_code(text, text) FROM mlb_analyst;
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/staging/line_code@v0.3.0.sql
