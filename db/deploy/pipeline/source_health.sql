-- Deploy mlb:pipeline/source_health
-- raw_data.source_health where the analyst can read it: the analyst has no
-- access to raw_data (raw stays the pipeline's), but a source's health is an
-- audit everyone needs. A view runs with its owner's rights, so no raw row is exposed.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.source_health AS
SELECT * FROM raw_data.source_health;
COMMENT ON VIEW pipeline.source_health IS 'raw_data.source_health for every reader, the analyst included: per source its last success, consecutive failures, degraded payloads and freshness status (ok, degraded, stale, failing).';
GRANT SELECT ON pipeline.source_health TO mlb_analyst;

DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT a.attname, d.description FROM pg_attribute a
             LEFT JOIN pg_description d ON d.objoid = 'raw_data.source_health'::regclass AND d.objsubid = a.attnum
            WHERE a.attrelid = 'pipeline.source_health'::regclass AND a.attnum > 0 LOOP
    EXECUTE format('COMMENT ON COLUMN pipeline.source_health.%I IS %L', c.attname,
                   coalesce(c.description, 'See raw_data.source_health.'));
  END LOOP;
END
$$;

COMMIT;
