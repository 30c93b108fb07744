-- pgTAP: staging.promote_payloads (promotion step 1: payload shape checks): a batch of raw rows in, the good
-- rows out in ok_batch, each bad one quarantined whole with its reason. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(4);
\ir ../../fixtures/sample_batch.psql
SELECT staging.promote_payloads((SELECT id FROM tap_run));
SELECT is((SELECT count(*)::int FROM ok_batch), 6, 'the six good payloads go on');
SELECT set_eq($$SELECT v.rule, r.request_key FROM staging.validation_results v JOIN raw_data.sbd_betting_splits r ON r.id = v.raw_id
                 WHERE v.raw_table = 'sbd_betting_splits' AND v.entity = 'payload'$$,
  $$VALUES ('payload_http_error', '2025-06-13'), ('unexpected_payload_shape', '2025-06-12')$$,
  'an error status and a body without its games array are quarantined whole, with their reason');
SELECT results_eq($$SELECT elements FROM ok_batch WHERE raw_table = 'sbd_betting_splits'$$,
  $$VALUES (14)$$, 'each good row carries how many elements its container holds');
SELECT is((SELECT count(*)::int FROM ok_batch o JOIN promotion_batch b USING (raw_table, raw_id)), 6, 'and nothing that was not in the batch');
SELECT * FROM finish();
ROLLBACK;
