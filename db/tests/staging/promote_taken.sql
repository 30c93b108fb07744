-- pgTAP: the contract of change staging/promote_taken (what a promotion took, promoted, its run closed).
-- Its isolation of a bad payload and its systemic-fault path are exercised through staging.promote
-- (staging/promote.sql, staging/promote/isolating.sql) and the workers (staging/promote_partition.sql).
BEGIN;
SELECT plan(6);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-taken', now(), now(),
                               p_http_status => 200, p_body => '{"games": []}');
DELETE FROM pipeline.promotion_queue;
CREATE TEMP TABLE closed AS
SELECT * FROM staging.promote_taken((SELECT max(id) FROM pipeline.runs), ARRAY['sbd_betting_splits'],
                                    ARRAY[(SELECT max(id) FROM raw_data.sbd_betting_splits)], ARRAY[now()]);
SELECT is((SELECT status || '/' || rows_in FROM closed), 'succeeded/1', 'the run is closed with what it read');
SELECT is((SELECT status FROM pipeline.runs WHERE id = (SELECT id FROM closed)), 'succeeded', 'and recorded');

-- A batch past pipeline.batch_max_bytes: the rows past the cut go back to the queue as they were.
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-taken-' || n, now(), now(),
                               p_http_status => 200, p_body => '{"games": [], "pad": "' || repeat('x', 70000) || '"}')
  FROM generate_series(1, 3) n;
CREATE TEMP TABLE waiting AS SELECT * FROM pipeline.promotion_queue q
 WHERE q.raw_id IN (SELECT id FROM raw_data.sbd_betting_splits WHERE request_key LIKE 'tap-taken-%');
DELETE FROM pipeline.promotion_queue;
UPDATE pipeline.settings SET value = '150000' WHERE key = 'pipeline.batch_max_bytes';
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
CREATE TEMP TABLE cut AS
SELECT * FROM staging.promote_taken((SELECT max(id) FROM pipeline.runs),
                                    (SELECT array_agg(raw_table ORDER BY raw_id) FROM waiting),
                                    (SELECT array_agg(raw_id ORDER BY raw_id) FROM waiting),
                                    (SELECT array_agg(queued_at ORDER BY raw_id) FROM waiting));
SELECT is((SELECT status || '/' || rows_in FROM cut), 'succeeded/2', 'two bodies of 70 kB fit 150 kB: two promoted');
SELECT results_eq('SELECT raw_table, raw_id, queued_at FROM pipeline.promotion_queue',
                  'SELECT raw_table, raw_id, queued_at FROM waiting ORDER BY raw_id DESC LIMIT 1',
                  'the third is queued again, as it was');
SELECT is((SELECT count(*)::int FROM waiting), 3, 'of the three taken');
-- A worker that took nothing (another had the rows): an empty run, no error.
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
SELECT is((SELECT status || '/' || rows_in FROM staging.promote_taken((SELECT max(id) FROM pipeline.runs), NULL, NULL, NULL)),
          'succeeded/0', 'a run that took no row closes empty');

SELECT * FROM finish();
ROLLBACK;
