-- staging.add_line_partitions: a season's partition of staging.betting_line_rows, once.
BEGIN;
SELECT plan(7);

SELECT is(staging.add_line_partitions(ARRAY[2041, 2041, NULL]), 1, 'one partition for a new season, however often it is named');
SELECT is(staging.add_line_partitions(ARRAY[2041]), 0, 'none when it exists');
SELECT is((SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.oid = 'staging.betting_line_rows_2041'::regclass),
          'FOR VALUES IN (''2041'')', 'the partition holds exactly that season');
SELECT is((SELECT count(*) FROM pg_attribute a WHERE a.attrelid = 'staging.betting_line_rows_2041'::regclass AND a.attnum > 0
            AND NOT a.attisdropped AND col_description(a.attrelid, a.attnum) IS NULL), 0::bigint, 'its columns carry the parent''s comments');
SELECT isnt(obj_description('staging.betting_line_rows_2041'::regclass), NULL, 'it is described');
SELECT is((SELECT count(*) FROM pg_statistic_ext WHERE stxrelid = 'staging.betting_line_rows_2041'::regclass), 1::bigint,
          'it has statistics on the names the view computes');
SELECT table_owner_is('staging', 'betting_line_rows_2041', 'mlb_owner', 'mlb_owner owns it, whoever promoted');

SELECT * FROM finish();
ROLLBACK;
