-- Deploy mlb:curated/betting_lines_enhanced_close_refusal
-- A book's close is its last quote confirmed within lines.close_window_minutes before
-- first pitch (issue 28); a book whose last quote is older has no close, and says why.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Restated whole: the columns added if missing and the check made anew, quietly (what is already there, or not
-- yet there to drop, is no news).
SET LOCAL client_min_messages = warning;
ALTER TABLE curated.betting_lines_enhanced ADD COLUMN IF NOT EXISTS close_confirmed_at timestamptz;
ALTER TABLE curated.betting_lines_enhanced ADD COLUMN IF NOT EXISTS close_refusal text;
ALTER TABLE curated.betting_lines_enhanced DROP CONSTRAINT IF EXISTS betting_lines_enhanced_close_refusal;
RESET client_min_messages;
ALTER TABLE curated.betting_lines_enhanced ADD CONSTRAINT betting_lines_enhanced_close_refusal
  CHECK (close_refusal IS NULL OR (close_refusal = 'stale_quote' AND close_price IS NULL));
COMMENT ON COLUMN curated.betting_lines_enhanced.close_confirmed_at IS 'When the source last showed the close candidate (the last pre-game observation) before first pitch (staging.line_summaries.close_confirmed_at); NULL for a close the source states as such.';
COMMENT ON COLUMN curated.betting_lines_enhanced.close_refusal IS 'Why this book has no close though it quoted before first pitch: stale_quote, its last pre-game quote was last shown more than lines.close_window_minutes before first pitch (close_confirmed_at says when). NULL when it has a close or quoted nothing before first pitch.';
COMMENT ON CONSTRAINT betting_lines_enhanced_close_refusal ON curated.betting_lines_enhanced IS 'A refused close has no close price.';

COMMIT;
