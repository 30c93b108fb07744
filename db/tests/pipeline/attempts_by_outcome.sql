-- pgTAP: pipeline.attempts_by_outcome (recent collection attempts per source and outcome).
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'attempts_by_outcome', 'pipeline.attempts_by_outcome exists');
SELECT columns_are('pipeline', 'attempts_by_outcome', ARRAY['source', 'outcome', 'attempts', 'last_started'], 'pipeline.attempts_by_outcome has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.attempts_by_outcome', 'SELECT'), 'the analyst may read pipeline.attempts_by_outcome');
SELECT is((SELECT coalesce(sum(attempts), 0) FROM pipeline.attempts_by_outcome)::bigint, (SELECT count(*) FROM pipeline.recent_collection_attempts), 'every recent attempt counted once');

SELECT * FROM finish();
ROLLBACK;
