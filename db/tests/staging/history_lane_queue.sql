-- pgTAP: the history lane and its partitions; the reference lane is everything else.
BEGIN;
SELECT plan(4);

DELETE FROM pipeline.promotion_queue;
SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', 'tap-lane-' || g, now(), now(),
                               p_http_status => 200, p_body => '{}')
  FROM generate_series(1, 40) g;
SELECT is((SELECT count(*)::int FROM staging.history_lane_queue()), 40, 'every queued line history is in the lane');
SELECT is((SELECT count(DISTINCT partition)::int FROM staging.history_lane_queue() WHERE partition BETWEEN 0 AND 7), 8,
          'forty games spread over all eight partitions');
-- A second copy of a game's history (same request key) is in the same partition as the first.
SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', 'tap-lane-7', now() + interval '1 minute',
                               now() + interval '1 minute', p_http_status => 200, p_body => '{"1": {}}');
SELECT is((SELECT count(DISTINCT h.partition)::int FROM staging.history_lane_queue() h
             JOIN raw_data.action_network_odds r ON r.id = h.raw_id WHERE r.request_key = 'tap-lane-7'), 1,
          'two payloads of one game fall in one partition');
SELECT is(staging.reference_rows_queued(), 0::bigint, 'line histories alone are no reference row');

SELECT * FROM finish();
ROLLBACK;
