-- pgTAP: setup/analyst_idle_timeout (an analyst's idle transaction ends after 15 minutes, in this database).
BEGIN;
SELECT plan(2);
SELECT is((SELECT s.setconfig FROM pg_db_role_setting s
            WHERE s.setrole = 'mlb_analyst'::regrole
              AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())),
          ARRAY['idle_in_transaction_session_timeout=15min'], 'mlb_analyst has the bound in this database');
SELECT is((SELECT count(*)::int FROM pg_db_role_setting s WHERE s.setrole = 'mlb_analyst'::regrole AND s.setdatabase = 0),
          0, 'and nowhere else (roles are cluster-wide)');
SELECT * FROM finish();
ROLLBACK;
