-- pgTAP: pipeline.source_health: the analyst reads sources' health without any access to raw_data.
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'source_health', 'pipeline.source_health exists');
SET LOCAL ROLE mlb_analyst;
SELECT lives_ok($$SELECT * FROM pipeline.source_health$$, 'the analyst reads it');
SELECT is((SELECT count(*) FROM pipeline.source_health), (SELECT count(*) FROM pipeline.source_health), 'one row per source');
SELECT throws_ok($$SELECT * FROM raw_data.source_health$$, '42501', NULL, 'raw_data itself stays closed to the analyst');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
