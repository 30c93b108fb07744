-- Raw views: lines exactly as stated, home/away from explicit fields, and source health.
BEGIN;
SELECT plan(17);

-- Action Network lists the home team first here: home/away must come from the ids.
SELECT raw_data.record_attempt('action_network', 'scoreboard', 'action_network_games', 'tap-day', now(), now(),
  p_http_status => 200, p_body => $j${"games": [{"id": 9001, "start_time": "2025-06-14T23:15:00.000Z",
    "home_team_id": 190, "away_team_id": 191,
    "teams": [{"id": 190, "full_name": "Boston Red Sox"}, {"id": 191, "full_name": "New York Yankees"}],
    "markets": {"68": {"event": {"moneyline": [{"side": "away", "odds": 105, "value": null},
                                               {"side": "home", "odds": -125, "value": null}],
                                 "total": [{"side": "over", "odds": -110, "value": 9.0}]}},
                "bogus": "not an object"}}]}$j$);
SELECT results_eq($$SELECT home_team_text, away_team_text, side_text, price_text FROM raw_data.moneylines_raw
   WHERE source_game_id = '9001' ORDER BY side_text$$,
  $$VALUES ('Boston Red Sox', 'New York Yankees', 'away', '105'), ('Boston Red Sox', 'New York Yankees', 'home', '-125')$$,
  'Action Network home/away come from home_team_id, not list order');
SELECT is((SELECT line_text FROM raw_data.totals_raw WHERE source_game_id = '9001'), '9.0', 'totals keep their points');

SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', '9001', now(), now(),
  p_http_status => 200, p_body => $j${"68": {"event": {"moneyline": [{"side": "home", "odds": -125, "history": [
    {"odds": -110, "value": null, "updated_at": "2025-06-13T16:00:00.000Z", "line_status": "normal"},
    {"odds": -110, "value": null, "updated_at": "2025-06-14T12:00:00.000Z", "line_status": "normal"},
    {"odds": -125, "value": null, "updated_at": "2025-06-14T22:02:00.000Z", "line_status": "normal"},
    {"odds": -999, "updated_at": "garbage"}]}]}}}$j$);
SELECT results_eq($$SELECT price_text, previous_price_text, observed_at FROM raw_data.line_movements_raw
   WHERE source_game_id = '9001' ORDER BY observed_at$$,
  $$VALUES ('-110', NULL, '2025-06-13 16:00Z'::timestamptz), ('-110', '-110', '2025-06-14 12:00Z'),
           ('-125', '-110', '2025-06-14 22:02Z'), ('-999', '-125', NULL)$$,
  'history points in time order with the point before; a point whose time is not real is kept with no time (staging quarantines it)');

SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-day', now(), now(),
  p_http_status => 200, p_body => $j${"games": [{"_id": "TAP.03-MLB-NYM@PHI", "date": "2025-06-14T20:05:00.000Z",
    "home": {"code": "PHI"}, "away": {"code": "NYM"},
    "sportsbooks": [{"name": "fanduel", "odds": {
      "moneyline": {"away": {"american": "+110"}, "home": {"american": "-130"}},
      "spread": {"away": {"points": "+1.5", "odds": {"american": "-190"}}, "home": {"points": "-1.5", "odds": {"american": "+160"}}},
      "total": {"over": {"points": "8", "odds": {"american": ""}}, "under": {"points": "8", "odds": {"american": "-110"}}}}}]}]}$j$);
SELECT results_eq($$SELECT market, side_text, line_text, price_text FROM raw_data.betting_lines_raw
   WHERE source = 'sbd' AND source_game_id = 'TAP.03-MLB-NYM@PHI' ORDER BY market, side_text$$,
  $$VALUES ('moneyline', 'away', NULL, '+110'), ('moneyline', 'home', NULL, '-130'),
           ('spread', 'away', '+1.5', '-190'), ('spread', 'home', '-1.5', '+160'),
           ('total', 'over', '8', ''), ('total', 'under', '8', '-110')$$,
  'SBD lines as stated, empty prices kept as empty text');
SELECT is((SELECT DISTINCT home_team_text || '/' || away_team_text FROM raw_data.betting_lines_raw
   WHERE source = 'sbd' AND source_game_id = 'TAP.03-MLB-NYM@PHI'), 'PHI/NYM', 'SBD home and away from its fields');

