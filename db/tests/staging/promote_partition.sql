-- pgTAP: a promotion worker takes one partition of the line histories, those queued before any
-- waiting reference row. Two workers at once: agent/tests/test_parallel.py.
BEGIN;
SELECT plan(6);

UPDATE pipeline.settings SET value = '2' WHERE key = 'pipeline.promotion_workers';
DELETE FROM pipeline.promotion_queue;
-- A history queued before a schedule, then the schedule, then twelve histories fetched after it.
SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', 'tap-worker-0', now(), now(),
                               p_http_status => 200, p_body => '{}');
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-worker', now(), now(),
                               p_http_status => 200, p_body => '{"dates": []}');
SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', 'tap-worker-' || g, now(), now(),
                               p_http_status => 200, p_body => '{}')
  FROM generate_series(1, 12) g;

CREATE TEMP TABLE run0 AS SELECT * FROM staging.promote_partition(100);
SELECT is((SELECT status || ' ' || rows_in FROM run0), 'succeeded 1',
          'a worker takes the history queued before the waiting schedule');
CREATE TEMP TABLE run1 AS SELECT * FROM staging.promote_partition(100);
SELECT is((SELECT status || ': ' || (detail->>'reason') FROM run1),
          'skipped: the queued line histories wait for reference rows queued before them: staging.promote() takes those first',
          'and not the histories queued after it');
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 13, 'which stay queued with the schedule');

DELETE FROM pipeline.promotion_queue WHERE raw_table = 'mlb_stats_api';
CREATE TEMP TABLE lane AS SELECT * FROM staging.history_lane_queue();
-- The partition with the most queued rows, the lowest number of equals.
CREATE TEMP TABLE fullest AS SELECT partition FROM lane GROUP BY partition ORDER BY count(*) DESC, partition LIMIT 1;
CREATE TEMP TABLE run2 AS SELECT * FROM staging.promote_partition(100);
SELECT is((SELECT status || ' partition ' || (detail->>'partition') FROM run2),
          'succeeded partition ' || (SELECT partition FROM fullest), 'then it owns the partition with the most rows');
SELECT is((SELECT rows_in FROM run2), (SELECT count(*)::int FROM lane WHERE partition = (SELECT partition FROM fullest)),
          'and promotes all of its rows');
SELECT set_eq($$SELECT raw_id FROM pipeline.promotion_queue$$, $$SELECT raw_id FROM lane WHERE partition <> (SELECT partition FROM fullest)$$,
              'the other partitions'' rows wait for their workers');

SELECT * FROM finish();
ROLLBACK;
