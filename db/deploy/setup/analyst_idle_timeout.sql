-- Deploy mlb:setup/analyst_idle_timeout
-- An analyst's transaction left open in psql ends by itself (issue 29): after 15 idle
-- minutes in a transaction the session is closed (idle_in_transaction_session_timeout),
-- so a forgotten BEGIN cannot hold locks or old row versions for hours. Set for
-- mlb_analyst in this database only (roles are cluster-wide); a person's own login
-- role that is a member of mlb_analyst takes its own ALTER ROLE (docs/operations.md, "Bounds").
BEGIN;

DO $$
BEGIN
  EXECUTE format('ALTER ROLE mlb_analyst IN DATABASE %I SET idle_in_transaction_session_timeout = %L',
                 current_database(), '15min');
END
$$;

COMMIT;
