-- pgTAP: pipeline.quarantined (rejected records with their reasons).
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'quarantined', 'pipeline.quarantined exists');
SELECT columns_are('pipeline', 'quarantined', ARRAY['created_at', 'source', 'rule', 'record_ref', 'details', 'raw_table', 'raw_id', 'pipeline_run_id'], 'pipeline.quarantined has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.quarantined', 'SELECT'), 'the analyst may read pipeline.quarantined');
SELECT is((SELECT count(*) FROM pipeline.quarantined), (SELECT count(*) FROM staging.validation_results WHERE severity = 'reject'), 'rejections only');

SELECT * FROM finish();
ROLLBACK;
