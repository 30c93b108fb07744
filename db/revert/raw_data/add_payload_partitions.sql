-- Revert mlb:raw_data/add_payload_partitions
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP FUNCTION raw_data.add_payload_partitions(text, int[]);
DELETE FROM pipeline.locks WHERE name = 'raw_data.payload_partitions';

COMMIT;
