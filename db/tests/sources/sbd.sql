-- pgTAP: the contract of change sources/sbd (sportsBettingDime: catalogue row, payload table, parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(17);

SELECT has_function('raw_data', 'sbd_games', ARRAY['raw_data.payload']::name[], 'raw_data.sbd_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.sbd_games(raw_data.payload)'::regprocedure), false, 'raw_data.sbd_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.sbd_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.sbd_games is owned by mlb_owner');
SELECT has_function('raw_data', 'sbd_lines', ARRAY['raw_data.payload']::name[], 'raw_data.sbd_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.sbd_lines(raw_data.payload)'::regprocedure), false, 'raw_data.sbd_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.sbd_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.sbd_lines is owned by mlb_owner');
SELECT has_function('raw_data', 'sbd_splits', ARRAY['raw_data.payload']::name[], 'raw_data.sbd_splits(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.sbd_splits(raw_data.payload)'::regprocedure), false, 'raw_data.sbd_splits is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.sbd_splits(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.sbd_splits is owned by mlb_owner');
SELECT has_table('raw_data', 'sbd_betting_splits', 'raw_data.sbd_betting_splits exists');
SELECT trigger_is('raw_data', 'sbd_betting_splits', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.sbd_betting_splits is append-only');
SELECT trigger_is('raw_data', 'sbd_betting_splits', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.sbd_betting_splits queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'sbd_betting_splits'), 'raw_data.sbd_betting_splits is listed with at least one parser');
SELECT table_privs_are('raw_data', 'sbd_betting_splits', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.sbd_betting_splits directly, only through raw_data.record_attempt()');

-- No silent zero (reworked after v0.2.3): a game without its sportsbooks list and a sportsbook without its
-- odds object are stated as unreadable with their text, beside the good prices; empty ones state nothing.
CREATE TEMP TABLE sbd_payload AS SELECT ROW('sbd_betting_splits', 1, '1931-06-06', '1931-06-06 12:00Z'::timestamptz, 200, $j${"games": [
  {"_id": "g-good", "date": "1931-06-06T17:05:00.000Z", "home": {"code": "NYY"}, "away": {"code": "BOS"},
   "sportsbooks": [{"name": "draftkings", "odds": {"moneyline": {"home": {"american": "-120"}}}},
                   {"name": "fanduel"},
                   {"name": "betmgm", "odds": {}}]},
  {"_id": "g-nobooks", "date": "1931-06-06T17:05:00.000Z", "home": {"code": "NYM"}, "away": {"code": "ATL"}},
  {"_id": "g-empty", "date": "1931-06-06T17:05:00.000Z", "home": {"code": "CHC"}, "away": {"code": "STL"}, "sportsbooks": []}
]}$j$::jsonb)::raw_data.payload AS p;
SELECT results_eq($$SELECT source_game_id, book_text, market, price_text FROM sbd_payload, raw_data.sbd_lines(p) WHERE market <> 'unreadable'$$,
  $$VALUES ('g-good', 'draftkings', 'moneyline', '-120')$$, 'the good price is read');
SELECT set_eq($$SELECT source_game_id, book_text, price_text FROM sbd_payload, raw_data.sbd_lines(p) WHERE market = 'unreadable'$$,
  $$VALUES ('g-good', 'fanduel', '{"name": "fanduel"}'),
           ('g-nobooks', NULL, '{"_id": "g-nobooks", "away": {"code": "ATL"}, "date": "1931-06-06T17:05:00.000Z", "home": {"code": "NYM"}}')$$,
  'a sportsbook without odds and a game without sportsbooks are stated as unreadable with their text');
SELECT is((SELECT count(*)::int FROM sbd_payload, raw_data.sbd_lines(p) WHERE source_game_id = 'g-empty' OR book_text = 'betmgm'), 0,
  'an empty sportsbooks list or odds object states nothing: there is nothing to read');

SELECT * FROM finish();
ROLLBACK;
