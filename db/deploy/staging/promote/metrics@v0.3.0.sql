-- Deploy mlb:staging/promote/metrics
-- Promotion step: quality metrics and counts.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_metrics(p_run_id bigint) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  v_detail jsonb;
BEGIN
  -- What this batch read, promoted, warned and rejected.
  WITH per AS (
    SELECT source, 'games' AS table_name, count(*) AS rows_read,
           count(*) FILTER (WHERE problem IS NULL) AS promoted, 0 AS warned,
           count(*) FILTER (WHERE problem IS NOT NULL) AS rejected
      FROM batch_games GROUP BY source
    UNION ALL
    SELECT source, 'betting_lines', sum(read)::bigint, sum(promoted)::bigint, sum(warned)::bigint, sum(rejected)::bigint
      FROM batch_line_counts GROUP BY source
    UNION ALL
    SELECT source, 'betting_splits', count(*), count(*) FILTER (WHERE problem IS NULL),
           count(*) FILTER (WHERE problem IS NULL AND warning IS NOT NULL), count(*) FILTER (WHERE problem IS NOT NULL)
      FROM batch_splits GROUP BY source
  )
  INSERT INTO data_quality_metrics (pipeline_run_id, source, table_name, rows_read, rows_promoted, rows_warned, rows_rejected)
  SELECT p_run_id, source, table_name, rows_read, promoted, warned, rejected FROM per
  ON CONFLICT (pipeline_run_id, source, table_name) DO UPDATE
    SET rows_read = data_quality_metrics.rows_read + excluded.rows_read,
        rows_promoted = data_quality_metrics.rows_promoted + excluded.rows_promoted,
        rows_warned = data_quality_metrics.rows_warned + excluded.rows_warned,
        rows_rejected = data_quality_metrics.rows_rejected + excluded.rows_rejected;

  SELECT jsonb_build_object(
           'raw_rows', (SELECT count(*) FROM promotion_batch),
           'games', (SELECT count(*) FROM batch_games WHERE problem IS NULL),
           'lines', (SELECT coalesce(sum(promoted), 0) FROM batch_line_counts),
           'splits', (SELECT count(*) FROM batch_splits WHERE problem IS NULL),
           'rejected', (SELECT count(*) FROM batch_games WHERE problem IS NOT NULL)
                       + (SELECT coalesce(sum(rejected), 0) FROM batch_line_counts)
                       + (SELECT count(*) FROM batch_splits WHERE problem IS NOT NULL)
                       + (SELECT count(*) FROM promotion_batch) - (SELECT count(*) FROM ok_batch))
    INTO v_detail;
  RETURN v_detail;
END
$$;
COMMENT ON FUNCTION staging.promote_metrics(bigint) IS 'Promotion step 10: what the batch read, promoted, warned and rejected per source and table into staging.data_quality_metrics (the lines'' from batch_line_counts); returns the run''s counts (raw_rows, games, lines, splits, rejected) as JSON.';

COMMIT;
