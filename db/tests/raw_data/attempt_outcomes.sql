-- pgTAP: raw_data/attempt_outcomes (what a collection attempt can come to): the list, and the log held to it.
BEGIN;
SELECT plan(3);
SELECT set_eq($$SELECT outcome, kind FROM raw_data.attempt_outcomes$$,
  $$VALUES ('stored', 'succeeded'), ('unchanged', 'succeeded'), ('http_error', 'failed'), ('timeout', 'failed'),
           ('network_error', 'failed'), ('invalid_payload', 'failed'), ('too_large', 'failed'), ('deadline_exceeded', 'failed'),
           ('skipped_no_key', 'skipped'), ('skipped_disabled', 'skipped')$$, 'each outcome once, with its kind');
SELECT throws_ok($$SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1931-07-07', now(), now(),
                                                  p_outcome => 'gave_up')$$, '23503', NULL, 'the log takes no outcome the list lacks');
CREATE TEMP TABLE cut AS SELECT * FROM raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1931-07-07', now(), now(),
                                                    p_outcome => 'too_large', p_error_text => 'body over the 1000-byte cap');
SELECT results_eq($$SELECT l.outcome, l.error_text FROM cut x JOIN raw_data.collection_log l ON l.id = x.collection_log_id$$,
  $$VALUES ('too_large', 'body over the 1000-byte cap')$$, 'an attempt cut at the size cap is logged as its own outcome, with its reason');
SELECT * FROM finish();
ROLLBACK;
