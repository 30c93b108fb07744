-- pgTAP: the contract of change sources/vsin (VSIN: catalogue row, payload table, parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(17);

SELECT has_function('raw_data', 'vsin_games', ARRAY['raw_data.payload']::name[], 'raw_data.vsin_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.vsin_games(raw_data.payload)'::regprocedure), false, 'raw_data.vsin_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.vsin_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.vsin_games is owned by mlb_owner');
SELECT has_function('raw_data', 'vsin_lines', ARRAY['raw_data.payload']::name[], 'raw_data.vsin_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.vsin_lines(raw_data.payload)'::regprocedure), false, 'raw_data.vsin_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.vsin_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.vsin_lines is owned by mlb_owner');
SELECT has_function('raw_data', 'vsin_splits', ARRAY['raw_data.payload']::name[], 'raw_data.vsin_splits(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.vsin_splits(raw_data.payload)'::regprocedure), false, 'raw_data.vsin_splits is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.vsin_splits(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.vsin_splits is owned by mlb_owner');
SELECT has_table('raw_data', 'vsin_data', 'raw_data.vsin_data exists');
SELECT trigger_is('raw_data', 'vsin_data', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.vsin_data is append-only');
SELECT trigger_is('raw_data', 'vsin_data', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.vsin_data queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'vsin_data'), 'raw_data.vsin_data is listed with at least one parser');
SELECT table_privs_are('raw_data', 'vsin_data', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.vsin_data directly, only through raw_data.record_attempt()');

-- The team cell's extras are left out; a pair whose rows name a different number of teams is a reason, not an error.
SELECT is(raw_data.vsin_team_names('{"texts": ["(901) New York Mets", "History", "Philadelphia Phillies (902)", "VSiN Pro Picks"]}'),
          ARRAY['New York Mets', 'Philadelphia Phillies'], 'rotation numbers, History and VSiN Pro Picks are not team names');
SELECT is((SELECT r.problem FROM raw_data.vsin_rows(ROW('vsin_data', 1, '2025-01-01:x', now(), 200,
             '{"tables": [{"rows": [[{"texts": ["Team"]}], [{"texts": ["New York Mets"]}], [{"texts": ["A", "B"]}]],
                           "row_attrs": [{}, {"data-gamecode": "G"}, {"data-gamecode": "G"}]}]}')::raw_data.payload) r),
          'unreadable_team_cell', 'a team row naming two teams in the per-team layout');
SELECT is((SELECT r.problem FROM raw_data.vsin_rows(ROW('vsin_data', 1, '2025-01-01:x', now(), 200,
             '{"tables": [{"rows": [[{"texts": ["Team"]}], [{"texts": ["New York Mets"]}]],
                           "row_attrs": [{}, {"data-gamecode": "G"}]}]}')::raw_data.payload) r),
          'unpaired_team_rows', 'a game code with one team row');

SELECT * FROM finish();
ROLLBACK;
