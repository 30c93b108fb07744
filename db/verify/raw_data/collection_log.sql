-- Verify mlb:raw_data/collection_log (reworked): the agent cannot write the log directly.
BEGIN;
SELECT 1/(NOT has_table_privilege('mlb_agent', 'raw_data.collection_log', 'INSERT'))::int;
ROLLBACK;
