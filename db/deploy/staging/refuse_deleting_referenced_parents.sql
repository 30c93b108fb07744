-- Deploy mlb:staging/refuse_deleting_referenced_parents
-- Parents of betting lines cannot be deleted while referenced.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Arguments: the parent's key column, the line column that refers to it, and
-- an optional filter on the deleted parents (a run that wrote nothing has no
-- lines, so deleting it needs no scan).
CREATE OR REPLACE FUNCTION staging.refuse_deleting_referenced_parents() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
DECLARE
  v_referenced text;
BEGIN
  EXECUTE format('SELECT o.%1$I::text FROM old_parents o WHERE %3$s AND o.%1$I IN (SELECT l.%2$I FROM staging.betting_lines l) LIMIT 1',
                 TG_ARGV[0], TG_ARGV[1], coalesce(TG_ARGV[2], 'true'))
    INTO v_referenced;
  IF v_referenced IS NOT NULL THEN
    RAISE EXCEPTION '%.% % is still referenced by staging.betting_lines', TG_TABLE_SCHEMA, TG_TABLE_NAME, v_referenced
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.refuse_deleting_referenced_parents() IS 'Statement trigger on staging.sportsbooks, raw_data.sources and pipeline.runs (arguments: parent key column, referring staging.betting_lines column, optional filter on the deleted rows): refuses (foreign_key_violation) to delete a row a betting line still refers to, as the foreign keys did.';
CREATE TRIGGER refuse_deleting_referenced_sportsbooks AFTER DELETE ON staging.sportsbooks REFERENCING OLD TABLE AS old_parents
  FOR EACH STATEMENT EXECUTE FUNCTION staging.refuse_deleting_referenced_parents('sportsbook_id', 'sportsbook_id');
CREATE TRIGGER refuse_deleting_referenced_sources AFTER DELETE ON raw_data.sources REFERENCING OLD TABLE AS old_parents
  FOR EACH STATEMENT EXECUTE FUNCTION staging.refuse_deleting_referenced_parents('source', 'source');
CREATE TRIGGER refuse_deleting_referenced_runs AFTER DELETE ON pipeline.runs REFERENCING OLD TABLE AS old_parents
  FOR EACH STATEMENT EXECUTE FUNCTION staging.refuse_deleting_referenced_parents('id', 'pipeline_run_id', 'o.rows_out > 0');

COMMIT;
