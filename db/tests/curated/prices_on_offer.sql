-- pgTAP: curated.prices_on_offer (the prices a bettor can take now) and the board's best price now.
BEGIN;
SELECT plan(5);
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
-- A game two hours from now. DraftKings -150/+130 shown 10 minutes ago; FanDuel +140 on the away side shown
-- 3 hours ago and never since (it stopped quoting), -135 home shown 10 minutes ago; Circa's -140 home was fetched
-- 2 hours ago and its body came back unchanged 5 minutes ago.
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ((now() + interval '2 hours')::date, date_trunc('minute', now()) + interval '2 hours', 'CLE', 'DET', 'scheduled',
        'mlb_stats_api', now(), 1, 'mlb_stats_api', 1, (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE g AS SELECT game_id, game_date FROM staging.games WHERE home_team = 'CLE' AND away_team = 'DET'
  AND start_time = date_trunc('minute', now()) + interval '2 hours';
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', o.side, o.price, now() - o.ago, 'sbd', 1, 'sbd_betting_splits', o.raw,
       now() - o.ago, (SELECT max(id) FROM pipeline.runs)
  FROM g, staging.sportsbooks b,
       (VALUES ('draftkings', 'home', -150, interval '10 minutes', 41), ('draftkings', 'away', 130, interval '10 minutes', 41),
               ('fanduel', 'away', 140, interval '3 hours', 42), ('fanduel', 'home', -135, interval '10 minutes', 43),
               ('circa', 'home', -140, interval '2 hours', 44)) o(book, side, price, ago, raw)
 WHERE b.book_key = o.book;
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('sbd', 'betting_splits', 'tap', now() - interval '5 minutes', now() - interval '5 minutes', 200, 'unchanged',
        'sbd_betting_splits', 44);
SELECT curated.rebuild((SELECT game_date FROM g));
SELECT results_eq($$SELECT book, side, american_price FROM curated.prices_on_offer WHERE game_id = (SELECT game_id FROM g) ORDER BY 2, 1$$,
  $$VALUES ('DraftKings'::text, 'away'::text, 130), ('Circa Sports', 'home', -140), ('DraftKings', 'home', -150), ('FanDuel', 'home', -135)$$,
  'on offer now: quotes shown within the window (an unchanged fetch counts), not FanDuel''s +140 of 3 hours ago');
SELECT results_eq($$SELECT prices_as_of, best_away_price, best_away_book, best_home_price, best_home_book FROM curated.game_board
                     WHERE game_id = (SELECT game_id FROM g)$$,
  $$VALUES ('now'::text, 130, 'DraftKings'::text, -135, 'FanDuel'::text)$$,
  'the board pairs prices on offer together: +130 beside -135, never FanDuel''s stale +140');
SELECT ok((SELECT best_home_at > now() - interval '11 minutes' FROM curated.game_board WHERE game_id = (SELECT game_id FROM g)),
  'each best price says when it was last shown');
UPDATE pipeline.settings SET value = '240' WHERE key = 'lines.close_window_minutes';
SELECT is((SELECT best_away_price FROM curated.game_board WHERE game_id = (SELECT game_id FROM g)), 140,
  'the window is lines.close_window_minutes: at 4 hours FanDuel''s +140 is on offer');
UPDATE staging.games SET status = 'live' WHERE game_id = (SELECT game_id FROM g);
SELECT is((SELECT count(*)::int FROM curated.prices_on_offer WHERE game_id = (SELECT game_id FROM g)), 0,
  'nothing is on offer pre-game once the game is live');
SELECT * FROM finish();
ROLLBACK;
