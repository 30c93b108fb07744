-- pgTAP: curated.latest_splits (each source's latest tickets and money before first pitch).
BEGIN;
SELECT plan(2);
SET LOCAL client_min_messages = warning;
\ir ../fixtures/steam_game.psql
-- A split taken in play (23:30Z, after the 23:05Z first pitch) is no pre-game public.
INSERT INTO staging.betting_splits (game_id, source, sportsbook_id, market, side, bets_percent, money_percent, observed_at,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT (SELECT game_id FROM tap_game), 'sbd', NULL, 'moneyline', s.side, s.bets, s.money, '2031-09-01 23:30Z', 1,
       'sbd_betting_splits', 2, '2031-09-01 23:30Z', (SELECT max(id) FROM pipeline.runs)
  FROM (VALUES ('away', 50, 50), ('home', 50, 50)) AS s(side, bets, money);
SELECT results_eq($$SELECT source, side, pick, bets_percent, money_percent, observed_at FROM curated.latest_splits
                     WHERE game_id = (SELECT game_id FROM tap_game) ORDER BY side$$,
  $$VALUES ('sbd'::text, 'away'::text, 'BOS'::text, 70.00::numeric(5,2), 40.00::numeric(5,2), '2031-09-01 22:00Z'::timestamptz),
           ('sbd', 'home', 'NYY', 30.00, 60.00, '2031-09-01 22:00Z')$$,
  'one row per source and side: the 22:00 split, the last before first pitch, not the in-play 50/50');
SELECT is((SELECT count(*)::int FROM curated.split_history WHERE game_id = (SELECT game_id FROM tap_game)), 6,
  'from the six splits the history holds');
SELECT * FROM finish();
ROLLBACK;