SELECT raw_data.record_attempt('odds_api', 'odds', 'odds_api_responses', 'tap-day', now() - interval '1 hour', now() - interval '1 hour',
  p_http_status => 200, p_body => $j$[{"id": "tap-e1", "commence_time": "2025-06-14T20:05:00Z", "home_team": "Philadelphia Phillies",
    "away_team": "New York Mets", "bookmakers": [{"key": "draftkings", "last_update": "2025-06-14T16:08:12Z", "markets": [
      {"key": "h2h", "outcomes": [{"name": "New York Mets", "price": 110}, {"name": "Philadelphia Phillies", "price": -130}]},
      {"key": "totals", "last_update": "2025-06-14T16:09:00Z", "outcomes": [{"name": "Over", "price": -105, "point": 8.5}]}]}]}]$j$);
SELECT results_eq($$SELECT source_market, market, side_text, price_text, observed_at FROM raw_data.betting_lines_raw
   WHERE source = 'odds_api' AND source_game_id = 'tap-e1' ORDER BY market, side_text$$,
  $$VALUES ('h2h', 'moneyline', 'New York Mets', '110', '2025-06-14 16:08:12Z'::timestamptz),
           ('h2h', 'moneyline', 'Philadelphia Phillies', '-130', '2025-06-14 16:08:12Z'),
           ('totals', 'total', 'Over', '-105', '2025-06-14 16:09:00Z')$$,
  'Odds API outcomes named by team; market update time wins over the bookmaker''s');

-- SBRO: both season layouts.
SELECT raw_data.record_attempt('sbro', 'season_file', 'sbro_odds', 'tap-2014.xlsx', now(), now(), p_mode => 'import',
  p_body_sha256 => repeat('0', 64), p_rendered_payload => $j${"sheets": [{"name": "Sheet1", "rows": [
    ["Date", "Rot", "VH", "Team", "Pitcher", "Final", "Open", "Close", "RL", "Open OU", null, "Close OU", null],
    [322, 993, "V", "LOS", "CKERSHAW-L", 3, -170, -165, "-1.5(-104)", 6.5, -110, 7, -120],
    [322, 994, "H", "ARI", "WMILEY-L", 1, 150, 145, "+1.5(-116)", 6.5, -110, 7, 100]]},
    {"name": "Sheet2", "rows": []}]}$j$);
SELECT raw_data.record_attempt('sbro', 'season_file', 'sbro_odds', 'tap-2018.xlsx', now(), now(), p_mode => 'import',
  p_body_sha256 => repeat('1', 64), p_rendered_payload => $j${"sheets": [{"name": "Sheet1", "rows": [
    ["Date", "Rot", "VH", "Team", "Pitcher", "Final", "Open", "Close", "Run Line", null, "Open OU", null, "Close OU", null],
    [329, 901, "V", "CUB", "JLESTER-L", 8, -175, -200, -1.5, -125, 8, -105, 8, -120]]}]}$j$);
SELECT results_eq($$SELECT source_market, side_text, side_team_text, line_text, price_text, observation_kind
   FROM raw_data.betting_lines_raw l JOIN raw_data.sbro_odds r ON r.id = l.raw_id AND l.raw_table = 'sbro_odds'
   WHERE r.request_key = 'tap-2014.xlsx' AND l.source_game_id = 'tap-2014.xlsx:Sheet1:row2' ORDER BY 1$$,
  $$VALUES ('Close', 'V', 'LOS', NULL, '-165', 'close'), ('Close OU', 'V', 'LOS', '7', '-120', 'close'),
           ('Open', 'V', 'LOS', NULL, '-170', 'open'), ('Open OU', 'V', 'LOS', '6.5', '-110', 'open'),
           ('RL', 'V', 'LOS', '-1.5', '-104', 'close')$$,
  '2014 layout: run line and price split from one cell, OU prices from the blank-headed column');
SELECT results_eq($$SELECT source_market, line_text, price_text
   FROM raw_data.betting_lines_raw l JOIN raw_data.sbro_odds r ON r.id = l.raw_id AND l.raw_table = 'sbro_odds'
   WHERE r.request_key = 'tap-2018.xlsx' AND l.market IN ('spread', 'total') ORDER BY 1$$,
  $$VALUES ('Close OU', '8', '-120'), ('Open OU', '8', '-105'), ('Run Line', '-1.5', '-125')$$,
  '2018 layout: run line and its price in two columns');
