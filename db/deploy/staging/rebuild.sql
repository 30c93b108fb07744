-- Deploy mlb:staging/rebuild (reworked after v0.3.0)
-- A book catalogue waiting in the queue (replayed, or fetched since the last promotion) is
-- applied by the rebuild too, before the date's rows (issue 29): the date's lines of a book
-- only it names are staged by the rebuild, not left for the next promotion.
-- Re-derive one date from raw.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.rebuild(target_date date)
RETURNS TABLE (table_name text, rows_before bigint, rows_after bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
AS $$
DECLARE
  v_run pipeline.runs;
  v_detail jsonb;
  v_table text;
  v_missing bigint;
BEGIN
  PERFORM pipeline.lock('staging.promote');
  INSERT INTO pipeline.runs (zone, kind, target_date) VALUES ('staging', 'rebuild', target_date) RETURNING * INTO v_run;

  CREATE TEMP TABLE rebuild_counts ON COMMIT DROP AS
  SELECT 'betting_lines'::text AS table_name, count(*) AS rows_before FROM betting_lines l JOIN games g USING (game_id) WHERE g.game_date = target_date
  UNION ALL SELECT 'betting_splits', count(*) FROM betting_splits s JOIN games g USING (game_id) WHERE g.game_date = target_date
  UNION ALL SELECT 'validation_results', count(*) FROM validation_results WHERE game_date = target_date
  UNION ALL SELECT 'games', count(*) FROM games WHERE game_date = target_date;

  -- Every raw row that said anything about the date.
  DROP TABLE IF EXISTS promotion_batch;
  CREATE TEMP TABLE promotion_batch ON COMMIT DROP AS
  SELECT DISTINCT raw_table, raw_id FROM (
    SELECT l.raw_table, l.raw_id FROM betting_lines l JOIN games g USING (game_id) WHERE g.game_date = target_date
    UNION SELECT s.raw_table, s.raw_id FROM betting_splits s JOIN games g USING (game_id) WHERE g.game_date = target_date
    UNION SELECT m.raw_table, m.raw_id FROM game_source_ids m JOIN games g USING (game_id) WHERE g.game_date = target_date
    UNION SELECT g.raw_table, g.raw_id FROM games g WHERE g.game_date = target_date
    UNION SELECT v.raw_table, v.raw_id FROM validation_results v WHERE v.game_date = target_date
    UNION SELECT x.raw_table, x.raw_id FROM staging.raw_rows_of_date(target_date) x
    -- Queued book catalogues: promoted first (their tables sort first), so the date's books are known.
    UNION SELECT q.raw_table, q.raw_id FROM pipeline.promotion_queue q
           JOIN raw_data.payload_tables t ON t.raw_table = q.raw_table AND t.books_parser IS NOT NULL
  ) r WHERE r.raw_id IS NOT NULL;

  -- A raw row that is not there (its season detached, docs/operations.md "Seasons") would take what it stated with it.
  FOR v_table IN SELECT DISTINCT b.raw_table FROM promotion_batch b ORDER BY 1 LOOP
    EXECUTE format('SELECT count(*) FROM promotion_batch b WHERE b.raw_table = %L AND NOT EXISTS (SELECT 1 FROM raw_data.%I r WHERE r.id = b.raw_id)',
                   v_table, v_table) INTO v_missing;
    IF v_missing > 0 THEN
      RAISE EXCEPTION '% raw rows of raw_data.% behind % are not there (a season detached?): attach it before rebuilding the date', v_missing, v_table, target_date
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'ALTER TABLE raw_data.<table> ATTACH PARTITION raw_data.<table>_<season> FOR VALUES IN (<season>) (docs/operations.md, "Seasons").';
    END IF;
  END LOOP;

  DELETE FROM betting_lines l USING games g WHERE g.game_id = l.game_id AND g.game_date = target_date;
  DELETE FROM betting_splits s USING games g WHERE g.game_id = s.game_id AND g.game_date = target_date;
  DELETE FROM validation_results v USING promotion_batch b WHERE v.raw_table = b.raw_table AND v.raw_id = b.raw_id;
  DELETE FROM pipeline.promotion_queue q USING promotion_batch b WHERE q.raw_table = b.raw_table AND q.raw_id = b.raw_id;

  v_detail := staging.promote_raw_rows(v_run.id);
  UPDATE pipeline.runs SET status = 'succeeded', finished_at = clock_timestamp(), rows_in = (v_detail->>'raw_rows')::int,
         rows_out = (v_detail->>'games')::int + (v_detail->>'lines')::int + (v_detail->>'splits')::int,
         rows_rejected = (v_detail->>'rejected')::int, detail = v_detail
   WHERE id = v_run.id;

  RETURN QUERY
  SELECT c.table_name, c.rows_before, a.rows_after
    FROM rebuild_counts c
    JOIN (SELECT 'betting_lines'::text AS table_name, count(*) AS rows_after FROM betting_lines l JOIN games g USING (game_id) WHERE g.game_date = target_date
          UNION ALL SELECT 'betting_splits', count(*) FROM betting_splits s JOIN games g USING (game_id) WHERE g.game_date = target_date
          UNION ALL SELECT 'validation_results', count(*) FROM validation_results WHERE game_date = target_date
          UNION ALL SELECT 'games', count(*) FROM games WHERE game_date = target_date) a USING (table_name)
   ORDER BY 1;
  DROP TABLE rebuild_counts;
END
$$;
COMMENT ON FUNCTION staging.rebuild(date) IS 'Re-derives one New York date from raw: deletes the date''s staged lines, splits and the validation results of the raw rows involved, then promotes every raw row that spoke of the date again, with any book catalogue waiting in the queue (applied first, so the date''s lines of a book only it names are staged). Waits for a running promotion. Refuses, before deleting anything, while a raw row behind the date''s staged rows is not there (its season''s partition detached). Returns rows before and after per table; twice in a row gives the same tables.';

COMMIT;
