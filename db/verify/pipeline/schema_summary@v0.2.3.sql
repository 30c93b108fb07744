-- Verify mlb:pipeline/schema_summary
BEGIN;
SELECT schema, tables, views, description FROM pipeline.schema_summary WHERE false;
ROLLBACK;
