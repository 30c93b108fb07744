-- pgTAP: pipeline.curated_summary (curated row counts in one row).
BEGIN;
SELECT plan(5);

SELECT has_view('pipeline', 'curated_summary', 'pipeline.curated_summary exists');
SELECT columns_are('pipeline', 'curated_summary', ARRAY['games', 'book_lines', 'steam_moves', 'reverse_line_moves', 'graded_bets', 'dirty_dates'], 'pipeline.curated_summary has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.curated_summary', 'SELECT'), 'the analyst may read pipeline.curated_summary');
SELECT is((SELECT graded_bets FROM pipeline.curated_summary), (SELECT count(*) FROM curated.strategy_results), 'graded bets counted');
SELECT is((SELECT dirty_dates FROM pipeline.curated_summary), (SELECT count(*) FROM pipeline.dirty_dates), 'dirty dates counted');

SELECT * FROM finish();
ROLLBACK;
