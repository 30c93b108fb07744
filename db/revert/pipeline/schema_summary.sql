-- Revert mlb:pipeline/schema_summary from the rework: partitions counted as tables, no season_partitions.
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.schema_summary;
COMMIT;
\ir ../../deploy/pipeline/schema_summary@v0.2.3.sql
