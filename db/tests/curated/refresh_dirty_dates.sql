-- pgTAP: curated/refresh_dirty_dates (the every-minute curated job): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(1);

SELECT results_eq($$SELECT schedule FROM cron.job WHERE jobname = 'mlb-curated-refresh'$$, $$VALUES ('* * * * *'::text)$$, 'pg_cron job mlb-curated-refresh runs at * * * * *');

SELECT * FROM finish();
ROLLBACK;
