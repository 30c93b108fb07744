-- pgTAP: a schedule, scoreboard, book catalogue or split page waiting is a reference row.
BEGIN;
SELECT plan(2);

DELETE FROM pipeline.promotion_queue;
SELECT is(staging.reference_rows_queued(), 0::bigint, 'an empty queue holds no reference row');
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-reference', now(), now(),
                               p_http_status => 200, p_body => '{"dates": []}');
SELECT is(staging.reference_rows_queued(), 1::bigint, 'a queued schedule is one');

SELECT * FROM finish();
ROLLBACK;
