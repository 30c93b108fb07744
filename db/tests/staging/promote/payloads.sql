-- pgTAP: staging.promote_payloads (promotion step 1: payload shape checks): a batch of raw rows in, the good
-- rows out in ok_batch, each bad one quarantined whole with its reason. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(5);
\ir ../../fixtures/sample_batch.psql
-- Two VSIN pages: a board of two games, and the empty board once every game has started (its table and header stay).
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', k, '2025-06-14 16:05Z', '2025-06-14 16:05Z',
         p_http_status => 200, p_body => '<html>...</html>', p_rendered_payload => p::jsonb)
  FROM (VALUES ('2025-06-14:draftkings', $j${"tables": [{"rows": [[{"texts": ["Saturday,Jun 14"]}, {"texts": ["Moneyline"]}],
                  [{"texts": ["Tampa Bay Rays", "Baltimore Orioles"]}, {"texts": ["-123", "+103"]}],
                  [{"texts": ["New York Mets", "Philadelphia Phillies"]}, {"texts": ["+110", "-130"]}]]}]}$j$),
               ('2025-06-14:circa', $j${"tables": [{"rows": [[{"texts": ["Saturday,Jun 14"]}, {"texts": ["Moneyline"]}]]}]}$j$))
       AS v(k, p);
INSERT INTO promotion_batch SELECT 'vsin_data', id FROM raw_data.vsin_data WHERE request_key LIKE '2025-06-14:%';
SELECT staging.promote_payloads((SELECT id FROM tap_run));
SELECT is((SELECT count(*)::int FROM ok_batch WHERE raw_table <> 'vsin_data'), 6, 'the six good payloads go on');
SELECT set_eq($$SELECT v.rule, r.request_key FROM staging.validation_results v JOIN raw_data.sbd_betting_splits r ON r.id = v.raw_id
                 WHERE v.raw_table = 'sbd_betting_splits' AND v.entity = 'payload'$$,
  $$VALUES ('payload_http_error', '2025-06-13'), ('unexpected_payload_shape', '2025-06-12')$$,
  'an error status and a body without its games array are quarantined whole, with their reason');
SELECT results_eq($$SELECT elements FROM ok_batch WHERE raw_table = 'sbd_betting_splits'$$,
  $$VALUES (14)$$, 'each good row carries how many elements its container holds');
SELECT results_eq($$SELECT r.request_key, o.elements FROM ok_batch o JOIN raw_data.vsin_data r ON r.id = o.raw_id
                     WHERE o.raw_table = 'vsin_data' ORDER BY 1$$,
  $$VALUES ('2025-06-14:circa', 0), ('2025-06-14:draftkings', 2)$$,
  'a VSIN page''s elements are its game rows (its table''s elements_path): the empty board holds none, not one table');
SELECT is((SELECT count(*)::int FROM ok_batch o JOIN promotion_batch b USING (raw_table, raw_id)), 8, 'and nothing that was not in the batch');
SELECT * FROM finish();
ROLLBACK;
