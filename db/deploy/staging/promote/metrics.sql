-- Deploy mlb:staging/promote/metrics (reworked after v0.3.0)
-- Also writes each raw row's account (staging.raw_row_accounts: its payload, games, lines
-- and splits, each element's fate), and the run's rejected count is the elements refused,
-- each of which has its reason (issue 29).
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

  -- Each raw row's account, replacing what an earlier promotion of it wrote.
  DELETE FROM raw_row_accounts a USING promotion_batch b WHERE a.raw_table = b.raw_table AND a.raw_id = b.raw_id;
  WITH game_elements AS (
    -- Each game a raw row states (its id; a statement without one is its own element), with its fate.
    SELECT s.source, s.raw_table, s.raw_id,
           CASE WHEN EXISTS (SELECT 1 FROM validation_results v
                              WHERE v.raw_table = s.raw_table AND v.raw_id = s.raw_id AND v.entity = 'game' AND v.severity = 'reject'
                                AND v.record_ref = 'game:' || coalesce(s.source_game_id, '(no id)'))
                  THEN 'refused'
                WHEN EXISTS (SELECT 1 FROM batch_games g
                              WHERE g.raw_table = s.raw_table AND g.raw_id = s.raw_id AND g.source = s.source
                                AND g.source_game_id IS NOT DISTINCT FROM s.source_game_id
                                AND g.game_id IS NOT NULL AND g.problem IS NULL)
                  THEN 'staged'
                WHEN s.source_game_id IS NOT NULL AND EXISTS (
                       SELECT 1 FROM batch_games g WHERE g.source = s.source AND g.source_game_id = s.source_game_id
                          AND (g.raw_table, g.raw_id) <> (s.raw_table, s.raw_id))
                  THEN 'newer_copy_in_batch'
                ELSE 'unaccounted' END AS fate
      FROM (SELECT DISTINCT x.source, x.raw_table, x.raw_id, coalesce(x.source_game_id, '(no id)') AS element,
                   x.source_game_id
              FROM batch_stated_games x) s
  ), counts AS (
    SELECT source, raw_table, raw_id, 'line' AS entity, elements, staged, refused, set_aside, unaccounted FROM batch_line_counts
    UNION ALL
    SELECT source, raw_table, raw_id, 'split', elements, staged, refused, set_aside, unaccounted FROM batch_split_counts
    UNION ALL
    SELECT source, raw_table, raw_id, 'game', sum(n), coalesce(sum(n) FILTER (WHERE fate = 'staged'), 0),
           coalesce(sum(n) FILTER (WHERE fate = 'refused'), 0),
           coalesce(jsonb_object_agg(fate, n) FILTER (WHERE fate NOT IN ('refused', 'staged', 'unaccounted')), '{}'),
           coalesce(sum(n) FILTER (WHERE fate = 'unaccounted'), 0)
      FROM (SELECT source, raw_table, raw_id, fate, count(*) AS n FROM game_elements GROUP BY 1, 2, 3, 4) x
     GROUP BY source, raw_table, raw_id
    UNION ALL
    -- The payload itself: read, or quarantined whole with its reason (bad status, not JSON, no container, unread).
    SELECT t.source, b.raw_table, b.raw_id, 'payload', 1, 1 - q.refused, q.refused, '{}'::jsonb, 0
      FROM promotion_batch b
      JOIN raw_data.payload_tables t ON t.raw_table = b.raw_table
     CROSS JOIN LATERAL (
       SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM ok_batch o WHERE o.raw_table = b.raw_table AND o.raw_id = b.raw_id)
                     OR EXISTS (SELECT 1 FROM validation_results v WHERE v.raw_table = b.raw_table AND v.raw_id = b.raw_id
                                   AND v.entity = 'payload' AND v.severity = 'reject')
                   THEN 1 ELSE 0 END AS refused) q
  )
  INSERT INTO raw_row_accounts (raw_table, raw_id, entity, source, elements, staged, refused, set_aside, unaccounted, pipeline_run_id)
  SELECT raw_table, raw_id, entity, source, elements, staged, refused, set_aside, unaccounted, p_run_id FROM counts;

  SELECT jsonb_build_object(
           'raw_rows', (SELECT count(*) FROM promotion_batch),
           'games', (SELECT count(*) FROM batch_games WHERE problem IS NULL),
           'lines', (SELECT coalesce(sum(promoted), 0) FROM batch_line_counts),
           'splits', (SELECT count(*) FROM batch_splits WHERE problem IS NULL),
           -- The elements refused, each with its reason (staging.raw_row_accounts).
           'rejected', (SELECT coalesce(sum(a.refused), 0) FROM raw_row_accounts a JOIN promotion_batch b
                           ON a.raw_table = b.raw_table AND a.raw_id = b.raw_id),
           'unaccounted', (SELECT coalesce(sum(a.unaccounted), 0) FROM raw_row_accounts a JOIN promotion_batch b
                              ON a.raw_table = b.raw_table AND a.raw_id = b.raw_id))
    INTO v_detail;
  RETURN v_detail;
END
$$;
COMMENT ON FUNCTION staging.promote_metrics(bigint) IS 'Promotion step 10: what the batch read, promoted, warned and rejected per source and table into staging.data_quality_metrics (the lines'' from batch_line_counts); writes each raw row''s account in staging.raw_row_accounts (its payload, games, lines and splits: elements staged, refused, set aside by rule, unaccounted), replacing an earlier one; returns the run''s counts (raw_rows, games, lines, splits, rejected: the elements refused, each with its reason; unaccounted) as JSON.';

COMMIT;
