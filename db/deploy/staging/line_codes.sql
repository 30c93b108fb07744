-- Deploy mlb:staging/line_codes
-- Issue 14, the narrow lines table: market, side and timing are stored as
-- one-byte codes. This is the list of them; staging.line_code and
-- staging.line_code_name spell it out for the planner (pgTAP holds the three
-- to one another).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.line_codes (
  kind text NOT NULL CHECK (kind IN ('market', 'side', 'timing')),
  code "char" NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (kind, code),
  UNIQUE (kind, name)
);
INSERT INTO staging.line_codes (kind, code, name) VALUES
  ('market', 'm', 'moneyline'), ('market', 's', 'spread'), ('market', 't', 'total'),
  ('side', 'h', 'home'), ('side', 'a', 'away'), ('side', 'o', 'over'), ('side', 'u', 'under'),
  ('timing', 'T', 'observed'), ('timing', 'O', 'open'), ('timing', 'C', 'close');
COMMENT ON TABLE staging.line_codes IS 'The one-byte codes staging.betting_line_rows stores for market (m moneyline, s spread, t total), side (h home, a away, o over, u under) and timing (T a timed observation, O open, C close); staging.betting_lines shows the names.';
COMMENT ON COLUMN staging.line_codes.kind IS 'market, side or timing.';
COMMENT ON COLUMN staging.line_codes.code IS 'The stored code.';
COMMENT ON COLUMN staging.line_codes.name IS 'The name staging.betting_lines and every reader use.';
GRANT SELECT ON staging.line_codes TO mlb_analyst;

COMMIT;
