-- Revert mlb:setup/analyst_idle_timeout
BEGIN;
DO $$
BEGIN
  EXECUTE format('ALTER ROLE mlb_analyst IN DATABASE %I RESET idle_in_transaction_session_timeout', current_database());
END
$$;
COMMIT;
