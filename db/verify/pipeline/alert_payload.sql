-- Verify mlb:pipeline/alert_payload (reworked after v0.3.0): clubs in the codes of the game's date.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.alert_payload(bigint, text, text, text, timestamptz, numeric, jsonb)'::regprocedure AND pg_get_functiondef(oid) LIKE '%staging.matchup(%';
ROLLBACK;
