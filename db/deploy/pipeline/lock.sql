-- Deploy mlb:pipeline/lock
-- Take a pipeline lock for the rest of the transaction.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.lock(p_name text, p_wait boolean DEFAULT true, p_shared boolean DEFAULT false) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  -- The lock strength cannot be a parameter of the locking clause: one branch each.
  IF p_shared AND p_wait THEN
    PERFORM 1 FROM pipeline.locks l WHERE l.name = p_name FOR SHARE;
  ELSIF p_shared THEN
    PERFORM 1 FROM pipeline.locks l WHERE l.name = p_name FOR SHARE SKIP LOCKED;
  ELSIF p_wait THEN
    PERFORM 1 FROM pipeline.locks l WHERE l.name = p_name FOR UPDATE;
  ELSE
    PERFORM 1 FROM pipeline.locks l WHERE l.name = p_name FOR UPDATE SKIP LOCKED;
  END IF;
  IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM pipeline.locks l WHERE l.name = p_name) THEN
    RAISE EXCEPTION 'no pipeline lock named %', p_name USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN FOUND;
END
$$;
COMMENT ON FUNCTION pipeline.lock(text, boolean, boolean) IS 'Takes the pipeline lock p_name (a row of pipeline.locks, which only its owner may lock) for the rest of the transaction: alone, or with p_shared in share mode, which any number of holders share and a lone holder excludes. With p_wait false returns false instead of waiting. Raises for an unknown lock name.';

COMMIT;
