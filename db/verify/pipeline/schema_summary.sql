-- Verify mlb:pipeline/schema_summary (reworked after v0.2.3): season partitions counted apart.
BEGIN;
SELECT schema, tables, views, description, season_partitions FROM pipeline.schema_summary WHERE false;
ROLLBACK;
