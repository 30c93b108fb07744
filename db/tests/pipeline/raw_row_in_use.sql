-- pgTAP: a raw row is in use while staging derives anything from it.
BEGIN;
SELECT plan(2);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-in-use', now(), now(), p_http_status => 200, p_body => '{"games": []}');
SELECT ok(NOT pipeline.raw_row_in_use('sbd_betting_splits', (SELECT max(id) FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-in-use')),
  'a raw row nothing derives from is not in use');
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref)
SELECT (SELECT max(id) FROM pipeline.runs), 'tap', 'reject', 'payload', 'sbd', 'sbd_betting_splits', max(id), 'payload'
  FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-in-use';
SELECT ok(pipeline.raw_row_in_use('sbd_betting_splits', (SELECT max(id) FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-in-use')),
  'a quarantine record keeps it in use');
SELECT * FROM finish();
ROLLBACK;
