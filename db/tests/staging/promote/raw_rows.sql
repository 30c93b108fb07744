-- pgTAP: staging.promote_raw_rows (the orchestrator of a batch's steps): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../../fixtures/sample_batch.psql
SELECT is((SELECT array_agg(coalesce(m[1], m[2]) ORDER BY o) FROM regexp_matches(
             (SELECT prosrc FROM pg_proc WHERE oid = 'staging.promote_raw_rows(bigint)'::regprocedure),
             'PERFORM staging\.(\w+)|RETURN staging\.(\w+)', 'g') WITH ORDINALITY AS r(m, o)),
          (SELECT array_agg(step ORDER BY n) FROM tap_steps), 'its steps, in the order the step tests run them');
CREATE TEMP TABLE detail AS SELECT staging.promote_raw_rows((SELECT id FROM tap_run)) AS d;
SELECT results_eq($$SELECT (d->>'raw_rows')::int, (d->>'games')::int > 0, (d->>'rejected')::int >= 2 FROM detail$$,
  $$VALUES (8, true, true)$$, 'one batch in, its counts out, the two bad payloads among the rejected');
SELECT is((SELECT count(*)::int FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_date = '2025-06-14'),
          (SELECT (d->>'lines')::int FROM detail), 'every line it counts is stored');
SELECT * FROM finish();
ROLLBACK;
