-- pgTAP: pipeline.drain (the every-minute job that promotes and refreshes as rows arrive). It commits, so its
-- draining runs only outside a transaction block and is tested end to end (agent/tests/test_freshness.py);
-- here: its job, its settings, and that inside a transaction block it stops at its first commit.
-- Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(5);
SELECT is((SELECT prokind FROM pg_proc WHERE oid = 'pipeline.drain(numeric, int)'::regprocedure), 'p',
  'a procedure, so each step commits on its own');
SELECT is((SELECT schedule || ' ' || command FROM cron.job WHERE jobname = 'mlb-pipeline-drain'),
  '* * * * * CALL pipeline.drain()', 'pg_cron starts it each minute');
SELECT is(pipeline.setting_numeric('pipeline.drain_seconds'), 58::numeric, 'it drains for 58 s of each minute');
SELECT lives_ok($$CALL pipeline.drain(0)$$, 'a drain of 0 seconds does nothing, even in a transaction block');
SELECT throws_ok($$CALL pipeline.drain(0.1)$$, '2D000', NULL,
  'inside a transaction block it stops at its first commit rather than hold one transaction');
SELECT * FROM finish();
ROLLBACK;
