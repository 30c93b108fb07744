-- Deploy mlb:setup/roles
-- Least-privilege roles. Roles are cluster-wide, so creation is idempotent: a
-- second database on the same cluster reuses them.
BEGIN;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mlb_owner') THEN
    CREATE ROLE mlb_owner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mlb_agent') THEN
    CREATE ROLE mlb_agent LOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mlb_analyst') THEN
    CREATE ROLE mlb_analyst LOGIN;
  END IF;
  -- The deploying user must be able to act as the owner (SET ROLE in changes).
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT mlb_owner TO %I', current_user);
  END IF;
  EXECUTE format('GRANT CONNECT, CREATE, TEMPORARY ON DATABASE %I TO mlb_owner', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO mlb_agent, mlb_analyst', current_database());
END
$$;

COMMENT ON ROLE mlb_owner IS 'Owns every object of the MLB betting pipeline; pipeline functions run with its rights. Cannot log in.';
COMMENT ON ROLE mlb_agent IS 'The collection agent: may only insert into raw_data and read what it needs to dedupe.';
COMMENT ON ROLE mlb_analyst IS 'Read-only analysis: may read staging, curated and the audit views, and write nothing.';

COMMIT;
