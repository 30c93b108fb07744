-- Verify mlb:raw_data/source_health (reworked): counts quarantined payloads.
BEGIN;
SELECT quarantined_payloads_24h FROM raw_data.source_health WHERE false;
ROLLBACK;
