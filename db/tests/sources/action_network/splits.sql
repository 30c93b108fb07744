-- pgTAP: raw_data.action_network_splits on the sample day's scoreboard: payload in, tickets and money out.
BEGIN;
SELECT plan(1);
\set sb `cat sample/action_network/*_scoreboard_2025-06-14.json`
CREATE TEMP TABLE sb AS SELECT ROW('action_network_games', 1, '2025-06-14', '2025-06-14 15:00Z', 200, :'sb'::jsonb)::raw_data.payload AS p;
SELECT set_eq($$SELECT book_text, market, side_text, bets_text, money_text FROM sb, raw_data.action_network_splits(p)
                 WHERE source_game_id = '258101' AND market = 'moneyline'$$,
  $$VALUES ('15', 'moneyline', 'away', '73.0', '67.0'), ('15', 'moneyline', 'home', '27.0', '33.0')$$,
  'tickets and money percent per side, from bet_info of the consensus book');
SELECT * FROM finish();
ROLLBACK;
