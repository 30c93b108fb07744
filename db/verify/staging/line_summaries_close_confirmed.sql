-- Verify mlb:staging/line_summaries_close_confirmed
BEGIN;
SELECT close_confirmed_at FROM staging.line_summaries WHERE false;
ROLLBACK;
