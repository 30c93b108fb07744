-- Deploy mlb:pipeline/recent_collection_attempts
-- Recent collection attempts.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.recent_collection_attempts AS
SELECT l.id, l.source, l.endpoint, l.request_key, l.mode, l.started_at,
       round(extract(epoch FROM l.finished_at - l.started_at) * 1000) AS duration_ms,
       l.http_status, l.outcome, l.retry_count, l.body_bytes, l.raw_table, l.raw_id, l.error_text, l.url
  FROM raw_data.collection_log l
 WHERE l.started_at > now() - interval '7 days'
 ORDER BY l.started_at DESC;
COMMENT ON VIEW pipeline.recent_collection_attempts IS 'Collection attempts of the last 7 days, newest first, with duration and outcome.';
GRANT SELECT ON pipeline.recent_collection_attempts TO mlb_analyst;

-- Columns taken from the collection log keep its comments.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = 'pipeline.recent_collection_attempts'::regclass AND a.attnum > 0 LOOP
    EXECUTE format('COMMENT ON COLUMN pipeline.recent_collection_attempts.%I IS %L', c.attname,
      CASE c.attname WHEN 'duration_ms' THEN 'Milliseconds from start to finish, retries included.'
        ELSE coalesce(col_description('raw_data.collection_log'::regclass,
               (SELECT attnum FROM pg_attribute WHERE attrelid = 'raw_data.collection_log'::regclass AND attname = c.attname)),
               c.attname) END);
  END LOOP;
END
$$;

COMMIT;
