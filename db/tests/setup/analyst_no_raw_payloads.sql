-- pgTAP: setup/analyst_no_raw_payloads (the analyst reads no raw payload through a staging view).
BEGIN;
SELECT plan(3);
SELECT ok(NOT has_table_privilege('mlb_analyst', 'staging.raw_payloads', 'SELECT'), 'the analyst may not read staging.raw_payloads');
SELECT ok(NOT has_table_privilege('mlb_analyst', 'staging.source_games_raw', 'SELECT'), '... nor staging.source_games_raw');
SELECT ok(has_function_privilege('mlb_analyst', 'pipeline.lineage(bigint)', 'EXECUTE'), 'lineage stays the analyst''s way from a row to its raw copy');
SELECT * FROM finish();
ROLLBACK;
