-- pgTAP: the board family on one graded game (NYM @ NYY, final 5-3; two books; tickets on the Yankees, money on the Mets):
-- curated.game_board, closing_lines, signals_by_date and split_history, checked by hand.
BEGIN;
SELECT plan(13);

SELECT has_view('curated', 'game_board', 'curated.game_board exists');
SELECT view_owner_is('curated', 'game_board', 'mlb_owner', 'curated.game_board is owned by mlb_owner');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.game_board', 'SELECT'), 'the analyst reads the board');

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, home_score, away_score, status_source,
                           status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-06-03', '2031-06-03 23:05Z', 'NYY', 'NYM', 'final', 3, 5, 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, o.market, o.side, o.line, o.price, '2031-06-03 22:00Z', 'odds_api', 1,
       'odds_api_responses', 1, '2031-06-03 22:30Z', (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g,
       (VALUES ('draftkings', 'moneyline', 'home', NULL, -150), ('draftkings', 'moneyline', 'away', NULL, 130),
               ('fanduel', 'moneyline', 'home', NULL, -140), ('fanduel', 'moneyline', 'away', NULL, 120),
               ('draftkings', 'total', 'over', 8.5, -110), ('draftkings', 'total', 'under', 8.5, -110),
               ('fanduel', 'total', 'over', 8.5, -105), ('fanduel', 'total', 'under', 8.5, -115)) o(book, market, side, line, price)
  JOIN staging.sportsbooks b ON b.book_key = o.book
 WHERE g.game_date = '2031-06-03';
INSERT INTO staging.betting_splits (game_id, source, market, side, bets_percent, money_percent, observed_at, quality_score,
                                    raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, 'sbd', 'moneyline', s.side, s.bets, s.money, '2031-06-03 21:00Z', 1, 'sbd_betting_splits', 1, now(),
       (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, (VALUES ('home', 80, 40), ('away', 20, 60)) s(side, bets, money)
 WHERE g.game_date = '2031-06-03';
SELECT curated.rebuild('2031-06-03');

-- DK -150/+130 and FD -140/+120: fair home 0.6/1.034783 = 0.579832 and 0.583333/1.037879 = 0.562044, mean 0.570938.
SELECT results_eq($$SELECT pick, books, fair_probability, fair_price, best_close_price, best_close_book, result
                      FROM curated.closing_lines WHERE game_date = '2031-06-03' AND market = 'moneyline' ORDER BY side$$,
  $$VALUES ('NYM', 2, 0.4291, 133, 130, 'DraftKings', 'win'), ('NYY', 2, 0.5709, -133, -140, 'FanDuel', 'loss')$$,
  'closing_lines: consensus fair probability and price by hand, the best price with its book''s name, the result');
SELECT results_eq($$SELECT pick, line, best_close_price, best_close_book, result FROM curated.closing_lines
                     WHERE game_date = '2031-06-03' AND market = 'total' ORDER BY side$$,
  $$VALUES ('Over', 8.5, -105, 'FanDuel', 'loss'), ('Under', 8.5, -110, 'DraftKings', 'win')$$,
  'closing_lines: totals name Over and Under and grade at the consensus line (8 runs: under 8.5 wins)');
SELECT results_eq($$SELECT matchup, away_name, home_name, first_pitch_new_york, winner, away_fair_price, home_fair_price,
                           best_away_price, best_away_book, best_home_price, best_home_book, total
                      FROM curated.game_board WHERE game_date = '2031-06-03'$$,
  $$VALUES ('NYM @ NYY', 'New York Mets', 'New York Yankees', '2031-06-03 19:05'::timestamp, 'NYM', 133, -133,
            130, 'DraftKings', -140, 'FanDuel', 8.5::numeric(5,1))$$,
  'game_board: the Mets are the Mets, first pitch on the New York clock (EDT, UTC-4), the winner, fair and best prices');
SELECT is((SELECT signals FROM curated.game_board WHERE game_date = '2031-06-03'),
  'fade_the_public ML NYM, sharp_action ML NYM', 'game_board lists the signals by the side''s name');
SELECT is((SELECT strategy_bets FROM curated.game_board WHERE game_date = '2031-06-03'),
  'fade_public_moneyline: NYM +130 win, favourite_moneyline_at_close: NYY -140 loss, home_moneyline_at_close: NYY -140 loss, under_at_close: Under 8.5 -110 win',
  'game_board lists each strategy''s bet at the price taken, with its result');
SELECT results_eq($$SELECT signal, pick, minutes_before_first_pitch, result FROM curated.signals_by_date
                     WHERE game_date = '2031-06-03' ORDER BY signal$$,
  $$VALUES ('fade_the_public', 'NYM', 125, 'win'), ('sharp_action', 'NYM', 125, 'win')$$,
  'signals_by_date: the side by name, known 125 minutes before first pitch, and how it did');
SELECT results_eq($$SELECT pick, bets_percent, money_percent, money_minus_bets FROM curated.split_history
                     WHERE game_date = '2031-06-03' ORDER BY side$$,
  $$VALUES ('NYM', 20.00, 60.00, 40.00), ('NYY', 80.00, 40.00, -40.00)$$,
  'split_history: tickets against money per side by name');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-06-03', '2031-06-03 17:05Z', 'BOS', 'TB', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 2,
        (SELECT max(id) FROM pipeline.runs));
SELECT results_eq($$SELECT matchup, status, signal_count, bet_count, best_home_price FROM curated.game_board
                     WHERE game_date = '2031-06-03' ORDER BY start_time$$,
  $$VALUES ('TB @ BOS', 'scheduled', 0, 0, NULL::int), ('NYM @ NYY', 'final', 2, 4, -140)$$,
  'a game without prices is on the board too, with nothing invented for it');

-- The clubs as they were that season (issue 29): a 2023 Athletics home game, and one in 2025.
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, home_score, away_score, status_source,
                           status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2023-06-14', '2023-06-15 01:40Z', 'ATH', 'HOU', 'final', 6, 2, 'mlb_stats_api', now(), 1, 'mlb_stats_api', 3,
        (SELECT max(id) FROM pipeline.runs)),
       ('2025-06-14', '2025-06-14 20:05Z', 'ATH', 'HOU', 'final', 2, 6, 'mlb_stats_api', now(), 1, 'mlb_stats_api', 4,
        (SELECT max(id) FROM pipeline.runs));
SELECT results_eq($$SELECT game_date::text, matchup, away_team, home_team, home_name, winner FROM curated.game_board
                     WHERE home_team IN ('OAK', 'ATH') AND game_date IN ('2023-06-14', '2025-06-14') ORDER BY game_date$$,
  $$VALUES ('2023-06-14', 'HOU @ OAK', 'HOU', 'OAK', 'Oakland Athletics', 'OAK'), ('2025-06-14', 'HOU @ ATH', 'HOU', 'ATH', 'Athletics', 'HOU')$$,
  'the 2023 Athletics are OAK, the Oakland Athletics; in 2025 ATH, the Athletics');
SELECT is((SELECT home_team FROM staging.games WHERE game_date = '2023-06-14' AND away_team = 'HOU'), 'ATH',
  'staging keeps the club''s one key for every season');

SELECT * FROM finish();
ROLLBACK;
