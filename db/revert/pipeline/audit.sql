-- Revert mlb:pipeline/audit
BEGIN;

SELECT cron.unschedule('mlb-housekeeping');
DROP FUNCTION pipeline.housekeeping();
DROP FUNCTION pipeline.cron_jobs();
CREATE OR REPLACE FUNCTION raw_data.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'raw_data.% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Raw payloads are kept exactly as fetched; retention is an explicit, logged function.';
END
$$;
ALTER FUNCTION raw_data.refuse_change() OWNER TO mlb_owner;
COMMENT ON FUNCTION raw_data.refuse_change() IS 'Trigger function that refuses UPDATE, DELETE and TRUNCATE on raw tables and the collection log.';
DROP FUNCTION pipeline.apply_raw_retention(interval, boolean);
DELETE FROM pipeline.settings WHERE key = 'housekeeping.keep_days';
DROP TABLE pipeline.retention_log;
DROP FUNCTION pipeline.lineage(bigint);
DROP VIEW pipeline.backlog;
DROP VIEW pipeline.run_history;
DROP VIEW pipeline.collection_failures;
DROP VIEW pipeline.recent_collection_attempts;

COMMIT;
