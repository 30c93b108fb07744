-- pgTAP: staging.team_name_aliases: every name a club has gone by, with its dates.
BEGIN;
SELECT plan(4);
SELECT is((SELECT count(*)::int FROM staging.team_name_aliases() WHERE valid_to = '9999-12-31'), (SELECT count(*)::int FROM staging.teams),
  'each club''s current name once');
SELECT results_eq($$SELECT alias, valid_from, valid_to FROM staging.team_name_aliases() WHERE team_code = 'CLE' ORDER BY valid_from$$,
  $$VALUES ('Cleveland Indians', date '1915-01-01', date '2021-11-18'), ('Cleveland Guardians', '2021-11-19', '9999-12-31')$$,
  'a rename: the old name up to the day before, the new one from that day');
SELECT results_eq($$SELECT alias, valid_from, valid_to FROM staging.team_name_aliases() WHERE team_code = 'ATH' ORDER BY valid_from$$,
  $$VALUES ('Oakland Athletics', date '1968-01-01', date '2024-12-31'), ('Athletics', '2025-01-01', '9999-12-31')$$,
  'the Athletics: Oakland until 2024');
SELECT is((SELECT count(*)::int FROM staging.team_name_aliases() a JOIN staging.team_name_aliases() b
            ON a.alias = b.alias AND a.team_code <> b.team_code AND a.valid_from <= b.valid_to AND b.valid_from <= a.valid_to), 0,
  'no name means two clubs at once');
SELECT * FROM finish();
ROLLBACK;
