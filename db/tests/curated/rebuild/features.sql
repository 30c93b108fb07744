-- pgTAP: curated.rebuild_features (feature vectors as of a cutoff): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT count(*)::int FROM curated.feature_vectors WHERE game_id = (SELECT game_id FROM tap_game)), 1, 'one vector for the game');
SELECT ok((SELECT cutoff_at <= timestamptz '2031-09-01 23:05Z' - interval '30 minutes' FROM curated.feature_vectors WHERE game_id = (SELECT game_id FROM tap_game)),
  'computed from what was known 30 minutes before first pitch (signals.feature_cutoff_minutes)');
SELECT * FROM finish();
ROLLBACK;
