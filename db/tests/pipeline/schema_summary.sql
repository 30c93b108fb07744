-- pgTAP: pipeline.schema_summary (tables and views per project schema).
BEGIN;
SELECT plan(6);

SELECT has_view('pipeline', 'schema_summary', 'pipeline.schema_summary exists');
SELECT columns_are('pipeline', 'schema_summary', ARRAY['schema', 'tables', 'views', 'description', 'season_partitions'], 'pipeline.schema_summary has exactly its documented columns');
SELECT ok(has_table_privilege('mlb_analyst', 'pipeline.schema_summary', 'SELECT'), 'the analyst may read pipeline.schema_summary');
SELECT results_eq($$SELECT schema FROM pipeline.schema_summary$$, $$VALUES ('raw_data'), ('staging'), ('curated'), ('pipeline')$$, 'the four zones, in order');
SELECT ok((SELECT tables >= 8 FROM pipeline.schema_summary WHERE schema = 'raw_data'), 'raw_data counts its payload tables');

-- A partitioned table is one table; its season partitions are counted apart (reworked after v0.2.3).
SELECT results_eq($$SELECT tables, season_partitions FROM pipeline.schema_summary WHERE schema = 'raw_data'$$,
  $$SELECT count(*) FILTER (WHERE NOT c.relispartition), count(*) FILTER (WHERE c.relispartition)
      FROM pg_class c WHERE c.relnamespace = 'raw_data'::regnamespace AND c.relkind IN ('r', 'p')$$,
  'raw_data: its tables once, and its season partitions apart');
SELECT * FROM finish();
ROLLBACK;
