-- Revert mlb:setup/roles
-- Drops this database's grants; the roles themselves only when no other
-- database on the cluster still uses them.
BEGIN;

DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['mlb_agent', 'mlb_analyst', 'mlb_owner'] LOOP
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('DROP OWNED BY %I', r);
      BEGIN
        EXECUTE format('DROP ROLE %I', r);
      EXCEPTION WHEN dependent_objects_still_exist THEN
        RAISE NOTICE 'role % is still used by another database; kept', r;
      END;
    END IF;
  END LOOP;
END
$$;

COMMIT;
