-- pgTAP: pipeline/housekeeping (the daily housekeeping job): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-housekeeping'$$, $$VALUES ('0 10 * * *'::text)$$, 'pg_cron job mlb-housekeeping runs at 0 10 * * *');

-- Rows in, rows out: what is older than housekeeping.keep_days (30) and points at nothing goes; the rest stays.
INSERT INTO cron.job_run_details (jobid, database, username, command, status, start_time, end_time) VALUES
  (1, current_database(), current_user, 'SELECT 1', 'succeeded', now() - interval '41 days', now() - interval '40 days'),
  (1, current_database(), current_user, 'SELECT 1', 'succeeded', now() - interval '2 days', now() - interval '2 days');
INSERT INTO pipeline.runs (zone, kind, started_at, status, rows_out) VALUES
  ('staging', 'promote', now() - interval '40 days', 'skipped', 0),
  ('staging', 'promote', now() - interval '40 days', 'succeeded', 0),
  ('staging', 'promote', now() - interval '40 days', 'succeeded', 12),
  ('staging', 'promote', now() - interval '2 days', 'skipped', 0);
SELECT results_eq($$SELECT cleaned, rows_deleted FROM pipeline.housekeeping()$$,
  $$VALUES ('cron.job_run_details'::text, 1::bigint), ('pipeline.runs', 2)$$,
  'the old job run and the two old runs that wrote nothing go');
SELECT is((SELECT count(*)::int FROM pipeline.runs WHERE started_at < now() - interval '30 days'), 1, 'an old run that wrote rows stays');

SELECT * FROM finish();
ROLLBACK;
