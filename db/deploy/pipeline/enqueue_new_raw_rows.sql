-- Deploy mlb:pipeline/enqueue_new_raw_rows
-- Statement trigger function queueing new raw rows.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Runs as the owner so the agent's insert can queue without rights on the
-- queue; any error is swallowed so a raw insert never fails because of it.
CREATE OR REPLACE FUNCTION pipeline.enqueue_new_raw_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  INSERT INTO pipeline.promotion_queue (raw_table, raw_id)
  SELECT TG_TABLE_NAME, n.id FROM new_rows n
  ON CONFLICT DO NOTHING;
  RETURN NULL;
EXCEPTION WHEN others THEN
  RAISE WARNING 'could not queue new % rows for promotion: %', TG_TABLE_NAME, SQLERRM;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.enqueue_new_raw_rows() IS 'Statement trigger on raw tables: queues the ids of inserted rows for promotion. Never fails the insert: an error becomes a warning (staging.rebuild recovers).';

COMMIT;
