-- pgTAP: staging.promote_splits (promotion step 9: betting splits): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_splits');
SELECT staging.promote_splits((SELECT id FROM tap_run));
SELECT set_eq($$SELECT s.side, s.bets_percent, s.money_percent, s.bet_count FROM staging.betting_splits s JOIN staging.games g USING (game_id)
                 WHERE s.source = 'sbd' AND g.game_pk = 777101 AND s.market = 'moneyline'$$,
  $$VALUES ('away', 63.00, 54.00, 12600), ('home', 37.00, 46.00, 7400)$$, 'SBD''s tickets, money and count per side of TB@BAL');
SELECT set_eq($$SELECT s.side, s.bets_percent, s.money_percent FROM staging.betting_splits s JOIN staging.games g USING (game_id)
                 WHERE s.source = 'action_network' AND g.game_pk = 777101 AND s.market = 'moneyline'$$,
  $$VALUES ('away', 73.00, 67.00), ('home', 27.00, 33.00)$$, 'Action Network''s consensus tickets and money');
SELECT is((SELECT count(*)::int FROM staging.betting_splits WHERE raw_fetched_at IS NULL OR pipeline_run_id <> (SELECT id FROM tap_run)), 0,
  'every split carries its raw row''s fetch time and its run (lineage)');
SELECT * FROM finish();
ROLLBACK;
