-- pgTAP: pipeline.raw_row_accounting, a raw row's elements and what became of them, through a promotion.
BEGIN;
SELECT plan(4);
DELETE FROM pipeline.promotion_queue;
SET LOCAL client_min_messages = warning;
\set sbd `cat sample/sbd/*_betting_splits_2025-06-14.json`
\set schedule `cat sample/mlb_stats_api/*_schedule_2025-06-14.json`
SELECT raw_data.record_attempt(s, e, t, k, f::timestamptz, f::timestamptz, p_http_status => h, p_body => b)
  FROM (VALUES ('mlb_stats_api', 'schedule', 'mlb_stats_api', 'tap-acct-2025-06-14', '2025-06-15 07:00Z', 200, :'schedule'),
               ('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-acct-sbd', '2025-06-14 16:00Z', 200, :'sbd'),
               ('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-acct-500', '2025-06-14 16:00Z', 500, '{"error": "upstream"}'))
       AS v(s, e, t, k, f, h, b);
SELECT is((SELECT count(*)::int FROM pipeline.raw_row_accounting WHERE request_key LIKE 'tap-acct-%' AND state = 'queued'), 3,
  'queued rows say so');
SELECT staging.promote(100);
SELECT results_eq($$SELECT entity, state, elements > 0, staged = elements, unaccounted FROM pipeline.raw_row_accounting
                     WHERE request_key = 'tap-acct-sbd' ORDER BY entity$$,
  $$VALUES ('game', 'accounted', true, true, 0), ('line', 'accounted', true, true, 0), ('payload', 'accounted', true, true, 0),
           ('split', 'accounted', true, true, 0)$$,
  'the SBD payload''s games, lines and splits are all staged: nothing unaccounted');
SELECT results_eq($$SELECT entity, elements, staged, refused, reasons FROM pipeline.raw_row_accounting WHERE request_key = 'tap-acct-500'$$,
  $$VALUES ('payload'::text, 1, 0, 1, 1::bigint)$$, 'an error status: the payload refused whole, with its reason');
SELECT is((SELECT count(*)::int FROM pipeline.raw_row_accounting WHERE request_key LIKE 'tap-acct-%' AND refused <> reasons), 0,
  'every refused element has its reason');
SELECT * FROM finish();
ROLLBACK;
