-- Verify mlb:pipeline/schema_summary
BEGIN;
SELECT schema, tables, views, description FROM pipeline.schema_summary WHERE false;
SELECT schema, tables, views, description, season_partitions FROM pipeline.schema_summary WHERE false;
ROLLBACK;
