-- pgTAP: curated.user_bets is the one table the analyst writes.
BEGIN;
SELECT plan(4);

SELECT has_table('curated', 'user_bets', 'curated.user_bets exists');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.user_bets', 'INSERT, UPDATE, DELETE'), 'the analyst writes bets');
SELECT is_empty($$SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND c.relkind IN ('r', 'p')
                     AND c.oid <> 'curated.user_bets'::regclass
                     AND has_table_privilege('mlb_analyst', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')$$,
  'and nothing else');
SELECT fk_ok('curated', 'user_bets', 'game_id', 'staging', 'games', 'game_id', 'a bet belongs to a game staging knows');

SELECT * FROM finish();
ROLLBACK;
