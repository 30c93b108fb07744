-- Revert mlb:pipeline/apply_raw_retention from the rework: the v0.2.0 version again
-- Logged raw retention.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Raw rows are kept forever unless this is called: a deliberate, logged act.
DROP FUNCTION pipeline.apply_raw_retention(interval, boolean);
CREATE FUNCTION pipeline.apply_raw_retention(keep interval, dry_run boolean DEFAULT true)
RETURNS TABLE (raw_table text, rows_deleted bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
DECLARE
  t text;
  n bigint;
BEGIN
  IF keep < interval '1 day' THEN
    RAISE EXCEPTION 'refusing to keep less than one day of raw payloads (asked: %)', keep;
  END IF;
  FOR t IN SELECT pt.raw_table FROM raw_data.payload_tables pt ORDER BY pt.raw_table LOOP
    IF dry_run THEN
      EXECUTE format('SELECT count(*) FROM raw_data.%I WHERE fetched_at < $1', t) INTO n USING now() - keep;
    ELSE
      PERFORM set_config('mlb.raw_retention', 'on', true);
      EXECUTE format('DELETE FROM raw_data.%I WHERE fetched_at < $1', t) USING now() - keep;
      GET DIAGNOSTICS n = ROW_COUNT;
      PERFORM set_config('mlb.raw_retention', 'off', true);
    END IF;
    INSERT INTO pipeline.retention_log (raw_table, older_than, rows_deleted, dry_run) VALUES (t, now() - keep, n, dry_run);
    raw_table := t;
    rows_deleted := n;
    RETURN NEXT;
  END LOOP;
END
$$;
COMMENT ON FUNCTION pipeline.apply_raw_retention(interval, boolean) IS 'Deletes raw payloads fetched more than keep ago, logging each table in pipeline.retention_log. A dry run (the default) only counts. Nothing calls it on a schedule: raw is kept forever unless you choose otherwise. Staging rows keep their raw ids (the lineage then ends at the log).';

COMMIT;
