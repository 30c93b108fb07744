-- record_attempt: outcomes, dedupe, verbatim bodies, lineage to the log.
BEGIN;
SELECT plan(34);

CREATE TEMP TABLE r AS
SELECT 1 AS step, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:00Z', '2025-06-14 12:00:01Z', p_http_status => 200, p_body => '{"dates": [1]}');
INSERT INTO r SELECT 2, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:05Z', '2025-06-14 12:05:01Z', p_http_status => 200, p_body => '{"dates": [1]}');
INSERT INTO r SELECT 3, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:10Z', '2025-06-14 12:10:01Z', p_http_status => 200, p_body => '{"dates": [1, 2]}');
INSERT INTO r SELECT 4, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:15Z', '2025-06-14 12:15:01Z', p_http_status => 200, p_body => '{"dates": [1, 2');
INSERT INTO r SELECT 5, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:20Z', '2025-06-14 12:20:01Z', p_http_status => 503, p_body => '<html>down</html>');
INSERT INTO r SELECT 6, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:25Z', '2025-06-14 12:25:09Z', p_outcome => 'timeout', p_error_text => 'timed out', p_retry_count => 4);
INSERT INTO r SELECT 7, * FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  '2025-06-14 12:30Z', '2025-06-14 12:30:01Z', p_http_status => 200, p_body => '');

SELECT results_eq('SELECT outcome FROM r ORDER BY step',
  ARRAY['stored', 'unchanged', 'stored', 'invalid_payload', 'http_error', 'timeout', 'invalid_payload'],
  'outcomes: stored, unchanged, stored (changed), invalid_payload, http_error, timeout, empty body');
SELECT is((SELECT raw_id FROM r WHERE step = 2), (SELECT raw_id FROM r WHERE step = 1),
  'an unchanged body points at the existing raw row');
SELECT is((SELECT count(*)::int FROM raw_data.mlb_stats_api WHERE request_key = 'tap-key'), 5,
  'five distinct bodies, five raw rows');
SELECT is((SELECT count(*)::int FROM raw_data.collection_log WHERE request_key = 'tap-key'), 7,
  'every attempt is logged');
SELECT is((SELECT body_text FROM raw_data.mlb_stats_api WHERE id = (SELECT raw_id FROM r WHERE step = 4)),
  '{"dates": [1, 2', 'a truncated body is kept verbatim as text');
SELECT is((SELECT payload FROM raw_data.mlb_stats_api WHERE id = (SELECT raw_id FROM r WHERE step = 4)), NULL,
  'and has no JSON payload');
SELECT is((SELECT payload FROM raw_data.mlb_stats_api WHERE id = (SELECT raw_id FROM r WHERE step = 3)),
  '{"dates": [1, 2]}'::jsonb, 'a JSON body is stored as JSONB');
SELECT is((SELECT body_sha256 FROM raw_data.mlb_stats_api WHERE id = (SELECT raw_id FROM r WHERE step = 1)),
  encode(sha256('{"dates": [1]}'::bytea), 'hex'), 'the hash is SHA-256 of the body');
SELECT is((SELECT http_status FROM raw_data.mlb_stats_api WHERE id = (SELECT raw_id FROM r WHERE step = 5)), 503,
  'an error page keeps its status');
SELECT is((SELECT raw_id FROM r WHERE step = 6), NULL, 'a timeout stores no raw row');
SELECT is((SELECT retry_count FROM raw_data.collection_log WHERE id = (SELECT collection_log_id FROM r WHERE step = 6)),
  4, 'retries are logged');
SELECT is((SELECT fetched_at FROM raw_data.mlb_stats_api WHERE id = (SELECT raw_id FROM r WHERE step = 1)),
  '2025-06-14 12:00:01Z'::timestamptz, 'fetched_at is the time the body arrived');
SELECT is_empty($$SELECT 1 FROM raw_data.mlb_stats_api m JOIN raw_data.collection_log l ON l.id = m.collection_log_id
  WHERE m.request_key = 'tap-key' AND (l.raw_id <> m.id OR l.raw_table <> 'mlb_stats_api')$$,
  'each raw row and its log row point at each other');

-- A given hash is trusted (binary files such as xlsx hash their bytes, not the rendering).
SELECT is((SELECT outcome FROM raw_data.record_attempt('sbro', 'season_file', 'sbro_odds', 'tap.xlsx', now(), now(),
  p_mode => 'import', p_body_sha256 => repeat('ab', 32), p_body_bytes => 1234,
  p_rendered_payload => '{"sheets": []}')), 'stored', 'a rendered file is stored');
SELECT is((SELECT body_bytes FROM raw_data.sbro_odds WHERE request_key = 'tap.xlsx'), 1234, 'with the file size');

-- Dedupe compares with the latest row only: an old body coming back is stored again.
SELECT is((SELECT outcome FROM raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-key',
  now(), now(), p_http_status => 200, p_body => '{"dates": [1]}')), 'stored', 'a body equal to an older row is new again');

