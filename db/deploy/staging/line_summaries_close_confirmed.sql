-- Deploy mlb:staging/line_summaries_close_confirmed
-- A close is a price that was on offer at first pitch (issue 28): a quote fetched once,
-- seven hours before first pitch, counted as a book's close. Each summary now keeps when
-- its close candidate (the last pre-game observation) was last confirmed: the latest fetch
-- before first pitch that still showed it (staging.refresh_line_summaries). Curated
-- decides with it whether the candidate is the close (curated.rebuild_lines).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE staging.line_summaries ADD COLUMN IF NOT EXISTS close_confirmed_at timestamptz;
COMMENT ON COLUMN staging.line_summaries.close_confirmed_at IS 'When the close candidate (close_line_id, the last pre-game observation) was last shown by its source before first pitch: the latest of the fetch of its stored copy and the fetches the raw zone logged as unchanged copies of that body (raw_data.collection_log outcome unchanged), at most first pitch (a copy fetched later still showing the pre-game quote confirms it up to first pitch). NULL for a close the source states as such (SBRO''s Close columns) and when the game has no start time.';
COMMENT ON COLUMN staging.line_summaries.close_line_id IS 'The close candidate: the stated closing line, else of each source''s, outlet''s and raw table''s last pre-game observation the one its source showed latest before first pitch (close_confirmed_at), then the latest observed (then the stated source and outlet); NULL when nothing was pre-game. Curated counts it as the close only when close_confirmed_at is within lines.close_window_minutes of first pitch.';

COMMIT;
