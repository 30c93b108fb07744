-- pgTAP: staging/promote/stated_games (promotion step: the batchs games, checked): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(9);

-- Copies of one source game in a payload are one statement (reworked after v0.2.0).
DELETE FROM pipeline.promotion_queue;
SELECT raw_data.record_attempt('odds_api', 'odds', 'odds_api_responses', 'tap-dup-events', now(), now(), p_http_status => 200,
  p_body => (SELECT jsonb_agg(e)::text FROM generate_series(1, 50),
               LATERAL (SELECT '{"id": "tap-dup", "commence_time": "2003-05-06T17:05:00Z", "home_team": "New York Yankees",
                 "away_team": "Boston Red Sox", "bookmakers": [{"key": "draftkings", "markets": [{"key": "h2h",
                 "last_update": "2003-05-06T16:00:00Z", "outcomes": [{"name": "New York Yankees", "price": -120},
                 {"name": "Boston Red Sox", "price": 110}]}]}]}'::jsonb AS e) x));
SELECT is((SELECT status FROM staging.promote(10)), 'succeeded', 'fifty copies of one event promote');
SELECT is((SELECT count(*) FROM staging.games WHERE game_date = '2003-05-06'), 1::bigint, 'as one game');
SELECT is((SELECT count(*) FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_date = '2003-05-06'),
  2::bigint, 'with one price per side');

-- A game centuries ahead is not real (reworked after v0.2.0).
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-2999', now(), now(), p_http_status => 200,
  p_body => '{"dates": [{"games": [{"gamePk": 998001, "gameDate": "2999-06-14T17:05:00Z", "gameNumber": 1, "status": {"codedGameState": "S"},
             "teams": {"home": {"team": {"id": 147}}, "away": {"team": {"id": 111}}}}]}]}');
SELECT is((SELECT status FROM staging.promote(10)), 'succeeded', 'the batch goes on');
SELECT is((SELECT v.rule FROM staging.validation_results v JOIN raw_data.mlb_stats_api r ON v.raw_table = 'mlb_stats_api' AND v.raw_id = r.id
            WHERE r.request_key = 'tap-2999'), 'game_date_out_of_range', 'a game in 2999 is quarantined with its reason');

-- Every copy checked (issue 29): an older schedule naming gamePk 998002 without its clubs, then a newer one with
-- them, promoted in one batch (as a rebuild takes them) and one by one (as they arrive): the same reasons.
CREATE TEMP TABLE tap_copies (key text, body text, fetched timestamptz);
INSERT INTO tap_copies VALUES
  ('tap-copy-old', '{"dates": [{"games": [{"gamePk": 998002, "gameDate": "2004-06-14T17:05:00Z", "gameNumber": 1,
     "status": {"codedGameState": "S"}, "teams": {}}]}]}', '2004-06-13 10:00Z'),
  ('tap-copy-new', '{"dates": [{"games": [{"gamePk": 998002, "gameDate": "2004-06-14T17:05:00Z", "gameNumber": 1,
     "status": {"codedGameState": "S"}, "teams": {"home": {"team": {"id": 147}}, "away": {"team": {"id": 111}}}}]}]}', '2004-06-13 12:00Z');
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', key, fetched, fetched, p_http_status => 200, p_body => body)
  FROM tap_copies ORDER BY fetched;
SELECT is((SELECT status FROM staging.promote(10)), 'succeeded', 'both copies in one batch');
CREATE TEMP TABLE tap_one_batch AS
SELECT r.request_key, v.rule FROM staging.validation_results v JOIN raw_data.mlb_stats_api r ON v.raw_table = 'mlb_stats_api' AND v.raw_id = r.id
 WHERE r.request_key LIKE 'tap-copy-%';
SELECT results_eq($$SELECT request_key, rule FROM tap_one_batch ORDER BY 1$$, $$VALUES ('tap-copy-old', 'missing_team')$$,
  'the older copy the batch does not stage keeps its reason');
SELECT is((SELECT home_team || '-' || away_team FROM staging.games WHERE game_pk = 998002), 'NYY-BOS', 'the newer copy is staged');
SELECT results_eq($$SELECT table_name, rows_before, rows_after FROM staging.rebuild('2004-06-14') WHERE table_name = 'validation_results'$$,
  $$VALUES ('validation_results'::text, 1::bigint, 1::bigint)$$, 'a rebuild of the date keeps it');

SELECT * FROM finish();
ROLLBACK;
