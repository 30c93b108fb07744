-- pgTAP: the contract of change staging/promote_taken (what a promotion took, promoted, its run closed).
-- Its isolation of a bad payload and its systemic-fault path are exercised through staging.promote
-- (staging/promote.sql, staging/promote/isolating.sql) and the workers (staging/promote_partition.sql).
BEGIN;
SELECT plan(2);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-taken', now(), now(),
                               p_http_status => 200, p_body => '{"games": []}');
DELETE FROM pipeline.promotion_queue;
CREATE TEMP TABLE closed AS
SELECT * FROM staging.promote_taken((SELECT max(id) FROM pipeline.runs), ARRAY['sbd_betting_splits'],
                                    ARRAY[(SELECT max(id) FROM raw_data.sbd_betting_splits)], ARRAY[now()]);
SELECT is((SELECT status || '/' || rows_in FROM closed), 'succeeded/1', 'the run is closed with what it read');
SELECT is((SELECT status FROM pipeline.runs WHERE id = (SELECT id FROM closed)), 'succeeded', 'and recorded');

SELECT * FROM finish();
ROLLBACK;
