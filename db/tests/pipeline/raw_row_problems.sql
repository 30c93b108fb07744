-- pgTAP: pipeline.raw_row_problems (rejected and warned records per raw row).
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'raw_row_problems', 'pipeline.raw_row_problems exists');
SELECT columns_are('pipeline', 'raw_row_problems', ARRAY['raw_table', 'raw_id', 'rejected', 'warned'], 'pipeline.raw_row_problems has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.raw_row_problems', 'SELECT'), 'the analyst may read pipeline.raw_row_problems');
SELECT is((SELECT coalesce(sum(rejected + warned), 0) FROM pipeline.raw_row_problems)::bigint, (SELECT count(*) FROM staging.validation_results), 'every validation result counted once');

SELECT * FROM finish();
ROLLBACK;
