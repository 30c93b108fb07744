-- Verify mlb:setup/analyst_idle_timeout
BEGIN;
SELECT 1/count(*) FROM pg_db_role_setting s
 WHERE s.setrole = 'mlb_analyst'::regrole
   AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND s.setconfig @> ARRAY['idle_in_transaction_session_timeout=15min'];
ROLLBACK;
