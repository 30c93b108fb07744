-- pgTAP: staging/line_summaries_close_confirmed (when a summary's close candidate was last shown before first pitch).
-- Behaviour: staging/refresh_line_summaries (how it is computed) and curated/rebuild/lines (how curated uses it).
BEGIN;
SELECT plan(3);
SELECT has_column('staging', 'line_summaries', 'close_confirmed_at', 'a summary keeps its close candidate''s confirmation');
SELECT col_type_is('staging', 'line_summaries', 'close_confirmed_at', 'timestamp with time zone', 'an instant');
SELECT col_is_null('staging', 'line_summaries', 'close_confirmed_at', 'none for a stated close or a game without a start time');
SELECT * FROM finish();
ROLLBACK;
