-- RAW tables: shape, append-only, redaction and the agent's privileges.
BEGIN;
SELECT plan(30);

SELECT has_table('raw_data', t, t || ' exists')
  FROM unnest(ARRAY['collection_log', 'sources', 'action_network_games', 'action_network_odds', 'action_network_books',
                    'sbd_betting_splits', 'vsin_data', 'mlb_stats_api', 'odds_api_responses', 'sbro_odds']) AS t;
SELECT columns_are('raw_data', 'sbd_betting_splits', ARRAY['id', 'collection_log_id', 'request_key', 'request_params',
  'source_url', 'fetched_at', 'http_status', 'content_type', 'payload', 'body_text', 'body_sha256', 'body_bytes',
  'agent_version', 'inserted_at', 'body', 'season']);
SELECT col_type_is('raw_data', 'sbro_odds', 'payload', 'jsonb', 'payloads are jsonb');
SELECT fk_ok('raw_data', 'vsin_data', 'collection_log_id', 'raw_data', 'collection_log', 'id');
SELECT results_eq($$SELECT source FROM raw_data.sources ORDER BY 1$$,
  ARRAY['action_network', 'mlb_stats_api', 'odds_api', 'sbd', 'sbro', 'vsin'], 'the six sources are catalogued');

-- A row to try to change.
SELECT lives_ok($$SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-append-only',
  now(), now(), p_http_status => 200, p_body => '{"games": []}')$$, 'record_attempt stores a row');
SELECT throws_ok($$UPDATE raw_data.sbd_betting_splits SET body_text = 'x' WHERE request_key = 'tap-append-only'$$,
  '42501', NULL, 'raw rows cannot be updated, even by a superuser');
SELECT throws_ok($$DELETE FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-append-only'$$,
  '42501', NULL, 'raw rows cannot be deleted');
SELECT throws_ok($$TRUNCATE raw_data.action_network_books CASCADE$$, '42501', NULL, 'raw tables cannot be truncated');
SELECT throws_ok($$UPDATE raw_data.collection_log SET outcome = 'stored' WHERE request_key = 'tap-append-only'$$,
  '42501', NULL, 'the collection log cannot be updated');
SELECT throws_ok($$DELETE FROM raw_data.collection_log WHERE request_key = 'tap-append-only'$$,
  '42501', NULL, 'the collection log cannot be deleted from');

-- Secrets never reach the log.
SELECT throws_ok($$INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome, url)
  VALUES ('odds_api', 'odds', now(), now(), 'http_error', 'https://x/odds?apiKey=abc123')$$,
  '23514', NULL, 'an unredacted apiKey in a URL is refused');
SELECT lives_ok($$INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome, url)
  VALUES ('odds_api', 'odds', now(), now(), 'http_error', 'https://x/odds?apiKey=***')$$,
  'a redacted key is accepted');
SELECT throws_ok($$INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome)
  VALUES ('odds_api', 'odds', now(), now() - interval '1 second', 'timeout')$$,
  '23514', NULL, 'finished_at before started_at is refused');
SELECT throws_ok($$INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome)
  VALUES ('nobody', 'x', now(), now(), 'timeout')$$, '23503', NULL, 'unknown sources are refused');

-- The agent inserts; it reads only what dedupe needs.
SET LOCAL ROLE mlb_agent;
SELECT lives_ok($$SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', 'tap-agent', now(), now(),
  p_http_status => 200, p_body => '<html></html>', p_rendered_payload => '{"tables": []}')$$,
  'the agent stores through record_attempt');
SELECT lives_ok($$SELECT id, request_key, body_sha256, fetched_at FROM raw_data.vsin_data$$,
  'the agent reads the dedupe columns');
SELECT throws_ok($$SELECT payload FROM raw_data.vsin_data$$, '42501', NULL, 'the agent cannot read payloads back');
SELECT throws_ok($$SELECT error_text FROM raw_data.collection_log$$, '42501', NULL, 'the agent cannot read the log');
SELECT throws_ok($$UPDATE raw_data.vsin_data SET body_text = ''$$, '42501', NULL, 'the agent cannot update raw rows');
RESET ROLE;

SET LOCAL ROLE mlb_analyst;
SELECT throws_ok($$SELECT * FROM raw_data.collection_log$$, '42501', NULL, 'the analyst cannot read raw_data');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