SELECT throws_ok($$SELECT raw_data.record_attempt('sbd', 'schedule', 'mlb_stats_api', 'k', now(), now())$$,
  '22023', NULL, 'a table of another source is refused');
SELECT throws_ok($$SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'k', now(), now(),
  p_mode => 'guess', p_outcome => 'timeout')$$, '23514', NULL, 'an unknown mode is refused');

-- Raw is byte-exact (reworked after v0.2.0): the bytes as received, hashed as stored.
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-dupkeys', now(), now(), p_http_status => 200,
  p_body => '{"games": [], "games": [1]}', p_body_raw => convert_to('{"games": [], "games": [1]}', 'UTF8'));
SELECT is((SELECT convert_from(body, 'UTF8') FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-dupkeys'),
  '{"games": [], "games": [1]}', 'duplicate keys are kept in the bytes');
SELECT is((SELECT payload FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-dupkeys'), '{"games": [1]}'::jsonb,
  'the JSONB rendering keeps the last, as JSONB does');
SELECT is((SELECT outcome FROM raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-nul', now(), now(),
  p_http_status => 200, p_body => '{"games": [], "note": "a\u0000b"}', p_body_raw => convert_to('{"games": [], "note": "a\u0000b"}', 'UTF8'))),
  'stored', 'valid JSON with \u0000 is stored, not refused as not JSON');
SELECT is((SELECT payload->>'note' FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-nul'), E'a\uFFFDb',
  'its rendering shows U+FFFD');
SELECT is((SELECT position('\u0000' IN convert_from(body, 'UTF8')) > 0 FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-nul'),
  true, 'its bytes keep \u0000');
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', 'tap-latin1', now(), now(), p_http_status => 200,
  p_body => E'<p>caf\uFFFD</p>', p_body_raw => '\x3c703e636166e93c2f703e'::bytea, p_rendered_payload => '{"tables": []}');
SELECT is((SELECT body FROM raw_data.vsin_data WHERE request_key = 'tap-latin1'), '\x3c703e636166e93c2f703e'::bytea,
  'bytes that are not UTF-8 are kept as they came');
SELECT is((SELECT count(*) FROM raw_data.vsin_data WHERE body IS NOT NULL AND encode(sha256(body), 'hex') <> body_sha256), 0::bigint,
  'every stored body hashes to its body_sha256');
SELECT throws_ok($$SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-forged-hash', now(), now(),
  p_http_status => 200, p_body => '{}', p_body_raw => '\x7b7d'::bytea, p_body_sha256 => repeat('0', 64))$$,
  '22023', NULL, 'a hash that is not the body''s is refused');

-- What is written is read forever: no fetch in the future, no malformed date range (reworked after v0.2.0).
SELECT throws_ok($$SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-2030', '2030-01-01', '2030-01-01',
  p_http_status => 200, p_body => '{}', p_mode => 'replay')$$, '22023', NULL, 'a fetch in 2030 is refused');
SELECT throws_ok($$SELECT raw_data.record_attempt('sbro', 'season_file', 'sbro_odds', 'mlb-odds..2018.xlsx', now(), now(), p_body => '{}')$$,
  '22023', NULL, 'a request key that looks like a range but is not one is refused');
SELECT throws_ok($$SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', '2025-06-30..2025-06-01', now(), now(), p_body => '{}')$$,
  '22023', NULL, 'a range that runs backwards is refused');
SELECT lives_ok($$SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', '2025-06-01..2025-06-30', now(), now(),
  p_http_status => 200, p_body => '{"dates": []}')$$, 'a real range is fine');

-- Filed under its season, in that season's partition, which its first row creates (reworked after v0.2.3).
SET LOCAL ROLE mlb_agent;
CREATE TEMP TABLE s AS
SELECT * FROM raw_data.record_attempt('action_network', 'scoreboard', 'action_network_games', '1902-04-01', now(), now(),
  p_http_status => 200, p_body => '{"games": ["tap-season"]}');
RESET ROLE;
SELECT is((SELECT g.season FROM raw_data.action_network_games g JOIN s USING (collection_log_id)), 1902, 'a scoreboard of a date is filed under the date''s year');
SELECT is((SELECT count(*)::int FROM raw_data.action_network_games_1902), 1, '... in that season''s partition, created by the agent''s first row of it');
INSERT INTO s SELECT * FROM raw_data.record_attempt('action_network', 'history', 'action_network_odds', 'tap-season-228567',
  '2025-01-01 04:59Z', '2025-01-01 04:59:30Z', p_http_status => 200, p_body => '{"15": {}}');
SELECT is((SELECT g.season FROM raw_data.action_network_odds g JOIN s USING (collection_log_id)), 2024,
          'a history by game id is filed under the New York year of its fetch (23:59:30 on 31 December there)');
SELECT is((SELECT count(*)::int FROM raw_data.action_network_games WHERE request_key = '1902-04-01'), 1, 'the parent reads the partition''s rows');

SELECT * FROM finish();
ROLLBACK;
