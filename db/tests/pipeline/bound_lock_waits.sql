-- pgTAP: pipeline.bound_lock_waits sets lock_timeout (the transaction's, or the session's) from pipeline.lock_timeout_seconds.
BEGIN;
SELECT plan(5);
SELECT is(pipeline.bound_lock_waits(), '10s', 'ten seconds unless set');
SELECT is(current_setting('lock_timeout'), '10s', 'the session waits at most that long for a lock');
UPDATE pipeline.settings SET value = '3' WHERE key = 'pipeline.lock_timeout_seconds';
SELECT pipeline.bound_lock_waits();
SELECT is(current_setting('lock_timeout'), '3s', 'the setting decides');
SELECT pipeline.bound_lock_waits(p_session => true);
SELECT is(current_setting('lock_timeout'), '3s', 'for the session too');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '0' WHERE key = 'pipeline.lock_timeout_seconds'$$,
  NULL, NULL, 'zero (wait forever) is no bound and is refused');
SELECT * FROM finish();
ROLLBACK;
