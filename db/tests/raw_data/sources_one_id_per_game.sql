-- pgTAP: raw_data/sources_one_id_per_game (which sources name each game by one id of their own).
BEGIN;
SELECT plan(1);
SELECT results_eq($$SELECT source FROM raw_data.sources WHERE one_id_per_game ORDER BY 1$$,
  $$VALUES ('action_network'), ('odds_api'), ('sbd')$$, 'SBD, Action Network and The Odds API; not VSIN''s or SBRO''s row positions');
SELECT * FROM finish();
ROLLBACK;
