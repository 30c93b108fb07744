-- pgTAP: raw_data.action_network_lines on the sample day's scoreboard: payload in, prices out.
BEGIN;
SELECT plan(3);
\set sb `cat sample/action_network/*_scoreboard_2025-06-14.json`
CREATE TEMP TABLE sb AS SELECT ROW('action_network_games', 1, '2025-06-14', '2025-06-14 15:00Z', 200, :'sb'::jsonb)::raw_data.payload AS p;
SELECT set_eq($$SELECT book_text, market, side, line_text, price_text, observed_at, observation_kind FROM sb, raw_data.action_network_lines(p)
                 WHERE source_game_id = '258101' AND book_text = '15' AND market = 'moneyline'$$,
  $$VALUES ('15', 'moneyline', 'away', NULL::text, '-126', '2025-06-14 15:00Z'::timestamptz, 'snapshot'),
           ('15', 'moneyline', 'home', NULL, '106', '2025-06-14 15:00Z', 'snapshot')$$,
  'a book''s moneyline per side: the odds as stated, observed when fetched');
SELECT results_eq($$SELECT side, line_text, price_text FROM sb, raw_data.action_network_lines(p)
                     WHERE source_game_id = '258101' AND book_text = '15' AND market = 'spread' AND side = 'away'$$,
  $$VALUES ('away', '-1.5', '158')$$, 'a spread carries its value as the line');
SELECT results_eq($$SELECT market, side, line_text, price_text FROM raw_data.action_network_lines(ROW('action_network_games', 3, '2025-06-14', now(), 200,
                      '{"games": [{"id": 9, "start_time": "2025-06-14T17:05:00Z", "odds": [{"book_id": 15, "type": "game", "ml_home": -130, "ml_away": 110}]}]}')::raw_data.payload)
                     WHERE market = 'moneyline' ORDER BY side$$,
  $$VALUES ('moneyline', 'away', NULL::text, '110'), ('moneyline', 'home', NULL, '-130')$$,
  'the v1 shape (odds objects with ml_home and ml_away) is read too');
SELECT * FROM finish();
ROLLBACK;
