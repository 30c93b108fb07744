-- Deploy mlb:raw_data/refuse_dropping_raw_rows
-- Raw payloads are kept forever: a revert that would drop a raw table holding rows
-- calls this first, and stops unless the operator said yes explicitly
-- (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.refuse_dropping_raw_rows(p_tables text[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  t text;
  v_holds boolean;
BEGIN
  IF coalesce(current_setting('mlb.revert_drops_raw_data', true), '') = 'yes' THEN
    RETURN;
  END IF;
  FOREACH t IN ARRAY p_tables LOOP
    CONTINUE WHEN to_regclass(format('raw_data.%I', t)) IS NULL;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM raw_data.%I)', t) INTO v_holds;
    IF v_holds THEN
      RAISE EXCEPTION 'refusing to drop raw_data.%: it holds raw payloads', t
        USING HINT = 'Back up first (docs/operations.md); to drop them anyway: PGOPTIONS=''-c mlb.revert_drops_raw_data=yes'' sqitch revert ...';
    END IF;
  END LOOP;
END
$$;
COMMENT ON FUNCTION raw_data.refuse_dropping_raw_rows(text[]) IS 'Raises (naming the first) when one of the given raw_data tables holds rows, unless the session set mlb.revert_drops_raw_data = yes: what every revert that drops a raw table calls first, so raw payloads are never dropped by accident.';

COMMIT;
