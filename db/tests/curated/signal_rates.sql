-- pgTAP: curated.signal_rates (each signal's share of games per date and season).
BEGIN;
SELECT plan(3);
SET LOCAL client_min_messages = warning;
\ir ../fixtures/steam_game.psql
-- A second game that date, with no prices, and a postponed one, which does not count.
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-09-01', '2031-09-01 17:05Z', 'TOR', 'BAL', 'final', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 2, (SELECT max(id) FROM pipeline.runs)),
       ('2031-09-01', '2031-09-01 18:05Z', 'SEA', 'TEX', 'postponed', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 3, (SELECT max(id) FROM pipeline.runs));
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT signal, games, games_with_signal, percent_of_games FROM curated.signal_rates
                     WHERE game_date = '2031-09-01' AND signal IN ('steam', 'sharp_action') ORDER BY signal$$,
  $$VALUES ('sharp_action'::text, 2::bigint, 1::bigint, 50.0::numeric), ('steam', 2, 1, 50.0)$$,
  'steam and sharp action on one of the two games played that date (the postponed one left out)');
SELECT is((SELECT count(*)::int FROM curated.signal_rates WHERE game_date = '2031-09-01'), 6, 'a row for every signal, fired or not');
SELECT ok((SELECT games_with_signal >= 1 FROM curated.signal_rates WHERE season = 2031 AND game_date IS NULL AND signal = 'steam'),
  'and a row for the whole season');
SELECT * FROM finish();
ROLLBACK;
