-- pgTAP: staging.mark_shown_again (an unchanged fetch marks the games its body states).
BEGIN;
SELECT plan(4);
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2034-06-01', '2034-06-01 23:05Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs)),
       ('2034-06-01', '2034-06-01 23:10Z', 'NYM', 'PHI', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE g AS SELECT game_id, home_team FROM staging.games WHERE game_date = '2034-06-01';
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', -120, '2034-06-01 20:00Z', 'odds_api', 1, 'odds_api_responses', -71,
       '2034-06-01 20:00Z', (SELECT max(id) FROM pipeline.runs)
  FROM g, staging.sportsbooks b WHERE g.home_team = 'NYY' AND b.book_key = 'draftkings';
INSERT INTO staging.betting_splits (game_id, source, market, side, bets_percent, money_percent, observed_at,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, 'sbd', 'moneyline', 'away', 70, 40, '2034-06-01 20:00Z', 1, 'sbd_betting_splits', -72, '2034-06-01 20:00Z',
       (SELECT max(id) FROM pipeline.runs)
  FROM g WHERE g.home_team = 'NYM';
DELETE FROM staging.stale_line_summaries;
DELETE FROM pipeline.dirty_dates;
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('odds_api', 'odds', '2034-06-01', '2034-06-01 22:50Z', '2034-06-01 22:50Z', 200, 'unchanged', 'odds_api_responses', -71);
SELECT results_eq($$SELECT s.game_id FROM staging.stale_line_summaries s$$, $$SELECT game_id FROM g WHERE home_team = 'NYY'$$,
  'an unchanged fetch of the odds marks the game its lines belong to for new summaries');
SELECT results_eq($$SELECT game_date, game_id FROM pipeline.dirty_dates$$,
  $$SELECT '2034-06-01'::date, game_id FROM g WHERE home_team = 'NYY'$$, 'and for a curated rebuild of that game');
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('sbd', 'betting_splits', '2034-06-01', '2034-06-01 22:51Z', '2034-06-01 22:51Z', 200, 'unchanged', 'sbd_betting_splits', -72);
SELECT ok((SELECT game_id FROM g WHERE home_team = 'NYM') IN (SELECT game_id FROM pipeline.dirty_dates),
  'an unchanged fetch of splits marks their game');
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, error_text)
VALUES ('sbd', 'betting_splits', '2034-06-01', '2034-06-01 22:52Z', '2034-06-01 22:52Z', 500, 'http_error', 'HTTP 500');
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates), 2, 'a failed attempt marks nothing');
SELECT * FROM finish();
ROLLBACK;
