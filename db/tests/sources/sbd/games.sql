-- pgTAP: raw_data.sbd_games on the sample day's SportsBettingDime payload (sample/sbd): payload in, games out.
BEGIN;
SELECT plan(6);
\set payload `cat sample/sbd/*_betting_splits_2025-06-14.json`
CREATE TEMP TABLE sbd AS SELECT ROW('sbd_betting_splits', 1, '2025-06-14', '2025-06-14 16:00Z', 200, :'payload'::jsonb)::raw_data.payload AS p;
CREATE TEMP VIEW games AS SELECT g.* FROM sbd, raw_data.sbd_games(p) g;
SELECT is((SELECT count(*)::int FROM games), (SELECT jsonb_array_length((p).payload->'games') FROM sbd), 'one game per entry of games');
SELECT results_eq($$SELECT source_game_id, start_text, home_text, away_text, teams_by, home_known FROM games WHERE source_game_id = '20250614.01-MLB-TB@BAL'$$,
  $$VALUES ('20250614.01-MLB-TB@BAL', '2025-06-14T17:05:00.000Z', 'BAL', 'TB', 'alias', true)$$,
  'home and away from home.code and away.code, never from list order, matched by alias; the start as stated');
SELECT is((SELECT count(*)::int FROM games WHERE source <> 'sbd' OR raw_table <> 'sbd_betting_splits' OR raw_id <> 1), 0, 'every game carries its source and raw row (lineage)');
SELECT is((SELECT count(*)::int FROM raw_data.sbd_games(ROW('sbd_betting_splits', 2, 'x', now(), 200, '{"games": "none"}')::raw_data.payload)), 0,
  'a games value that is not a list states no game (the payload check quarantines it)');
SELECT is((SELECT count(*)::int FROM games WHERE problem IS NOT NULL), 0,
  'every game of the sample page is on its page''s date (a start after 8 pm is still that New York date)');
-- A page dated a day off: group 2025-06-13, its games starting on the 14th (New York); a game without a readable
-- start, or a page without a group, is not judged.
SELECT results_eq($$SELECT source_game_id, problem FROM raw_data.sbd_games(ROW('sbd_betting_splits', 3, '2025-06-13', now(), 200,
    '{"group": "2025-06-13", "games": [{"_id": "a", "date": "2025-06-14T17:05:00.000Z"},
                                       {"_id": "b", "date": "2025-06-14T02:10:00.000Z"},
                                       {"_id": "c", "date": "soon"}]}')::raw_data.payload) ORDER BY 1$$,
  $$VALUES ('a', 'game_not_on_page_date'), ('b', NULL), ('c', NULL)$$,
  'a game whose New York date is not the page''s is game_not_on_page_date (02:10 UTC on the 14th is the 13th in New York)');
SELECT * FROM finish();
ROLLBACK;
