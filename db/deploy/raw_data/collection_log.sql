-- Deploy mlb:raw_data/collection_log (reworked after v0.2.0)
-- The agent logs attempts only through raw_data.record_attempt(): it may no
-- longer insert log rows or draw their ids (a forged id broke the next attempt).
BEGIN;
SET LOCAL ROLE mlb_owner;

REVOKE INSERT, SELECT ON raw_data.collection_log FROM mlb_agent;
REVOKE SELECT (id) ON raw_data.collection_log FROM mlb_agent;
REVOKE USAGE ON SEQUENCE raw_data.collection_log_id_seq FROM mlb_agent;

COMMIT;
