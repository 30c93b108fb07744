-- pgTAP: the contract of change sources/sbro (sportsbookReviewsOnline: catalogue row, payload table, parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(11);

SELECT has_function('raw_data', 'sbro_games', ARRAY['raw_data.payload']::name[], 'raw_data.sbro_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.sbro_games(raw_data.payload)'::regprocedure), false, 'raw_data.sbro_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.sbro_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.sbro_games is owned by mlb_owner');
SELECT has_function('raw_data', 'sbro_lines', ARRAY['raw_data.payload']::name[], 'raw_data.sbro_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.sbro_lines(raw_data.payload)'::regprocedure), false, 'raw_data.sbro_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.sbro_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.sbro_lines is owned by mlb_owner');
SELECT has_table('raw_data', 'sbro_odds', 'raw_data.sbro_odds exists');
SELECT trigger_is('raw_data', 'sbro_odds', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.sbro_odds is append-only');
SELECT trigger_is('raw_data', 'sbro_odds', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.sbro_odds queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'sbro_odds'), 'raw_data.sbro_odds is listed with at least one parser');
SELECT table_privs_are('raw_data', 'sbro_odds', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.sbro_odds directly, only through raw_data.record_attempt()');

SELECT * FROM finish();
ROLLBACK;
