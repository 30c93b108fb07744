-- pgTAP: raw_data.sbd_lines: payload in, prices out (the sample day's payload and shapes that cannot be read).
BEGIN;
SELECT plan(5);
\set payload `cat sample/sbd/*_betting_splits_2025-06-14.json`
CREATE TEMP TABLE sample AS SELECT ROW('sbd_betting_splits', 1, '2025-06-14', '2025-06-14 16:00Z', 200, :'payload'::jsonb)::raw_data.payload AS p;
SELECT set_eq($$SELECT market, side, price_text, line_text, observed_at, observation_kind FROM sample, raw_data.sbd_lines(p)
                 WHERE source_game_id = '20250614.01-MLB-TB@BAL' AND book_text = 'draftkings' AND market = 'moneyline'$$,
  $$VALUES ('moneyline', 'away', '-121', NULL::text, '2025-06-14 16:00Z'::timestamptz, 'snapshot'), ('moneyline', 'home', '+102', NULL, '2025-06-14 16:00Z', 'snapshot')$$,
  'a moneyline: the American price per side as stated, observed when fetched (a snapshot)');
SELECT ok((SELECT bool_and(line_text IS NOT NULL) FROM sample, raw_data.sbd_lines(p) WHERE market IN ('spread', 'total')),
  'spreads and totals carry their points');

-- No silent zero: a game without its sportsbooks list and a sportsbook without its
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
