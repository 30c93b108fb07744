-- pgTAP: curated/reconcile_recent_days (the nightly reconcile job): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-curated-reconcile'$$, $$VALUES ('30 9 * * *'::text)$$, 'pg_cron job mlb-curated-reconcile runs at 30 9 * * *');

-- It rebuilds curated for the last days (New York dates): one curated rebuild run, unless curated is switched off.
CREATE TEMP TABLE before AS SELECT coalesce(max(id), 0) AS id FROM pipeline.runs;
SELECT curated.reconcile_recent_days(2);
SELECT results_eq($$SELECT zone, kind, status FROM pipeline.runs WHERE id > (SELECT id FROM before)$$,
  $$VALUES ('curated'::text, 'rebuild'::text, 'succeeded'::text)$$, 'one curated rebuild run for the last days');
UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.curated_enabled';
TRUNCATE before; INSERT INTO before SELECT max(id) FROM pipeline.runs;
SELECT curated.reconcile_recent_days(2);
SELECT is_empty($$SELECT 1 FROM pipeline.runs WHERE id > (SELECT id FROM before)$$, 'nothing when curated is switched off');

SELECT * FROM finish();
ROLLBACK;
