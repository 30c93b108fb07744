-- pgTAP: pipeline.validation_rules (quarantined and warned records per rule).
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'validation_rules', 'pipeline.validation_rules exists');
SELECT columns_are('pipeline', 'validation_rules', ARRAY['source', 'rule', 'severity', 'records'], 'pipeline.validation_rules has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.validation_rules', 'SELECT'), 'the analyst may read pipeline.validation_rules');
SELECT is((SELECT coalesce(sum(records), 0) FROM pipeline.validation_rules)::bigint, (SELECT count(*) FROM staging.validation_results), 'every validation result counted once');

SELECT * FROM finish();
ROLLBACK;
