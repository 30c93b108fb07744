-- Verify mlb:pipeline/zone_tables
BEGIN;
SELECT zone, table_name, row_count, newest FROM pipeline.zone_tables WHERE false;
ROLLBACK;
