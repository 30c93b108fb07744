-- pgTAP: pipeline.announce_curated_changes (NOTIFY mlb_curated_changes when curated changes).
-- A notification is delivered at commit, which a test in one transaction never reaches: here the function records
-- what it would send; agent/tests/test_serve.py listens for the real one.
BEGIN;
SELECT plan(4);
SET LOCAL client_min_messages = warning;
CREATE TEMP TABLE sent (payload jsonb);
-- pg_notify, as the trigger calls it, replaced for this transaction by one that records what it would send
-- (the trigger's search_path put pipeline before pg_catalog; all rolled back).
CREATE FUNCTION pipeline.pg_notify(channel text, payload text) RETURNS void LANGUAGE sql
  AS $$ INSERT INTO sent SELECT payload::jsonb WHERE channel = 'mlb_curated_changes' $$;
ALTER FUNCTION pipeline.announce_curated_changes() SET search_path = pipeline, pg_catalog;
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote'), ('curated', 'rebuild');
UPDATE pipeline.runs SET status = 'succeeded' WHERE id = (SELECT max(id) FROM pipeline.runs WHERE zone = 'staging');
SELECT is_empty('SELECT * FROM sent', 'a staging run is no curated change');
UPDATE pipeline.runs SET status = 'succeeded' WHERE id = (SELECT max(id) FROM pipeline.runs WHERE zone = 'curated');
SELECT results_eq('SELECT payload FROM sent', format($$VALUES ('{"run_id": %s}'::jsonb)$$, (SELECT max(id) FROM pipeline.runs WHERE zone = 'curated')),
  'a curated run that succeeds is announced by its id');
UPDATE pipeline.runs SET finished_at = now() WHERE zone = 'curated';
SELECT is((SELECT count(*)::int FROM sent), 1, 'once: an update that leaves the status is not announced again');
DELETE FROM curated.user_bets WHERE false;
SELECT is((SELECT payload FROM sent OFFSET 1), '{"table": "curated.user_bets"}'::jsonb, 'a change of the bets is announced');
SELECT * FROM finish();
ROLLBACK;
