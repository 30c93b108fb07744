-- Verify mlb:setup/analyst_no_raw_payloads
BEGIN;
SELECT 1 / (NOT has_table_privilege('mlb_analyst', 'staging.raw_payloads', 'SELECT'))::int;
SELECT 1 / (NOT has_table_privilege('mlb_analyst', 'staging.source_games_raw', 'SELECT'))::int;
ROLLBACK;
