-- pgTAP: sources/sbd/one_id_per_game.
BEGIN;
SELECT plan(1);
SELECT ok((SELECT one_id_per_game FROM raw_data.sources WHERE source = 'sbd'), 'sbd names each game by one id of its own');
SELECT * FROM finish();
ROLLBACK;
