-- pgTAP: staging.batch_cut (how many of the rows a promotion took fit pipeline.batch_max_bytes of bodies).
BEGIN;
SELECT plan(6);
-- Three SBD bodies of about 1, 2 and 3 kB.
SELECT count(raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-cut-' || n, now(), now(),
                                     p_http_status => 200, p_body => '{"games": [], "pad": "' || repeat('x', 1000 * n) || '"}'))
  FROM generate_series(1, 3) n;
CREATE TEMP TABLE taken AS
SELECT array_agg('sbd_betting_splits'::text ORDER BY r.id) AS tables, array_agg(r.id ORDER BY r.id) AS ids,
       array_agg(r.body_bytes ORDER BY r.id) AS sizes
  FROM raw_data.sbd_betting_splits r WHERE r.request_key LIKE 'tap-cut-%';
SELECT is((SELECT cardinality(ids) FROM taken), 3, 'three bodies taken, of about 1, 2 and 3 kB');
SELECT is((SELECT staging.batch_cut(tables, ids, 1000000) FROM taken), 3, 'all fit a budget larger than their sum');
SELECT is((SELECT staging.batch_cut(tables, ids, sizes[1] + sizes[2]) FROM taken), 2,
          'the first two fit exactly their sum: the cut is after them');
SELECT is((SELECT staging.batch_cut(tables, ids, 10) FROM taken), 1, 'never fewer than one row, however large');
SELECT is(staging.batch_cut('{}', '{}', 10), 0, 'nothing taken, nothing promoted');
SELECT is(staging.batch_cut(NULL, NULL, 10), 0, '... nor when a worker took no row at all (NULL arrays)');
SELECT * FROM finish();
ROLLBACK;
