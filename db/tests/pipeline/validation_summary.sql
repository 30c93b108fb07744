-- pgTAP: pipeline.validation_summary (validation success per source and entity).
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'validation_summary', 'pipeline.validation_summary exists');
SELECT columns_are('pipeline', 'validation_summary', ARRAY['source', 'entity', 'promoted', 'warned', 'rejected', 'success_rate'], 'pipeline.validation_summary has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.validation_summary', 'SELECT'), 'the analyst may read pipeline.validation_summary');
SELECT is((SELECT count(*) FROM pipeline.validation_summary WHERE success_rate < 0 OR success_rate > 1), 0::bigint, 'success rates lie in [0, 1]');

SELECT * FROM finish();
ROLLBACK;
