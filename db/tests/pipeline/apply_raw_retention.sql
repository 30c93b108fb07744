-- pgTAP: pipeline.apply_raw_retention (logged raw retention): old raw rows in, a dry run's count, a real run's
-- deletes and their log out; rows staging still derives from stay. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(6);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', k, now() - a::interval, now() - a::interval,
                               p_http_status => 200, p_body => format('{"games": [], "k": "%s"}', k))
  FROM (VALUES ('tap-old-1', '400 days'), ('tap-old-2', '401 days'), ('tap-new', '1 day')) v(k, a);
SELECT results_eq($$SELECT rows_deleted FROM pipeline.apply_raw_retention('365 days') WHERE raw_table = 'sbd_betting_splits'$$,
  $$VALUES (2::bigint)$$, 'a dry run (the default) counts the two rows older than a year');
SELECT is((SELECT count(*)::int FROM raw_data.sbd_betting_splits WHERE request_key LIKE 'tap-%'), 3, '... and deletes nothing');
SELECT results_eq($$SELECT rows_deleted FROM pipeline.apply_raw_retention('365 days', false) WHERE raw_table = 'sbd_betting_splits'$$,
  $$VALUES (2::bigint)$$, 'a real run deletes them');
SELECT set_eq($$SELECT request_key FROM raw_data.sbd_betting_splits WHERE request_key LIKE 'tap-%'$$, $$VALUES ('tap-new')$$, 'the recent row stays');
SELECT results_eq($$SELECT raw_table, rows_deleted, dry_run FROM pipeline.retention_log WHERE raw_table = 'sbd_betting_splits' ORDER BY id$$,
  $$VALUES ('sbd_betting_splits', 2::bigint, true), ('sbd_betting_splits', 2::bigint, false)$$, 'both calls are logged');
SELECT throws_ok($$DELETE FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-new'$$, '42501', NULL,
  'outside it raw stays append-only');
SELECT * FROM finish();
ROLLBACK;
