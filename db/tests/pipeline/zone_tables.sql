-- pgTAP: pipeline.zone_tables (rows and newest entry of each staging and curated table).
BEGIN;
SELECT plan(5);

SELECT has_view('pipeline', 'zone_tables', 'pipeline.zone_tables exists');
SELECT columns_are('pipeline', 'zone_tables', ARRAY['zone', 'table_name', 'row_count', 'newest'], 'pipeline.zone_tables has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.zone_tables', 'SELECT'), 'the analyst may read pipeline.zone_tables');
SELECT is((SELECT row_count FROM pipeline.zone_tables WHERE zone = 'staging' AND table_name = 'betting_lines'), (SELECT count(*) FROM staging.betting_lines), 'lines counted');
SELECT is((SELECT count(*) FROM pipeline.zone_tables), 9::bigint, 'nine tables');

SELECT * FROM finish();
ROLLBACK;
