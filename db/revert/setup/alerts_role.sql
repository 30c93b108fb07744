-- Revert mlb:setup/alerts_role
-- Drops this database's grants; the role itself only when no other database on the cluster uses it.
BEGIN;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mlb_alerts') THEN
    EXECUTE 'DROP OWNED BY mlb_alerts';
    BEGIN
      EXECUTE 'DROP ROLE mlb_alerts';
    EXCEPTION WHEN dependent_objects_still_exist THEN
      RAISE NOTICE 'role mlb_alerts is still used by another database; kept';
    END;
  END IF;
END
$$;

COMMIT;
