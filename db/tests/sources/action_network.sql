-- pgTAP: the contract of change sources/action_network (action Network: catalogue row, payload tables, parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(33);

SELECT has_function('raw_data', 'action_network_games', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_games(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_games is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_lines', ARRAY['raw_data.payload']::name[], 'raw_data.action_network_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_lines(raw_data.payload)'::regprocedure), false, 'raw_data.action_network_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.action_network_lines is owned by mlb_owner');
SELECT has_function('raw_data', 'action_network_history_points', ARRAY['jsonb']::name[], 'raw_data.action_network_history_points(jsonb) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.action_network_history_points(jsonb)'::regprocedure), false, 'raw_data.action_network_history_points is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.action_network_history_points(jsonb)'::regprocedure), 'mlb_owner', 'raw_data.action_network_history_points is owned by mlb_owner');
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

SELECT * FROM finish();
ROLLBACK;
