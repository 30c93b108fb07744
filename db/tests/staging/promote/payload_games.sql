-- pgTAP: staging.promote_payload_games (promotion step 5b: the game each payload means by each id): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
\ir ../../fixtures/sample_batch.psql
SELECT pg_temp.steps_before('promote_payload_games');
SELECT staging.promote_payload_games((SELECT id FROM tap_run));
SELECT is((SELECT count(DISTINCT (raw_table, raw_id))::int FROM batch_payload_games), 4,
  'the four payloads that state games (the history states prices of its game id only)');
SELECT is((SELECT g.game_pk FROM batch_payload_games b JOIN staging.games g USING (game_id)
            WHERE b.raw_table = 'action_network_games' AND b.source_game_id = '258101'), 777101, 'Action Network''s 258101 is gamePk 777101');
SELECT * FROM finish();
ROLLBACK;
