-- Verify mlb:raw_data/source_health
BEGIN;
SELECT 1 FROM raw_data.source_health WHERE false;
SELECT quarantined_payloads_24h FROM raw_data.source_health WHERE false;
ROLLBACK;
