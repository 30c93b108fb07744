-- pgTAP: staging.team_code_on, the code a club went by on a date.
BEGIN;
SELECT plan(1);
SELECT results_eq($$SELECT staging.team_code_on(t, d::date) FROM (VALUES ('ATH', '2023-06-14'), ('ATH', '2024-12-31'), ('ATH', '2025-01-01'),
                      ('MIA', '2011-09-01'), ('MIA', '2012-04-04'), ('WSH', '2004-06-01'), ('WSH', '2005-04-04'), ('LAA', '1996-06-01'),
                      ('LAA', '2002-10-27'), ('LAA', '2014-06-01'), ('NYY', '1950-06-01'), ('ATH', NULL)) AS v(t, d)$$,
  $$VALUES ('OAK'), ('OAK'), ('ATH'), ('FLA'), ('MIA'), ('MON'), ('WSH'), ('CAL'), ('ANA'), ('LAA'), ('NYY'), ('ATH')$$,
  'the Athletics are OAK until 2024, the Marlins FLA until 2011, the Expos MON, the Angels CAL and ANA; others keep their code');
SELECT * FROM finish();
ROLLBACK;
