-- pgTAP: raw_data.odds_api_lines: payload in, prices out (the sample day's odds and shapes that cannot be read).
BEGIN;
SELECT plan(6);
\set oa `cat sample/odds_api/*_odds_2025-06-14.json`
CREATE TEMP TABLE oa AS SELECT ROW('odds_api_responses', 1, '2025-06-14', '2025-06-14 16:10Z', 200, :'oa'::jsonb)::raw_data.payload AS p;
SELECT set_eq($$SELECT book_text, market, side_team_text, price_text, observed_at FROM oa, raw_data.odds_api_lines(p)
                 WHERE source_game_id = '6ae9aab2276c652283fb936042d3df95' AND book_text = 'draftkings' AND market = 'moneyline'$$,
  $$VALUES ('draftkings', 'moneyline', 'Baltimore Orioles', '103', '2025-06-14T16:08:12Z'::timestamptz),
           ('draftkings', 'moneyline', 'Tampa Bay Rays', '-123', '2025-06-14T16:08:12Z')$$,
  'h2h is the moneyline, each outcome by its club''s name, observed at the market''s last_update');
SELECT ok((SELECT bool_and(line_text IS NOT NULL) FROM oa, raw_data.odds_api_lines(p) WHERE market IN ('spread', 'total')), 'spreads and totals carry their points');

-- No silent zero: an event, bookmaker or market without its list is stated as
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
