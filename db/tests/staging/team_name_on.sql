-- pgTAP: staging.team_name_on, the name a club went by on a date.
BEGIN;
SELECT plan(1);
SELECT results_eq($$SELECT staging.team_name_on(t, d::date) FROM (VALUES ('ATH', '2023-06-14'), ('ATH', '2025-04-01'), ('CLE', '2021-06-01'),
                      ('CLE', '2022-06-01'), ('WSH', '2003-06-01'), ('WSH', '2010-06-01'), ('LAA', '2010-06-01'), ('NYM', NULL)) AS v(t, d)$$,
  $$VALUES ('Oakland Athletics'), ('Athletics'), ('Cleveland Indians'), ('Cleveland Guardians'), ('Montreal Expos'),
           ('Washington Nationals'), ('Los Angeles Angels of Anaheim'), ('New York Mets')$$,
  'the name valid that day, the latest-starting one; the current name without a date');
SELECT * FROM finish();
ROLLBACK;
