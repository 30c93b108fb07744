-- pgTAP: the contract of change sources/action_network (action Network: catalogue row, payload tables, parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(39);

SELECT has_function('raw_data', 'action_network_games', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_games(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_games is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_lines', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_lines(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_lines is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_outcome_points', ARRAY['jsonb']::name[], 'raw_data.action_network_outcome_points(jsonb) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_outcome_points(jsonb)'::regprocedure), false, 'raw_data.action_network_outcome_points is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_outcome_points(jsonb)'::regprocedure), 'mlb_owner', 'raw_data.action_network_outcome_points is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_history_lines', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_history_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_history_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_history_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_history_lines is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_splits', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_splits(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_splits(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_splits is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_splits(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_splits is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_books', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_books(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_books(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_books is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_books(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_books is owned by mlb_owner');
SELECT has_table('raw_data', 'action_network_books', 'raw_data.action_network_books exists');
SELECT trigger_is('raw_data', 'action_network_books', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.action_network_books is append-only');
SELECT trigger_is('raw_data', 'action_network_books', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.action_network_books queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'action_network_books'), 'raw_data.action_network_books is listed with at least one parser');
SELECT table_privs_are('raw_data', 'action_network_books', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.action_network_books directly, only through raw_data.record_attempt()');
SELECT has_table('raw_data', 'action_network_games', 'raw_data.action_network_games exists');
SELECT trigger_is('raw_data', 'action_network_games', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.action_network_games is append-only');
SELECT trigger_is('raw_data', 'action_network_games', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.action_network_games queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'action_network_games'), 'raw_data.action_network_games is listed with at least one parser');
SELECT table_privs_are('raw_data', 'action_network_games', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.action_network_games directly, only through raw_data.record_attempt()');
SELECT has_table('raw_data', 'action_network_odds', 'raw_data.action_network_odds exists');
SELECT trigger_is('raw_data', 'action_network_odds', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.action_network_odds is append-only');
SELECT trigger_is('raw_data', 'action_network_odds', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.action_network_odds queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'action_network_odds'), 'raw_data.action_network_odds is listed with at least one parser');
SELECT table_privs_are('raw_data', 'action_network_odds', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.action_network_odds directly, only through raw_data.record_attempt()');

-- The history parser, as a person reads a payload: every point, and every element that cannot be read once
-- (a point that is not an object also as a point with no fields, as before the one-walk rework).
CREATE TEMP TABLE an_cases (n int, payload jsonb);
INSERT INTO an_cases VALUES
 (1, '{"15": {"event": {"moneyline": [{"side": "home", "history": [{"odds": -110, "value": null, "updated_at": "2024-04-01T12:00:00.000Z"}, {"odds": "EVEN", "value": {"x": 1}, "updated_at": "2024-02-30T12:00:00Z"}]}]}}}'),
 (2, '{"15": {"event": {"total": [{"side": "OVER", "history": [{"odds": -105, "value": 8.5, "updated_at": "2024-04-01T12:00:00Z"}, "bad"]}]}}}'),
 (3, '{"15": {"event": "x"}, "16": {"event": {"spread": "x", "total": []}}, "17": {"event": {"moneyline": [7, {"side": "away"}, {"side": "home", "history": {"a": 1}}]}}, "18": {"event": {}}}');
CREATE TEMP VIEW an_stated AS
  SELECT c.n, l.book_text, l.market, l.side_text, l.line_text, l.price_text, l.observed_at, l.side
    FROM an_cases c
   CROSS JOIN LATERAL raw_data.action_network_history_lines(
     ROW('action_network_odds', c.n, '999', '2024-05-01T00:00:00Z', 200, c.payload)::raw_data.payload) l;
SELECT results_eq(
  $$SELECT book_text, market, side_text, line_text, price_text, observed_at, side FROM an_stated WHERE n = 1 ORDER BY price_text$$,
  $$VALUES ('15', 'moneyline', 'home', NULL::text, '-110', '2024-04-01T12:00:00Z'::timestamptz, 'home'),
           ('15', 'moneyline', 'home', '{"x": 1}', 'EVEN', NULL, 'home')$$,
  'a history of objects: each point with its value, odds and time (a day that does not exist is no time), the side lower-cased');
SELECT results_eq(
  $$SELECT book_text, market, side_text, line_text, price_text, observed_at, side FROM an_stated WHERE n = 2 ORDER BY market, price_text$$,
  $$VALUES ('15', 'total', 'OVER', '8.5', '-105', '2024-04-01T12:00:00Z'::timestamptz, 'over'),
           ('15', 'total', 'OVER', NULL::text, NULL::text, NULL::timestamptz, 'over'),
           ('15', 'unreadable', NULL, NULL, '"bad"', '2024-05-01T00:00:00Z', NULL)$$,
  'a point that is not an object: read point by point, stated with no fields and as unreadable with its text at fetch time');
SELECT results_eq(
  $$SELECT book_text, price_text FROM an_stated WHERE n = 3 ORDER BY book_text, price_text$$,
  $$VALUES ('15', '{"event": "x"}'), ('16', '"x"'), ('17', '7'), ('17', '{"side": "away"}'), ('17', '{"side": "home", "history": {"a": 1}}')$$,
  'a book without an event object, a market that is not a list, an outcome that is not an object or has no history list: unreadable, once each; an empty event or market states nothing');
SELECT is((SELECT count(*)::int FROM an_stated WHERE n = 3 AND market <> 'unreadable'), 0, 'nothing else is stated from them');
SELECT results_eq(
  $$SELECT line_text, price_text, observed_at, unreadable FROM raw_data.action_network_outcome_points('[{"odds": 120, "value": -1.5, "updated_at": "2024-04-01T12:00:00.000Z", "extra": 1}]')$$,
  $$VALUES ('-1.5', '120', '2024-04-01T12:00:00Z'::timestamptz, NULL::text)$$,
  'an outcome''s points: numbers as their text, extra fields ignored');
SELECT is((SELECT count(*)::int FROM raw_data.action_network_outcome_points('{"odds": 1}')), 0, 'a history that is not a list states no point');

SELECT * FROM finish();
ROLLBACK;
