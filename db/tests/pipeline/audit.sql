-- Audit views, lineage, retention, housekeeping and the full privilege matrix.
BEGIN;
SELECT plan(14);

-- Privileges on every relation of every project schema.
SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND c.relkind IN ('r', 'v', 'm', 'p')
     AND c.oid <> 'curated.user_bets'::regclass
     AND (has_table_privilege('mlb_analyst', c.oid, 'INSERT') OR has_table_privilege('mlb_analyst', c.oid, 'UPDATE')
       OR has_table_privilege('mlb_analyst', c.oid, 'DELETE') OR has_table_privilege('mlb_analyst', c.oid, 'TRUNCATE'))$$,
  'the analyst can write nothing but the bets it placed (curated.user_bets)');
SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname IN ('staging', 'curated') AND c.relkind IN ('r', 'v', 'm', 'p')
     AND c.oid NOT IN ('staging.raw_payloads'::regclass, 'staging.source_games_raw'::regclass)
     AND NOT has_table_privilege('mlb_analyst', c.oid, 'SELECT')$$,
  'the analyst reads every staging and curated table and view but the two that read raw payloads (setup/analyst_no_raw_payloads)');
SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname IN ('staging', 'curated', 'pipeline') AND c.relkind IN ('r', 'v', 'm', 'p')
     AND (has_table_privilege('mlb_agent', c.oid, 'SELECT') OR has_table_privilege('mlb_agent', c.oid, 'INSERT'))$$,
  'the agent can neither read nor write staging, curated or pipeline');
SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'raw_data' AND c.relkind IN ('r', 'p')
     AND (has_table_privilege('mlb_agent', c.oid, 'UPDATE') OR has_table_privilege('mlb_agent', c.oid, 'DELETE'))$$,
  'the agent cannot change or delete raw rows');
SET LOCAL ROLE mlb_analyst;
SELECT throws_ok('SELECT * FROM staging.promote()', '42501', NULL, 'the analyst cannot run promotion');
SELECT throws_ok($$SELECT * FROM pipeline.apply_raw_retention('1 year', false)$$, '42501', NULL, 'the analyst cannot delete raw data');
SELECT lives_ok('SELECT * FROM pipeline.backlog', 'the analyst reads the backlog');
SELECT lives_ok('SELECT * FROM pipeline.cron_jobs()', 'the analyst reads the cron job state');
RESET ROLE;

SELECT is((SELECT count(*)::int FROM pipeline.cron_jobs() WHERE jobname = 'mlb-housekeeping'), 1, 'housekeeping is scheduled');

-- Retention: a dry run deletes nothing and is logged; a real run deletes and is logged.
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-retention', now() - interval '400 days',
  now() - interval '400 days', p_http_status => 200, p_body => '{"games": ["old"]}');
SELECT is((SELECT rows_deleted FROM pipeline.apply_raw_retention('365 days') WHERE raw_table = 'sbd_betting_splits'),
  (SELECT count(*) FROM raw_data.sbd_betting_splits r WHERE fetched_at < now() - interval '365 days'
      AND NOT pipeline.raw_row_in_use('sbd_betting_splits', r.id)), 'a dry run counts');
SELECT is((SELECT count(*)::int FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-retention'), 1, '... and deletes nothing');
SELECT lives_ok($$SELECT * FROM pipeline.apply_raw_retention('365 days', false)$$, 'a real run deletes');
SELECT is((SELECT count(*)::int FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-retention'), 0, '... the old rows');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-retention-2', now(), now(),
  p_http_status => 200, p_body => '{"games": ["new"]}');
SELECT throws_ok($$DELETE FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-retention-2'$$, '42501', NULL,
  'outside it raw stays append-only');

SELECT * FROM finish();
ROLLBACK;
