-- pgTAP: staging.promote_metrics (promotion step 12: quality counts): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_metrics');
CREATE TEMP TABLE detail AS SELECT staging.promote_metrics((SELECT id FROM tap_run)) AS d;
SELECT is((SELECT (d->>'raw_rows')::int FROM detail), 8, 'the run counts the eight raw rows it took');
SELECT is_empty($$SELECT source, table_name FROM staging.data_quality_metrics WHERE pipeline_run_id = (SELECT id FROM tap_run)
                   AND rows_read <> rows_promoted + rows_rejected$$, 'per source and table, every row read is promoted or rejected');
SELECT is((SELECT (d->>'lines')::bigint FROM detail),
          (SELECT sum(rows_promoted) FROM staging.data_quality_metrics WHERE pipeline_run_id = (SELECT id FROM tap_run) AND table_name = 'betting_lines'),
          'the run''s lines are the metrics'' promoted lines');
SELECT * FROM finish();
ROLLBACK;
