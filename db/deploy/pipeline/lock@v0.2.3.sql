-- Deploy mlb:pipeline/lock
-- Take a pipeline lock for the rest of the transaction.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION pipeline.lock(p_name text, p_wait boolean DEFAULT true) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  IF p_wait THEN
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
COMMENT ON FUNCTION pipeline.lock(text, boolean) IS 'Takes the pipeline lock p_name (a row of pipeline.locks) until the end of the transaction: waits for it, or with p_wait false returns false at once when another transaction holds it. Only the owner may lock those rows, so no other role can stall the pipeline.';

COMMIT;
