-- Revert mlb:raw_data/collection_log from the rework: the agent's v0.2.0 grants again
BEGIN;
SET LOCAL ROLE mlb_owner;
GRANT INSERT ON raw_data.collection_log TO mlb_agent;
GRANT SELECT (id) ON raw_data.collection_log TO mlb_agent;
GRANT USAGE ON SEQUENCE raw_data.collection_log_id_seq TO mlb_agent;
COMMIT;
