-- pgTAP: staging/raw_rows_of_date (raw rows a date rebuild reads again): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

-- A request key that only looks like a range cannot break a rebuild (reworked after v0.2.0).
-- record_attempt now refuses such a key; a row stored before it did is written directly.
INSERT INTO raw_data.collection_log (id, source, endpoint, request_key, started_at, finished_at, outcome)
VALUES (-77, 'sbro', 'season_file', 'mlb-..2018.xlsx', now(), now(), 'network_error');
SELECT raw_data.add_payload_partitions('sbro_odds', ARRAY[2018]);
INSERT INTO raw_data.sbro_odds (collection_log_id, request_key, fetched_at, payload, body_sha256, body_bytes, season)
VALUES (-77, 'mlb-..2018.xlsx', now(), '{"sheets": []}', repeat('0', 64), 2, 2018);
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', '2001-06-01..2001-06-30', now(), now(),
  p_http_status => 200, p_body => '{"dates": []}');
SELECT lives_ok($$SELECT * FROM staging.raw_rows_of_date('2001-06-14')$$, 'a key like mlb-..2018 does not fail the lookup');
SELECT is((SELECT count(*) FROM staging.raw_rows_of_date('2001-06-14') WHERE raw_table = 'mlb_stats_api'), 1::bigint,
  'a real range still finds its dates');
SELECT lives_ok($$SELECT * FROM staging.rebuild('2001-06-14')$$, 'and staging.rebuild of the date works');

SELECT * FROM finish();
ROLLBACK;