SELECT is((SELECT count(*)::int FROM raw_data.betting_lines_raw l JOIN raw_data.sbro_odds r ON r.id = l.raw_id
   AND l.raw_table = 'sbro_odds' WHERE r.request_key = 'tap-2014.xlsx'), 10, 'five lines per SBRO row, header excluded');

-- VSIN: columns by header text, sides by page position (home/away is staging's call).
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', 'tap-day:circa', now() - interval '6 hours', now() - interval '6 hours',
  p_http_status => 200, p_body => '<html>...</html>', p_rendered_payload => $j${"tables": [{"rows": [
    [{"texts": ["Saturday,Jun 14"]}, {"texts": ["Moneyline"]}, {"texts": ["Bets"]}, {"texts": ["Total"]}, {"texts": ["Run Line"]}],
    [{"texts": ["New York Mets", "Philadelphia Phillies"]}, {"texts": ["+110", "-130"]}, {"texts": ["72%", "28%"]},
     {"texts": ["8", "8"]}, {"texts": ["+1.5 -190", "-1.5 +160"]}]]}]}$j$);
SELECT results_eq($$SELECT book_text, market, side_text, side_team_text, line_text, price_text FROM raw_data.betting_lines_raw
   WHERE source = 'vsin' AND source_game_id = 'tap-day:circa:1:2' ORDER BY market, side_text$$,
  $$VALUES ('circa', 'moneyline', 'first', 'New York Mets', NULL, '+110'),
           ('circa', 'moneyline', 'second', 'Philadelphia Phillies', NULL, '-130'),
           ('circa', 'spread', 'first', 'New York Mets', '+1.5', '-190'),
           ('circa', 'spread', 'second', 'Philadelphia Phillies', '-1.5', '+160'),
           ('circa', 'total', 'first', 'New York Mets', '8', NULL),
           ('circa', 'total', 'second', 'Philadelphia Phillies', '8', NULL)$$,
  'VSIN lines by header, sides by position, no home/away guessed');

-- Malformed payloads never break the views.
SELECT raw_data.record_attempt('odds_api', 'odds', 'odds_api_responses', 'tap-bad', now() - interval '1 hour', now() - interval '1 hour',
  p_http_status => 200, p_body => '{"message": "not an array"}');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-bad', now(), now(),
  p_http_status => 200, p_body => '{"games": "nope"}');
SELECT lives_ok('SELECT count(*) FROM raw_data.betting_lines_raw', 'views survive payloads of the wrong shape');

-- Source health: ok, stale and failing, by the documented thresholds.
INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome, raw_table, raw_id, request_key)
SELECT 'mlb_stats_api', 'schedule', now() - interval '10 minutes', now() - interval '10 minutes', 'unchanged', 'mlb_stats_api', 1, 'h'
UNION ALL
SELECT 'sbro', 'season_file', now() - interval '10 minutes', now() - interval '10 minutes' + interval '400 ms',
       'unchanged', 'sbro_odds', 1, 'h'
UNION ALL
SELECT 'vsin', 'betting_splits', now() - interval '5 hours', now() - interval '5 hours', 'unchanged', 'vsin_data', 1, 'h';
INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome, error_text)
SELECT 'odds_api', 'odds', now() - n * interval '1 minute', now() - n * interval '1 minute', 'http_error', 'boom'
  FROM generate_series(1, 3) n;
INSERT INTO raw_data.collection_log (source, endpoint, started_at, finished_at, outcome, error_text)
VALUES ('action_network', 'scoreboard', now(), now(), 'skipped_disabled', 'off');

SELECT is((SELECT freshness_status FROM raw_data.source_health WHERE source = 'mlb_stats_api'), 'ok', 'a recent success is ok');
SELECT is((SELECT freshness_status FROM raw_data.source_health WHERE source = 'vsin'), 'stale', 'older than stale_after is stale');
SELECT is((SELECT freshness_status FROM raw_data.source_health WHERE source = 'odds_api'), 'failing', 'three failures in a row is failing');
SELECT is((SELECT consecutive_failures::int FROM raw_data.source_health WHERE source = 'odds_api'), 3, 'consecutive failures counted');
SELECT is((SELECT median_latency_ms_24h FROM raw_data.source_health WHERE source = 'sbro'), 400.0, 'median latency in ms');
SELECT is((SELECT skipped_24h::int FROM raw_data.source_health WHERE source = 'action_network'), 1, 'skips are counted apart');

SELECT * FROM finish();
ROLLBACK;
