-- pgTAP: staging.promote_until_empty (drain the whole queue, a commit per batch). It commits, so it runs only
-- outside a transaction block; its draining is tested end to end (agent/tests: the pipeline run commands).
-- Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
\ir ../fixtures/sample_batch.psql
SELECT is((SELECT prokind FROM pg_proc WHERE oid = 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure), 'p',
  'a procedure, so it can commit after each batch');
SELECT throws_ok($$CALL staging.promote_until_empty()$$, '2D000', NULL, 'with rows queued, inside a transaction block it stops at its first commit rather than hold one transaction');
SELECT * FROM finish();
ROLLBACK;
