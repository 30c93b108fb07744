-- pgTAP: the contract of change sources/odds_api (the Odds API: catalogue row, payload table, parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(15);

SELECT has_function('raw_data', 'odds_api_games', ARRAY['raw_data.payload']::name[], 'raw_data.odds_api_games(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.odds_api_games(raw_data.payload)'::regprocedure), false, 'raw_data.odds_api_games is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.odds_api_games(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.odds_api_games is owned by mlb_owner');
SELECT has_function('raw_data', 'odds_api_lines', ARRAY['raw_data.payload']::name[], 'raw_data.odds_api_lines(raw_data.payload) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure), false, 'raw_data.odds_api_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure), 'mlb_owner', 'raw_data.odds_api_lines is owned by mlb_owner');
SELECT has_table('raw_data', 'odds_api_responses', 'raw_data.odds_api_responses exists');
SELECT trigger_is('raw_data', 'odds_api_responses', 'refuse_update_delete', 'raw_data', 'refuse_change', 'raw_data.odds_api_responses is append-only');
SELECT trigger_is('raw_data', 'odds_api_responses', 'enqueue_for_promotion', 'pipeline', 'enqueue_new_raw_rows', 'raw_data.odds_api_responses queues its rows for promotion');
SELECT ok((SELECT (games_parser IS NOT NULL OR lines_parser IS NOT NULL OR books_parser IS NOT NULL) FROM raw_data.payload_tables WHERE raw_table = 'odds_api_responses'), 'raw_data.odds_api_responses is listed with at least one parser');
SELECT table_privs_are('raw_data', 'odds_api_responses', 'mlb_agent', ARRAY[]::text[], 'the agent cannot write raw_data.odds_api_responses directly, only through raw_data.record_attempt()');

-- No silent zero (reworked after v0.2.3): an event, bookmaker or market without its list is stated as
-- unreadable with its text, beside the good prices; an empty list states nothing.
CREATE TEMP TABLE odds_payload AS SELECT ROW('odds_api_responses', 1, '1931-06-06', '1931-06-06 12:00Z'::timestamptz, 200, $j$[
  {"id": "ev-good", "commence_time": "1931-06-06T17:05:00Z", "home_team": "New York Yankees", "away_team": "Boston Red Sox",
   "bookmakers": [
     {"key": "draftkings", "markets": [{"key": "h2h", "outcomes": [{"name": "New York Yankees", "price": -120}]},
                                       {"key": "totals"}]},
     {"key": "fanduel"},
     {"key": "betmgm", "markets": []}]},
  {"id": "ev-nobooks", "commence_time": "1931-06-06T17:05:00Z", "home_team": "New York Mets", "away_team": "Atlanta Braves"},
  {"id": "ev-empty", "commence_time": "1931-06-06T17:05:00Z", "home_team": "Chicago Cubs", "away_team": "St. Louis Cardinals", "bookmakers": []}
]$j$::jsonb)::raw_data.payload AS p;
SELECT results_eq($$SELECT source_game_id, book_text, market, price_text FROM odds_payload, raw_data.odds_api_lines(p) WHERE market <> 'unreadable'$$,
  $$VALUES ('ev-good', 'draftkings', 'moneyline', '-120')$$, 'the good price is read');
SELECT set_eq($$SELECT source_game_id, book_text, price_text FROM odds_payload, raw_data.odds_api_lines(p) WHERE market = 'unreadable'$$,
  $$VALUES ('ev-good', 'draftkings', '{"key": "totals"}'), ('ev-good', 'fanduel', '{"key": "fanduel"}'),
           ('ev-nobooks', NULL, '{"id": "ev-nobooks", "away_team": "Atlanta Braves", "home_team": "New York Mets", "commence_time": "1931-06-06T17:05:00Z"}')$$,
  'a market without outcomes, a bookmaker without markets and an event without bookmakers are stated as unreadable with their text');
SELECT is((SELECT count(*)::int FROM odds_payload, raw_data.odds_api_lines(p) WHERE source_game_id = 'ev-empty'), 0,
  'an event with an empty bookmakers list states nothing: there is nothing to read');
SELECT is((SELECT count(*)::int FROM odds_payload, raw_data.odds_api_lines(p) WHERE book_text = 'betmgm'), 0,
  '... nor a bookmaker with an empty markets list');

SELECT * FROM finish();
ROLLBACK;
