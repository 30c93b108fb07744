-- Deploy mlb:pipeline/schema_summary
-- Tables and views per project schema.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.schema_summary AS
SELECT n.nspname::text COLLATE "default" AS schema,
       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p') AND NOT c.relispartition) AS tables,
       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('v', 'm')) AS views,
       obj_description(n.oid, 'pg_namespace') AS description,
       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relispartition AND c.relkind = 'r') AS season_partitions
  FROM pg_namespace n
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline')
 ORDER BY array_position(ARRAY['raw_data', 'staging', 'curated', 'pipeline'], n.nspname::text);
COMMENT ON VIEW pipeline.schema_summary IS 'The project''s four schemas with how many tables and views each holds, what it is for, and how many season partitions its partitioned tables hold.';
COMMENT ON COLUMN pipeline.schema_summary.schema IS 'Schema.';
COMMENT ON COLUMN pipeline.schema_summary.tables IS 'Tables in it, a partitioned table once (its season partitions are counted in season_partitions).';
COMMENT ON COLUMN pipeline.schema_summary.views IS 'Views in it.';
COMMENT ON COLUMN pipeline.schema_summary.description IS 'The schemas comment.';
GRANT SELECT ON pipeline.schema_summary TO mlb_analyst;
COMMENT ON COLUMN pipeline.schema_summary.season_partitions IS 'Season partitions of its partitioned tables (raw_data: one per raw payload table and season; staging: staging.betting_line_rows per season).';

COMMIT;
