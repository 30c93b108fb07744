-- pgTAP: curated.line_history marks changes and the close, names the side, and reads one game by its index.
BEGIN;
SELECT plan(9);

SELECT has_view('curated', 'line_history', 'curated.line_history exists');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.line_history', 'SELECT'), 'the analyst reads it');

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-06-02', '2031-06-02 23:05Z', 'NYY', 'NYM', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, is_live, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'away', o.price, o.at::timestamptz, o.at::timestamptz > g.start_time, 'odds_api', 1,
       'odds_api_responses', 1,
       '2031-06-03 06:00Z', (SELECT max(id) FROM pipeline.runs)  -- a history fetched after the game
  FROM staging.games g,
       (VALUES ('draftkings', -120, '2031-06-02 20:00Z'), ('draftkings', -120, '2031-06-02 20:30Z'),
               ('draftkings', -130, '2031-06-02 21:00Z'), ('fanduel', -115, '2031-06-02 20:15Z'),
               ('fanduel', -125, '2031-06-02 21:30Z'), ('fanduel', -140, '2031-06-02 23:30Z')) o(book, price, at)
  JOIN staging.sportsbooks b ON b.book_key = o.book
 WHERE g.game_date = '2031-06-02';
SELECT curated.rebuild('2031-06-02');

SELECT is((SELECT DISTINCT pick FROM curated.line_history WHERE game_date = '2031-06-02'), 'NYM',
  'the away side is named by the away club, NYM, not the Yankees');
SELECT results_eq($$SELECT book, american_price, is_change FROM curated.line_history WHERE game_date = '2031-06-02' AND book = 'DraftKings' ORDER BY observed_at$$,
  $$VALUES ('DraftKings', -120, true), ('DraftKings', -120, false), ('DraftKings', -130, true)$$,
  'the first observation and each change are changes; a repeated price is not');
SELECT results_eq($$SELECT book, american_price FROM curated.line_history WHERE game_date = '2031-06-02' AND is_close ORDER BY book$$,
  $$VALUES ('DraftKings', -130), ('FanDuel', -125)$$,
  'the close is each book''s last price before first pitch, not the in-play one');
SELECT is((SELECT minutes_before_first_pitch FROM curated.line_history WHERE game_date = '2031-06-02' AND american_price = -140),
  -25, 'an in-play price is minutes after first pitch (negative)');

SELECT results_eq($$SELECT at, price_by_book FROM curated.line_history_wide((SELECT game_id FROM staging.games WHERE game_date = '2031-06-02')) ORDER BY at$$,
  $$VALUES ('2031-06-02 20:00Z'::timestamptz, '{"DraftKings": -120}'::jsonb),
           ('2031-06-02 20:15Z', '{"DraftKings": -120, "FanDuel": -115}'),
           ('2031-06-02 21:00Z', '{"DraftKings": -130, "FanDuel": -115}'),
           ('2031-06-02 21:30Z', '{"DraftKings": -130, "FanDuel": -125}'),
           ('2031-06-02 23:30Z', '{"DraftKings": -130, "FanDuel": -140}')$$,
  'line_history_wide: a row per moment a price changed, each book''s price carried forward; the repeat at 20:30 is no row');
SELECT is((SELECT bool_and(is_live = (at > '2031-06-02 23:05Z')) FROM curated.line_history_wide((SELECT game_id FROM staging.games WHERE game_date = '2031-06-02'))),
  true, 'line_history_wide marks moments after first pitch as live');
SELECT ok(has_function_privilege('mlb_analyst', 'curated.line_history_wide(bigint)', 'EXECUTE'), 'the analyst calls line_history_wide');

SELECT * FROM finish();
ROLLBACK;
