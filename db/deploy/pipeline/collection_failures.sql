-- Deploy mlb:pipeline/collection_failures (reworked after v0.3.0)
-- The failed outcomes are read from raw_data.attempt_outcomes.
-- Failed collection attempts.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.collection_failures AS
SELECT * FROM pipeline.recent_collection_attempts a
 WHERE a.outcome IN (SELECT o.outcome FROM raw_data.attempt_outcomes o WHERE o.kind = 'failed');
COMMENT ON VIEW pipeline.collection_failures IS 'Failed collection attempts of the last 7 days with their errors.';
GRANT SELECT ON pipeline.collection_failures TO mlb_analyst;

-- The same columns as pipeline.recent_collection_attempts, with its comments.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT a.attname, col_description(a.attrelid, a.attnum) AS d FROM pg_attribute a
            WHERE a.attrelid = 'pipeline.recent_collection_attempts'::regclass AND a.attnum > 0 LOOP
    EXECUTE format('COMMENT ON COLUMN pipeline.collection_failures.%I IS %L', c.attname, c.d);
  END LOOP;
END
$$;

COMMIT;
