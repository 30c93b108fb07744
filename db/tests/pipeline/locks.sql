-- pgTAP: the pipeline's locks can be taken by the owner only.
BEGIN;
SELECT plan(5);
SELECT has_table('pipeline', 'locks', 'pipeline.locks exists');
SELECT results_eq($$SELECT name FROM pipeline.locks ORDER BY 1$$,
  $$VALUES ('curated.rebuild'), ('curated.refresh'), ('raw_data.payload_partitions'), ('staging.line_partitions'), ('staging.promote')$$, 'the five locks');
SET LOCAL ROLE mlb_analyst;
SELECT throws_ok($$SELECT 1 FROM pipeline.locks FOR UPDATE$$, '42501', NULL, 'the analyst cannot lock them');
RESET ROLE;
SET LOCAL ROLE mlb_agent;
SELECT throws_ok($$SELECT 1 FROM pipeline.locks FOR SHARE$$, '42501', NULL, 'nor can the agent');
RESET ROLE;
SELECT ok(NOT has_table_privilege('mlb_analyst', 'pipeline.locks', 'UPDATE'), 'no role but the owner may update them');
SELECT * FROM finish();
ROLLBACK;
