-- Deploy mlb:pipeline/lock_shared
-- A pipeline lock held in common: promotion workers share staging.promote with
-- one another and exclude staging.promote() and staging.rebuild(), which take it alone.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION pipeline.lock_shared(p_name text, p_wait boolean DEFAULT true) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  IF p_wait THEN
    PERFORM 1 FROM pipeline.locks l WHERE l.name = p_name FOR SHARE;
  ELSE
    PERFORM 1 FROM pipeline.locks l WHERE l.name = p_name FOR SHARE SKIP LOCKED;
  END IF;
  IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM pipeline.locks l WHERE l.name = p_name) THEN
    RAISE EXCEPTION 'no pipeline lock named %', p_name USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN FOUND;
END
$$;
COMMENT ON FUNCTION pipeline.lock_shared(text, boolean) IS 'Takes the pipeline lock p_name in share mode for the rest of the transaction: any number of holders share it, and pipeline.lock() (exclusive) waits for or skips them, as they do for it. With p_wait false returns false instead of waiting. Raises for an unknown lock name.';

COMMIT;
