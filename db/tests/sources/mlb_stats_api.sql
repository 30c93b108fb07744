-- pgTAP: the contract of change sources/mlb_stats_api (mLB Stats API: catalogue row, payload table, parser).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(8);

SELECT has_function('raw_data', 'mlb_stats_api_games', ARRAY['raw_data.payload']::name[], 'raw_data.mlb_stats_api_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.mlb_stats_api_games(raw_data.payload)'::regprocedure), false, 'raw_data.mlb_stats_api_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.mlb_stats_api_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.mlb_stats_api_games is owned by mlb_owner');
SELECT has_table('raw_data', 'mlb_stats_api', 'raw_data.mlb_stats_api exists');
SELECT trigger_is('raw_data', 'mlb_stats_api', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.mlb_stats_api is append-only');
SELECT trigger_is('raw_data', 'mlb_stats_api', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.mlb_stats_api queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'mlb_stats_api'), 'raw_data.mlb_stats_api is listed with at least one parser');
SELECT table_privs_are('raw_data', 'mlb_stats_api', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.mlb_stats_api directly, only through raw_data.record_attempt()');

SELECT * FROM finish();
ROLLBACK;
