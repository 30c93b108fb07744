-- Deploy mlb:pipeline/collection_failures
-- Failed collection attempts.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE VIEW pipeline.collection_failures AS
SELECT * FROM pipeline.recent_collection_attempts
 WHERE outcome IN ('http_error', 'timeout', 'network_error', 'invalid_payload');
COMMENT ON VIEW pipeline.collection_failures IS 'Failed collection attempts of the last 7 days with their errors.';
GRANT SELECT ON pipeline.collection_failures TO mlb_analyst;

DO $$
DECLARE
  v text;
  c record;
BEGIN
  FOREACH v IN ARRAY ARRAY['collection_failures'] LOOP
    FOR c IN SELECT a.attname FROM pg_attribute a WHERE a.attrelid = format('pipeline.%I', v)::regclass AND a.attnum > 0 LOOP
      EXECUTE format('COMMENT ON COLUMN pipeline.%I.%I IS %L', v, c.attname,
        CASE c.attname WHEN 'duration_ms' THEN 'Milliseconds from start to finish, retries included.'
          ELSE coalesce(col_description('raw_data.collection_log'::regclass,
                 (SELECT attnum FROM pg_attribute WHERE attrelid = 'raw_data.collection_log'::regclass AND attname = c.attname)),
                 c.attname) END);
    END LOOP;
  END LOOP;
END
$$;

COMMIT;
