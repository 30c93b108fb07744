-- Deploy mlb:pipeline/schema_summary
-- Tables and views per project schema.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE VIEW pipeline.schema_summary AS
SELECT n.nspname::text COLLATE "default" AS schema,
       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p')) AS tables,
       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('v', 'm')) AS views,
       obj_description(n.oid, 'pg_namespace') AS description
  FROM pg_namespace n
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline')
 ORDER BY array_position(ARRAY['raw_data', 'staging', 'curated', 'pipeline'], n.nspname::text);
COMMENT ON VIEW pipeline.schema_summary IS 'The projects four schemas with how many tables and views each holds and what it is for.';
COMMENT ON COLUMN pipeline.schema_summary.schema IS 'Schema.';
COMMENT ON COLUMN pipeline.schema_summary.tables IS 'Tables in it.';
COMMENT ON COLUMN pipeline.schema_summary.views IS 'Views in it.';
COMMENT ON COLUMN pipeline.schema_summary.description IS 'The schemas comment.';
GRANT SELECT ON pipeline.schema_summary TO mlb_analyst;

COMMIT;
