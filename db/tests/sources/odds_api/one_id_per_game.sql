-- pgTAP: sources/odds_api/one_id_per_game.
BEGIN;
SELECT plan(1);
SELECT ok((SELECT one_id_per_game FROM raw_data.sources WHERE source = 'odds_api'), 'odds_api names each game by one id of its own');
SELECT * FROM finish();
ROLLBACK;
