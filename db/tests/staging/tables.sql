-- Table contracts: natural keys and checks that make bad rows impossible.
BEGIN;
SELECT plan(8);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2030-01-01', '2030-01-01 18:00Z', 'NYY', 'NYM', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 1,
        (SELECT max(id) FROM pipeline.runs));

SELECT throws_ok($$INSERT INTO staging.games (game_date, home_team, away_team, status, status_source, status_fetched_at,
  quality_score, raw_table, raw_id, pipeline_run_id) VALUES ('2030-01-01', 'NYY', 'NYY', 'scheduled', 'sbd', now(), 1, 'x', 1,
  (SELECT max(id) FROM pipeline.runs))$$, '23514', NULL, 'home and away must differ');
SELECT throws_ok($$INSERT INTO staging.games (game_date, home_team, away_team, status, status_source, status_fetched_at,
  quality_score, raw_table, raw_id, pipeline_run_id) VALUES ('2030-01-01', 'NYY', 'NYM', 'scheduled', 'sbd', now(), 1, 'x', 1,
  (SELECT max(id) FROM pipeline.runs))$$, '23505', NULL, 'one game per date, teams and game number');

CREATE TEMP TABLE good_line AS
SELECT (SELECT game_id FROM staging.games WHERE game_date = '2030-01-01') AS game_id,
       (SELECT sportsbook_id FROM staging.sportsbooks WHERE book_key = 'draftkings') AS sportsbook_id;
SELECT lives_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
  quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id) SELECT game_id, sportsbook_id, 'moneyline', 'home', -120, '2030-01-01 12:00Z',
  'sbd', 1, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs) FROM good_line$$, 'a line');
SELECT throws_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
  quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id) SELECT game_id, sportsbook_id, 'moneyline', 'home', -125, '2030-01-01 12:00Z',
  'sbd', 1, 'sbd_betting_splits', 2, now(), (SELECT max(id) FROM pipeline.runs) FROM good_line$$, '23505', NULL,
  'the same observation cannot be stored twice');
SELECT throws_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
  quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id) SELECT game_id, sportsbook_id, 'moneyline', 'away', -50, '2030-01-01 12:00Z',
  'sbd', 1, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs) FROM good_line$$, '23514', NULL,
  'no price between -100 and +100');
SELECT throws_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, source,
  quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id) SELECT game_id, sportsbook_id, 'moneyline', 'away', 1.5, 110, '2030-01-01 12:00Z',
  'sbd', 1, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs) FROM good_line$$, '23514', NULL,
  'a moneyline has no points');
SELECT throws_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, source,
  quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id) SELECT game_id, sportsbook_id, 'total', 'home', 8.5, 110, '2030-01-01 12:00Z',
  'sbd', 1, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs) FROM good_line$$, '23514', NULL,
  'a total has over and under, not home');
SELECT is((SELECT round(decimal_price, 4) || '/' || round(implied_probability, 4) FROM staging.betting_lines l JOIN good_line USING (game_id)),
  '1.8333/0.5455', 'decimal and implied probability follow the American price');

SELECT * FROM finish();
ROLLBACK;
